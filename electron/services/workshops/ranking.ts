import type { Database } from 'better-sqlite3';
import type { RankedItem, Shortlist, TargetType, Workshop } from '../../../shared/domain/workshop';
import { listCards, listGroups, listScores, readWorkshop } from './rows';

type Candidate = Omit<RankedItem, 'rank' | 'tied' | 'shortlisted' | 'tiedAtCut'>;

/** Dots decide, or importance x feasibility and then importance; no dots / no full score = not ranked. */
function sortKey(c: Candidate, decision: Workshop['decision']): number[] | null {
  if (decision === 'dots') return c.dots > 0 ? [c.dots] : null;
  return c.product !== null && c.importance !== null ? [c.product, c.importance] : null;
}

const compare = (a: number[], b: number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i]! - a[i]!;
  return 0;
};

/**
 * Competition ranking (1, 2, 2, 4): equal keys share a rank and are marked as tied. With a cut
 * line K every item ranked K or better is kept, so a tie at the cut keeps all its members and
 * flags them for the facilitator to decide; nothing is cut silently.
 */
export function rankItems(candidates: readonly Candidate[], decision: Workshop['decision'], cutLine: number | null): RankedItem[] {
  const keyed = candidates.map((c, order) => ({ c, order, key: sortKey(c, decision) }));
  const ranked = keyed.filter((k) => k.key).sort((a, b) => compare(a.key!, b.key!) || a.order - b.order);
  const unranked = keyed.filter((k) => !k.key);
  const ranks: number[] = [];
  ranked.forEach((k, i) => ranks.push(i > 0 && compare(ranked[i - 1]!.key!, k.key!) === 0 ? ranks[i - 1]! : i + 1));
  const size = new Map<number, number>();
  for (const r of ranks) size.set(r, (size.get(r) ?? 0) + 1);
  const out = ranked.map((k, i): RankedItem => {
    const rank = ranks[i]!;
    const shortlisted = cutLine !== null && rank <= cutLine;
    return { ...k.c, rank, tied: size.get(rank)! > 1, shortlisted, tiedAtCut: shortlisted && rank + size.get(rank)! - 1 > cutLine! };
  });
  return [...out, ...unranked.map((k) => ({ ...k.c, rank: null, tied: false, shortlisted: false, tiedAtCut: false }))];
}

/** Cards not yet revealed stay out: nobody has seen them, so nobody voted on them knowingly. */
function candidatesOf(db: Database, workshopId: string, target: TargetType): Candidate[] {
  const dots = new Map((db.prepare('SELECT target_id, sum(dots) AS n FROM workshop_votes WHERE workshop_id = ? GROUP BY target_id').all(workshopId) as
    { target_id: string; n: number }[]).map((r) => [r.target_id, r.n]));
  const scores = new Map(listScores(db, workshopId).map((s) => [s.targetId, s]));
  const cards = listCards(db, workshopId).filter((c) => !c.hidden && !c.withheld);
  const groups = listGroups(db, workshopId);
  const base = (targetType: TargetType, targetId: string) => {
    const s = scores.get(targetId);
    const importance = s?.importance ?? null;
    const feasibility = s?.feasibility ?? null;
    return { targetType, targetId, dots: dots.get(targetId) ?? 0, importance, feasibility, product: importance !== null && feasibility !== null ? importance * feasibility : null };
  };
  if (target === 'group') {
    return groups.map((g) => ({ ...base('group', g.id), label: g.name, groupName: null, cardCount: cards.filter((c) => c.groupId === g.id).length }));
  }
  const names = new Map(groups.map((g) => [g.id, g.name]));
  return cards.map((c) => ({ ...base('card', c.id), label: c.text, groupName: c.groupId ? names.get(c.groupId) ?? null : null, cardCount: 1 }));
}

/** The cut line belongs to the workshop's short list, so it applies only to its own kind of item. */
export function rankingOf(db: Database, workshopId: string, target?: TargetType): RankedItem[] {
  const w = readWorkshop(db, workshopId);
  const kind = target ?? w.rankTarget;
  return rankItems(candidatesOf(db, workshopId, kind), w.decision, kind === w.rankTarget ? w.cutLine : null);
}

export function shortlistOf(db: Database, workshopId: string): Shortlist {
  const w = readWorkshop(db, workshopId);
  const items = rankingOf(db, workshopId);
  return {
    workshopId, theme: w.theme, template: w.template, decision: w.decision, target: w.rankTarget, cutLine: w.cutLine, items,
    shortlistedCount: items.filter((i) => i.shortlisted).length,
    needsDecision: items.some((i) => i.tiedAtCut),
  };
}
