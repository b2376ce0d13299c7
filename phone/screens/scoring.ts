import { h } from '../dom';
import { t } from '../i18n';
import type { ScoreSender, Which } from '../scores';

const LEVELS = [1, 2, 3, 4, 5];
const WHICH: Which[] = ['importance', 'feasibility'];

/** The two 1-5 rows of one target; the view marks the chosen numbers in place after each tap. */
export interface ScoreControl {
  targetId: string;
  buttons: Record<Which, HTMLButtonElement[]>;
  pending: HTMLElement;
}

export function scoreControl(targetId: string, label: string, onScore: (targetId: string, which: Which, value: number) => void, controls: ScoreControl[]): HTMLElement {
  const item = label.length > 40 ? `${label.slice(0, 39)}…` : label;
  const buttons = { importance: [], feasibility: [] } as Record<Which, HTMLButtonElement[]>;
  const rows = WHICH.map((which) => {
    const name = t(which === 'importance' ? 'scores.importance' : 'scores.feasibility');
    buttons[which] = LEVELS.map((n) => h('button', { type: 'button', class: 'level', 'aria-pressed': 'false', onclick: () => onScore(targetId, which, n) }, n));
    return h('div', { class: 'score-row', role: 'group', 'aria-label': t('scores.of', { what: name, item }) },
      h('span', { class: 'score-name', 'aria-hidden': 'true' }, name), h('div', { class: 'levels' }, buttons[which]));
  });
  const pending = h('span', { class: 'badge pending', hidden: true }, t('scores.pending'));
  controls.push({ targetId, buttons, pending });
  return h('div', { class: 'scores' }, rows, pending);
}

/** Marks what this participant gave, tapped scores included before the laptop confirms them. */
export function showScores(controls: ScoreControl[], sender: ScoreSender): void {
  for (const c of controls) {
    const s = sender.scores(c.targetId);
    for (const which of WHICH) {
      c.buttons[which].forEach((b, i) => {
        const on = s[which] === i + 1;
        b.className = on ? 'level on' : 'level';
        b.setAttribute('aria-pressed', String(on));
      });
    }
    c.pending.hidden = !sender.pending(c.targetId);
  }
}
