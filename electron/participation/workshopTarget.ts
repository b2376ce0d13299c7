import type { WorkshopBoard } from '../../shared/domain/workshop';
import type { PhoneBoard } from '../../shared/participation/phone';
import type { Dispatch } from '../api';
import { dataOf, PhoneError } from './phoneError';
import type { Device, Session } from './session';

export interface JoinInput { participantId?: string; name?: string; organisation?: string; village?: string; phone?: string }

/** What phones do in a workshop, expressed as ordinary calls of the facilitator's API. */
export class WorkshopTarget {
  private cache: { revision: number; board: Promise<WorkshopBoard> } | null = null;
  private last: WorkshopBoard | null = null;

  constructor(private readonly dispatch: Dispatch, private readonly session: Session, private readonly revision: () => number) {}

  /** One read of the wall per change, however many phones ask at once. */
  board(): Promise<WorkshopBoard> {
    const revision = this.revision();
    if (this.cache?.revision !== revision) {
      const board = this.dispatch('workshops.get', { projectId: this.session.projectId, id: this.session.targetId }).then((e) => dataOf<WorkshopBoard>(e));
      board.then((b) => (this.last = b), () => (this.cache = null));
      this.cache = { revision, board };
    }
    return this.cache.board;
  }

  async roster() {
    const b = await this.board();
    return {
      kind: 'workshop' as const,
      title: b.theme,
      joinMode: this.session.joinMode,
      people: this.session.joinMode === 'anonymous' ? [] : b.participants.map((p) => ({ id: p.id, name: p.name, organisation: p.organisation, taken: !!this.session.holderOf(p.id) })),
    };
  }

  /** The participant this phone will speak for: picked, typed (a new participant) or numbered. */
  async participantFor(input: JoinInput): Promise<{ id: string; name: string }> {
    const { projectId, targetId: workshopId, joinMode } = this.session;
    if (joinMode === 'anonymous') {
      const n = ++this.session.anonymousJoins;
      const [p] = dataOf<{ id: string; name: string }[]>(await this.dispatch('participants.add', { projectId, workshopId, names: [`Peserta ${n}`] }));
      return p!;
    }
    if (input.participantId) {
      const p = (await this.board()).participants.find((x) => x.id === input.participantId);
      if (!p) throw new PhoneError('not_found', 'participant_not_found', 'No such participant in this workshop');
      if (this.session.holderOf(p.id)) throw new PhoneError('conflict', 'name_taken', `${p.name} has joined from another phone`, { name: p.name });
      return p;
    }
    if (joinMode !== 'pick_or_type' || !input.name) throw new PhoneError('invalid_input', 'pick_a_name', 'Pick your name from the list');
    const [p] = dataOf<{ id: string; name: string }[]>(await this.dispatch('participants.add', { projectId, workshopId, names: [input.name] }));
    const organisation = [input.organisation, input.village].filter(Boolean).join(', ');
    if (organisation) dataOf(await this.dispatch('participants.update', { projectId, id: p!.id, organisation }));
    return p!;
  }

  private mine(device: Device, card: WorkshopBoard['cards'][number]): boolean {
    return device.cardIds.has(card.id) || (this.session.joinMode !== 'anonymous' && card.authorParticipantId === device.participantId);
  }

  private fragments: { board: WorkshopBoard; cards: string[]; groups: string[] } | null = null;

  /** Each card's and group's JSON, made once per read of the wall and shared by every phone. */
  private async fragmentsOf(): Promise<{ board: WorkshopBoard; cards: string[]; groups: string[] }> {
    const board = await this.board();
    if (this.fragments?.board !== board) {
      const open = (o: object) => JSON.stringify(o).slice(0, -1);
      this.fragments = {
        board,
        cards: board.cards.map((c) => open({ id: c.id, text: c.text, groupId: c.groupId, hidden: c.hidden })),
        groups: board.groups.map((g) => open({ id: g.id, name: g.name, colour: g.colour })),
      };
    }
    return this.fragments;
  }

  /**
   * The same as view(), already as JSON: thirty phones fetching a 600-card wall each second
   * would otherwise spend the laptop's time serialising the same cards over and over.
   */
  async viewJson(device: Device, revision: number): Promise<string> {
    const { board: b, cards, groups } = await this.fragmentsOf();
    const myVotes = new Map<string, number>();
    let used = 0;
    for (const v of b.votes) {
      if (v.participantId !== device.participantId) continue;
      myVotes.set(v.targetId, v.dots);
      used += v.dots;
    }
    const myScores = new Map<string, string>();
    for (const s of b.participantScores) {
      if (s.participantId === device.participantId) myScores.set(s.targetId, `,"myImportance":${s.importance},"myFeasibility":${s.feasibility}}`);
    }
    const tail = (targetId: string) => `,"myDots":${myVotes.get(targetId) ?? 0}${myScores.get(targetId) ?? ',"myImportance":null,"myFeasibility":null}'}`;
    const cardParts: string[] = [];
    b.cards.forEach((c, i) => {
      const mine = this.mine(device, c);
      if (c.withheld) return; // taken off the wall: no phone sees it, not even its author's
      if (!c.hidden || mine) cardParts.push(`${cards[i]},"mine":${mine}${tail(c.id)}`);
    });
    const groupParts = b.groups.map((g, i) => `${groups[i]}${tail(g.id)}`);
    const round = b.currentRound;
    const head = JSON.stringify({
      kind: 'workshop', theme: b.theme, name: device.name, rules: b.rules, privateWriting: b.privateWriting,
      rankTarget: b.rankTarget, decision: b.decision, dotsPerParticipant: b.dotsPerParticipant,
      dotsLeft: Math.max(0, b.dotsPerParticipant - used),
      timer: round && round.status !== 'done' ? { label: round.label, remainingSeconds: round.remainingSeconds, running: round.status === 'running' } : null,
      revision,
    } satisfies Omit<PhoneBoard, 'cards' | 'groups'>);
    return `${head.slice(0, -1)},"groups":[${groupParts.join(',')}],"cards":[${cardParts.join(',')}]}`;
  }

  async createCard(device: Device, text: string) {
    const { projectId, targetId: workshopId, joinMode } = this.session;
    const author = joinMode === 'anonymous' ? null : device.participantId;
    const card = dataOf<{ id: string; hidden: boolean }>(await this.dispatch('cards.create', { projectId, workshopId, text, authorParticipantId: author }));
    device.cardIds.add(card.id);
    return { id: card.id, hidden: card.hidden };
  }

  /** A phone edits only its own card, and only while the private round keeps it hidden. */
  async updateCard(device: Device, cardId: string, text: string) {
    const card = (await this.board()).cards.find((c) => c.id === cardId);
    if (!card || !this.mine(device, card) || !card.hidden || card.withheld) {
      throw new PhoneError('conflict', 'card_not_editable', 'Only your own card, and only until the facilitator reveals the round');
    }
    const updated = dataOf<{ id: string; hidden: boolean }>(await this.dispatch('cards.update', { projectId: this.session.projectId, id: cardId, text }));
    return { id: updated.id, hidden: updated.hidden };
  }

  /** The wall as last read is usually enough to know what may be voted on; if not, read it again. */
  private async rankable(targetId: string): Promise<WorkshopBoard> {
    const ok = (w: WorkshopBoard) => (w.rankTarget === 'group' ? w.groups.some((g) => g.id === targetId) : w.cards.some((c) => c.id === targetId && !c.hidden && !c.withheld));
    let b = this.last ?? (await this.board());
    if (!ok(b)) b = await this.board();
    if (!ok(b)) throw new PhoneError('not_found', 'target_not_found', 'Nothing to vote on or score with that id');
    return b;
  }

  /** Dots on what the workshop ranks (cards or themes); the allowance is the dispatcher's rule. */
  async setVote(device: Device, targetId: string, dots: number) {
    const b = await this.rankable(targetId);
    const res = dataOf<{ targetDots: number; dotsLeft: number | null }>(await this.dispatch('votes.set', {
      projectId: this.session.projectId, workshopId: this.session.targetId, targetType: b.rankTarget, targetId, participantId: device.participantId, dots,
    }));
    return { targetId, dots, dotsLeft: res.dotsLeft };
  }

  /** Importance and feasibility of one participant, on what the workshop ranks, while it decides by scores. */
  async setScores(device: Device, targetId: string, importance: number | null, feasibility: number | null) {
    // The decision is read fresh: a phone must not score after the facilitator switched to dots.
    if ((await this.board()).decision !== 'scores') {
      throw new PhoneError('invalid_state', 'scores_not_open', 'The facilitator decides with dots in this workshop, not with scores');
    }
    const b = await this.rankable(targetId);
    dataOf(await this.dispatch('participantScores.set', {
      projectId: this.session.projectId, workshopId: this.session.targetId, targetType: b.rankTarget, targetId, participantId: device.participantId, importance, feasibility,
    }));
    return { targetId, importance, feasibility };
  }
}
