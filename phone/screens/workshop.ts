import type { Call } from '../api';
import { h, mount } from '../dom';
import { formatClock, remainingAt } from '../format';
import { errorText, t } from '../i18n';
import { newClientId } from '../ids';
import type { Live } from '../live';
import type { Outbox } from '../outbox';
import { isTransient } from '../api';
import { ScoreSender, type Scores } from '../scores';
import type { PhoneBoard } from '../types';
import { VoteSender } from '../votes';
import { showScores } from './scoring';
import { mineSection, staleSection, wallSection, type Controls, type Ranking, type WallHandlers } from './wall';
import { createWriter, writerState } from './writer';

export interface WorkshopDeps {
  call: Call;
  live: Live;
  outbox: Outbox;
  code: string;
  toast(text: string): void;
  /** The outbox changed: update the banner. */
  queued(): void;
}

export interface WorkshopView {
  el: HTMLElement;
  update(board: PhoneBoard): void;
  destroy(): void;
}

export function workshopView(d: WorkshopDeps, first: PhoneBoard): WorkshopView {
  let board = first;
  let syncedAt = Date.now();
  let controls: Controls = { votes: [], scores: [] };
  let rulesShown: string | null = null;
  let rulesOpen = false;

  const title = h('h1', { class: 'theme' });
  const timer = h('p', { class: 'timer', role: 'timer' });
  const rules = h('div');
  const stale = h('div');
  const mine = h('div');
  const wall = h('div');
  const dotsBar = h('div', { class: 'dots-bar', role: 'status', 'aria-live': 'polite' });

  // Dots (or scores) count once there is something to put them on.
  const hasTargets = () => (board.rankTarget === 'group' ? board.groups.length > 0 : board.cards.some((c) => !c.hidden));
  const voting = () => board.decision === 'dots' && board.dotsPerParticipant > 0 && hasTargets();
  const ranking = (): Ranking => (voting() ? 'dots' : board.decision === 'scores' && hasTargets() ? 'scores' : null);

  const sender = new VoteSender(
    (targetId, dots) => d.call('votes.set', { targetId, dots, clientId: newClientId() }),
    (_, error) => {
      if (error && !d.live.fail(error)) {
        // The phone's picture was out of date: read the wall again.
        if (error.reason !== 'network') void d.live.refresh();
        d.toast(errorText(error.reason === 'workshop_dots_exceeded'
          ? { ...error, params: { ...error.params, left: Math.max(0, sender.left()), limit: board.dotsPerParticipant } }
          : error));
      } else if (!error) d.live.ok();
      showVotes();
    },
  );

  const scorer = new ScoreSender(
    (targetId, s, clientId) => d.call('scores.set', { targetId, importance: s.importance, feasibility: s.feasibility, clientId }),
    (_, error) => {
      if (!error) d.live.ok();
      // No answer: the score waits on the phone (marked) and goes again; the banner says offline.
      else if (!d.live.fail(error) && error.reason !== 'network') {
        // Refused: the phone's picture was out of date, so read the wall again.
        if (!isTransient(error)) void d.live.refresh();
        d.toast(errorText(error));
      }
      showScores(controls.scores, scorer);
    },
    newClientId,
  );

  const queue = (item: { kind: 'create' | 'update'; text: string; cardId?: string }) => {
    d.outbox.add({ ...item, clientId: newClientId(), code: d.code, at: Date.now() });
    renderMine();
    d.queued();
    if (d.live.offline) d.toast(t('writer.sentOffline'));
    void d.live.flush();
  };

  const writer = createWriter({
    privateWriting: board.privateWriting,
    onCreate: (text) => queue({ kind: 'create', text }),
    onUpdate: (cardId, text) => queue({ kind: 'update', cardId, text }),
  });

  const handlers: WallHandlers = {
    edit: (card, text) => { writer.edit(card.id, text); renderMine(); },
    vote: (targetId, delta) => {
      const now = sender.dots(targetId);
      if (delta > 0 && sender.left() <= 0) return d.toast(t('votes.noneLeft', { limit: board.dotsPerParticipant }));
      if (delta < 0 && now <= 0) return;
      sender.set(targetId, now + delta);
      showVotes();
    },
    score: (targetId, which, value) => {
      scorer.set(targetId, which, value);
      showScores(controls.scores, scorer);
    },
    adoptStale: () => { d.outbox.adopt(d.code); renderMine(); d.queued(); void d.live.flush(); },
    discardStale: () => {
      const count = d.outbox.others(d.code).length;
      if (!confirm(t('stale.discardConfirm', { count }))) return;
      d.outbox.dropOthers(d.code);
      renderMine();
      d.queued();
    },
  };

  function showTimer() {
    const tm = board.timer;
    timer.hidden = !tm;
    if (!tm) return;
    const left = remainingAt(tm, syncedAt, Date.now());
    timer.className = left <= 0 ? 'timer over' : left <= 60 ? 'timer soon' : 'timer';
    timer.textContent = `${tm.label || t('timer.default')} · ${left <= 0 ? t('timer.over') : formatClock(left)}${tm.running || left <= 0 ? '' : ` (${t('timer.paused')})`}`;
  }

  function showVotes() {
    for (const c of controls.votes) {
      const n = sender.dots(c.targetId);
      c.count.textContent = n ? t('votes.count', { count: n }) : '0';
      c.count.className = n ? 'dot-count on' : 'dot-count';
      c.minus.disabled = n <= 0;
    }
    dotsBar.hidden = !voting();
    document.body.classList.toggle('has-dots', voting());
    dotsBar.textContent = t('votes.left', { left: Math.max(0, sender.left()), limit: board.dotsPerParticipant });
  }

  function renderMine() {
    const queued = d.outbox.of(d.code);
    mount(mine, mineSection(board, queued, writerState.editing ? writerState.editing.cardId : null, handlers));
    mount(stale, staleSection(d.outbox.others(d.code), handlers));
  }

  function render() {
    title.textContent = board.theme || board.name;
    // Rebuilt only when they change, so an opened list stays open through updates.
    const rulesNow = board.rules.join('\n');
    if (rulesNow !== rulesShown) {
      rulesShown = rulesNow;
      const details = h('details', { class: 'rules', open: rulesOpen }, h('summary', { class: 'summary-button' }, t('ws.rules', { count: board.rules.length })),
        h('ol', null, board.rules.map((r) => h('li', null, r))));
      details.addEventListener('toggle', () => { rulesOpen = details.open; });
      mount(rules, board.rules.length ? details : null);
    }
    writer.setPrivate(board.privateWriting);
    renderMine();
    controls = { votes: [], scores: [] };
    mount(wall, wallSection(board, ranking(), handlers, controls));
    showTimer();
    showVotes();
    showScores(controls.scores, scorer);
  }

  function update(next: PhoneBoard) {
    board = next;
    syncedAt = Date.now();
    const dots = new Map<string, number>();
    (board.rankTarget === 'group' ? board.groups : board.cards).forEach((x) => dots.set(x.id, x.myDots));
    sender.sync(dots, board.dotsLeft);
    const scores = new Map<string, Scores>();
    (board.rankTarget === 'group' ? board.groups : board.cards).forEach((x) => scores.set(x.id, { importance: x.myImportance, feasibility: x.myFeasibility }));
    scorer.sync(scores);
    // A board got through: scores waiting for the connection may go now.
    scorer.retryNow();
    // The card being edited was revealed (or deleted) meanwhile: it can no longer change.
    const editing = writerState.editing;
    if (editing && !board.cards.some((c) => c.id === editing.cardId && c.mine && c.hidden)) {
      writer.cancelEdit();
      d.toast(t('err.card_not_editable'));
    }
    render();
  }

  const tick = setInterval(() => { if (board.timer) showTimer(); }, 1000);
  update(first);
  // The timer lives in the sticky strip under the offline banner.
  const bar = document.getElementById('bar');
  if (bar) mount(bar, timer);
  const body = document.body.classList;
  const el = h('div', { class: 'workshop' }, h('header', { class: 'ws-head' }, title), rules, writer.el, stale, mine, wall, dotsBar);
  el.addEventListener('focusin', (e) => body.toggle('writing', (e.target as HTMLElement).tagName === 'TEXTAREA'));
  el.addEventListener('focusout', () => body.remove('writing'));
  return {
    el,
    update,
    destroy: () => {
      clearInterval(tick);
      scorer.stop();
      timer.remove();
      body.remove('has-dots', 'writing');
    },
  };
}
