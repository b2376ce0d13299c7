import type { WorkshopBoard } from '../../../shared/domain/workshop';

export interface Target {
  id: string;
  label: string;
}

/** What is voted on or scored: the groups (themes) or the single visible cards, as the workshop says. */
export function targetsOf(board: WorkshopBoard): Target[] {
  return board.rankTarget === 'group'
    ? board.groups.map((g) => ({ id: g.id, label: g.name }))
    : board.cards.filter((c) => !c.hidden && !c.withheld).map((c) => ({ id: c.id, label: c.text }));
}

export const voteKey = (participantId: string | null, targetId: string) => `${participantId ?? 'wall'}:${targetId}`;

/** Dots per participant-and-target, and how many each participant has used. */
export function tallies(board: WorkshopBoard) {
  const dots = new Map<string, number>();
  const used = new Map<string | null, number>();
  const total = new Map<string, number>();
  for (const v of board.votes) {
    if (v.targetType !== board.rankTarget) continue;
    dots.set(voteKey(v.participantId, v.targetId), v.dots);
    used.set(v.participantId, (used.get(v.participantId) ?? 0) + v.dots);
    total.set(v.targetId, (total.get(v.targetId) ?? 0) + v.dots);
  }
  return { dots, used, total };
}
