import { h } from '../dom';
import { t } from '../i18n';
import type { OutboxItem } from '../outbox';
import type { Which } from '../scores';
import type { PhoneBoard, PhoneCard } from '../types';
import { scoreControl, type ScoreControl } from './scoring';

const PAPER: Record<string, string> = {
  yellow: '#f2c200', orange: '#e07000', pink: '#d6336c', green: '#2b8a3e', blue: '#1864ab', purple: '#7048e8', white: '#868e96',
};

/** The +/- pair of one target; the view updates its count in place after each tap. */
export interface VoteControl {
  targetId: string;
  count: HTMLElement;
  minus: HTMLButtonElement;
  plus: HTMLButtonElement;
}

export interface WallHandlers {
  edit(card: PhoneCard, text: string): void;
  vote(targetId: string, delta: 1 | -1): void;
  score(targetId: string, which: Which, value: number): void;
  adoptStale(): void;
  discardStale(): void;
}

const badge = (text: string, cls = '') => h('span', { class: `badge ${cls}` }, text);

/** My cards as the server has them, edits and new cards still queued on top. */
export function mineSection(board: PhoneBoard, queued: OutboxItem[], editingId: string | null, on: WallHandlers): HTMLElement {
  const updates: Record<string, OutboxItem> = {};
  queued.forEach((i) => { if (i.kind === 'update' && i.cardId) updates[i.cardId] = i; });
  const rows: HTMLElement[] = [];
  for (const card of board.cards) {
    if (!card.mine) continue;
    const pending = updates[card.id];
    const text = pending ? pending.text : card.text;
    rows.push(h('li', { class: card.id === editingId ? 'paper mine editing' : 'paper mine' },
      h('p', { class: 'paper-text' }, text),
      h('div', { class: 'paper-foot' },
        card.hidden ? badge(t('mine.hidden'), 'hidden') : null,
        pending ? badge(t('mine.pending'), 'pending') : null,
        card.hidden && card.id !== editingId
          ? h('button', { type: 'button', class: 'secondary small-button', 'aria-label': t('mine.editOf', { text }), onclick: () => on.edit(card, text) }, t('mine.edit'))
          : null)));
  }
  for (const item of queued) {
    if (item.kind !== 'create') continue;
    rows.push(h('li', { class: 'paper mine' }, h('p', { class: 'paper-text' }, item.text), h('div', { class: 'paper-foot' }, badge(t('mine.pending'), 'pending'))));
  }
  return h('section', { class: 'block', 'aria-labelledby': 'mine-title' },
    h('h2', { id: 'mine-title' }, t('mine.title'), rows.length ? h('span', { class: 'count' }, ` (${rows.length})`) : null),
    rows.length ? h('ul', { class: 'papers' }, rows) : h('p', { class: 'muted' }, t('mine.empty')));
}

/** Cards written in an earlier session that never got through: send them here, or throw them away. */
export function staleSection(stale: OutboxItem[], on: WallHandlers): HTMLElement | null {
  if (!stale.length) return null;
  return h('section', { class: 'block stale' },
    h('h2', null, t('stale.title', { count: stale.length })),
    h('ul', { class: 'papers' }, stale.map((i) => h('li', { class: 'paper' }, h('p', { class: 'paper-text' }, i.text)))),
    h('div', { class: 'row' },
      h('button', { type: 'button', class: 'primary', onclick: on.adoptStale }, t('stale.send')),
      h('button', { type: 'button', class: 'secondary', onclick: on.discardStale }, t('stale.discard'))));
}

/** How this phone takes part in the choice: dots, scores 1-5, or not (yet). */
export type Ranking = 'dots' | 'scores' | null;
export interface Controls { votes: VoteControl[]; scores: ScoreControl[] }

/** The revealed cards by group, ungrouped last; dots or scores go on cards or on groups as the facilitator chose. */
export function wallSection(board: PhoneBoard, ranking: Ranking, on: WallHandlers, controls: Controls): HTMLElement {
  const shown = board.cards.filter((c) => !c.hidden);
  const byGroup: Record<string, PhoneCard[]> = {};
  const loose: PhoneCard[] = [];
  const known = new Set(board.groups.map((g) => g.id));
  for (const c of shown) {
    if (c.groupId && known.has(c.groupId)) (byGroup[c.groupId] = byGroup[c.groupId] || []).push(c);
    else loose.push(c);
  }
  const onCards = !!ranking && board.rankTarget === 'card';
  const onGroups = !!ranking && board.rankTarget === 'group';
  const control = (id: string, label: string) => (ranking === 'scores' ? scoreControl(id, label, on.score, controls.scores) : voteControl(id, label, on, controls.votes));
  const cardList = (cards: PhoneCard[]) => cards.length
    ? h('ul', { class: 'papers' }, cards.map((c) => h('li', { class: c.mine ? 'paper own' : 'paper' },
      h('p', { class: 'paper-text' }, c.text),
      onCards ? control(c.id, c.text) : null)))
    : null;

  const parts: (HTMLElement | null)[] = [];
  if (!shown.length && !(onGroups && board.groups.length)) {
    parts.push(h('p', { class: 'muted' }, board.privateWriting ? t('wall.hidden') : t('wall.empty')));
  } else {
    for (const g of board.groups) {
      const cards = byGroup[g.id] || [];
      if (!cards.length && !onGroups) continue;
      const head = h('div', { class: 'group-head' },
        h('h3', null, g.name, h('span', { class: 'count' }, ` · ${t('wall.cards', { count: cards.length })}`)),
        onGroups ? control(g.id, g.name) : null);
      const section = h('section', { class: 'group' }, head, cardList(cards));
      section.style.borderLeftColor = PAPER[g.colour] || '#495057';
      parts.push(section);
    }
    if (loose.length) parts.push(h('section', { class: 'group loose' }, h('div', { class: 'group-head' }, h('h3', null, t('wall.ungrouped'))), cardList(loose)));
  }
  return h('section', { class: 'block', 'aria-labelledby': 'wall-title' },
    h('h2', { id: 'wall-title' }, t('wall.title')),
    ranking ? h('p', { class: 'muted' }, t(`${ranking === 'scores' ? 'scores' : 'votes'}.${board.rankTarget === 'group' ? 'hintGroup' : 'hintCard'}` as const)) : null,
    parts);
}

function voteControl(targetId: string, label: string, on: WallHandlers, controls: VoteControl[]): HTMLElement {
  const item = label.length > 40 ? `${label.slice(0, 39)}…` : label;
  const minus = h('button', { type: 'button', class: 'dot-button', 'aria-label': t('votes.remove', { item }), onclick: () => on.vote(targetId, -1) }, '−');
  const plus = h('button', { type: 'button', class: 'dot-button', 'aria-label': t('votes.add', { item }), onclick: () => on.vote(targetId, 1) }, '+');
  const count = h('span', { class: 'dot-count', 'aria-live': 'polite' });
  controls.push({ targetId, count, minus, plus });
  return h('div', { class: 'dots' }, minus, count, plus);
}
