import { h } from '../dom';
import { t } from '../i18n';
import type { OutboxItem } from '../outbox';

/** While the first board is on its way (or the laptop cannot be reached after a reload). */
export function connectingScreen(): HTMLElement {
  return h('section', { class: 'card-screen' },
    h('div', { class: 'spinner', 'aria-hidden': 'true' }),
    h('h1', null, t('connecting.title')),
    h('p', { class: 'muted' }, t('connecting.hint')));
}

/** The session is over for this phone: closed by the facilitator, or this device signed out. */
export function endedScreen(why: 'closed' | 'removed', unsent: OutboxItem[], onRejoin: () => void): HTMLElement {
  const cards = unsent.filter((i) => i.kind === 'create');
  return h('section', { class: 'card-screen' },
    h('h1', null, why === 'closed' ? t('ended.closed') : t('ended.removed')),
    why === 'closed' ? h('p', { class: 'lead' }, t('ended.thanks')) : null,
    cards.length
      ? [h('p', null, t('ended.unsent')), h('ul', { class: 'papers' }, cards.map((i) => h('li', { class: 'paper' }, h('p', { class: 'paper-text' }, i.text))))]
      : null,
    h('button', { type: 'button', class: 'primary big', onclick: onRejoin }, t('ended.rejoin')));
}
