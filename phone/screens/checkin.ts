import { h } from '../dom';
import { t } from '../i18n';
import type { PhoneCheckIn } from '../types';

/** Meeting self check-in: a confirmation big enough to show the person at the door. */
export function checkInScreen(b: PhoneCheckIn, onLeave: () => void): HTMLElement {
  return h('section', { class: b.checkedIn ? 'card-screen checkin done' : 'card-screen checkin' },
    h('p', { class: 'kicker' }, b.title),
    b.checkedIn
      ? [h('div', { class: 'tick', 'aria-hidden': 'true' }, '✓'), h('p', { class: 'lead' }, t('checkin.done')), h('p', { class: 'big-name' }, b.name),
        h('p', { class: 'muted' }, t('checkin.thanks'))]
      : [h('p', { class: 'big-name' }, b.name), h('p', { class: 'msg info' }, t('checkin.notYet'))],
    h('button', { type: 'button', class: 'link', onclick: onLeave }, t('checkin.notYou')));
}
