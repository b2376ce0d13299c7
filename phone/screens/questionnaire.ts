import { ANNEX1_BASES } from '../../shared/diagnosis/annex1';
import { isTransient, type Call } from '../api';
import { h } from '../dom';
import { errorText, lang, t } from '../i18n';
import { newClientId } from '../ids';
import { LatestSender } from '../latestSender';
import type { Live } from '../live';
import type { PhoneQuestionnaire } from '../types';

export interface QuestionnaireDeps {
  call: Call;
  live: Live;
  toast(text: string): void;
}

export interface QuestionnaireView {
  el: HTMLElement;
  update(b: PhoneQuestionnaire): void;
  destroy(): void;
}

type Choice = number | null;

/**
 * ANNEX-1 on a phone: the eight Bases, each with its five statements as big buttons. A tap saves
 * at once (tapping the chosen statement again takes it back); a tap the laptop has not
 * confirmed yet is marked and sent again when the Wi-Fi comes back.
 */
export function questionnaireView(d: QuestionnaireDeps, first: PhoneQuestionnaire): QuestionnaireView {
  let board = first;
  const progress = h('p', { class: 'q-progress', role: 'status', 'aria-live': 'polite' });
  const done = h('p', { class: 'msg info q-done', hidden: true }, t('q.done'));
  const buttons: HTMLButtonElement[][] = [];
  const pendings: HTMLElement[] = [];

  const sender = new LatestSender<Choice>(
    (base, choice, clientId) => d.call('answers.set', { base: Number(base), choice, clientId }),
    (_, error) => {
      if (!error) d.live.ok();
      else if (!d.live.fail(error) && error.reason !== 'network') {
        if (!isTransient(error)) void d.live.refresh();
        d.toast(errorText(error));
      }
      show();
    },
    newClientId, null, (a, b) => a === b,
  );

  const choose = (base: number, choice: number) => sender.put(String(base), sender.value(String(base)) === choice ? null : choice);

  const sections = ANNEX1_BASES.map((b) => {
    const title = b.title[lang()];
    const row = b.statements.map((s, i) => h('button', {
      type: 'button', class: 'statement', 'aria-pressed': 'false', onclick: () => choose(b.number, i + 1),
    }, h('span', { class: 'statement-n', 'aria-hidden': 'true' }, i + 1), h('span', null, s[lang()])));
    buttons.push(row);
    const pending = h('span', { class: 'badge pending', hidden: true }, t('scores.pending'));
    pendings.push(pending);
    return h('section', { class: 'q-base', 'aria-labelledby': `q-base-${b.number}` },
      h('h2', { id: `q-base-${b.number}` }, t('q.base', { n: b.number }), h('span', { class: 'q-base-title' }, title), pending),
      h('div', { class: 'statements', role: 'group', 'aria-label': t('q.base', { n: b.number }) + ' ' + title }, row));
  });

  function show(): void {
    let answered = 0;
    buttons.forEach((row, i) => {
      const chosen = sender.value(String(i + 1));
      if (chosen !== null) answered += 1;
      row.forEach((btn, j) => {
        const on = chosen === j + 1;
        btn.className = on ? 'statement on' : 'statement';
        btn.setAttribute('aria-pressed', String(on));
      });
      pendings[i]!.hidden = !sender.pending(String(i + 1));
    });
    progress.textContent = t('q.progress', { answered, total: ANNEX1_BASES.length });
    done.hidden = answered < ANNEX1_BASES.length;
  }

  function update(next: PhoneQuestionnaire): void {
    board = next;
    sender.sync(new Map(board.choices.map((c, i) => [String(i + 1), c])));
    show();
  }

  const el = h('div', { class: 'questionnaire' },
    h('p', { class: 'kicker' }, t('q.kicker')),
    h('h1', { class: 'theme' }, board.title),
    h('p', { class: 'muted' }, t('q.hint')),
    progress, sections, done);
  update(first);
  return { el, update, destroy: () => sender.stop() };
}
