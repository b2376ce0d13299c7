import type { Database } from 'better-sqlite3';
import type { CardGroup, Participant, Shortlist, Workshop } from '../../../shared/domain/workshop';
import type { SwotStrategy } from '../../../shared/domain/swotStrategy';
import { shortlistOf } from './ranking';
import { listStrategies } from './strategies';
import { listCards, listGroups, listParticipants, listScores, readWorkshop } from './rows';

// What the results document prints, worked out from the wall: the same numbers the screen shows.

export interface ResultCard { text: string; author: string | null; mark: string }
export interface ResultGroup { name: string; fixedKey: CardGroup['fixedKey']; mark: string; cards: ResultCard[] }
export interface WorkshopResults {
  workshop: Workshop;
  participants: Participant[];
  groups: ResultGroup[];
  ungrouped: ResultCard[];
  /** Cards of a private round never revealed: left out of the document, but counted. */
  hiddenCount: number;
  /** Taken off the wall by the facilitator: left out, and said so apart from the unrevealed ones. */
  withheldCount: number;
  shortlist: Shortlist;
  /** A SWOT workshop's SO/WO/ST/WT strategies with the cards they come from; empty otherwise. */
  strategies: SwotStrategy[];
}

/** "3 titik" with dot voting, "4 × 3 = 12" (importance × feasibility) with scoring, "-" for none. */
export function markOf(decision: Workshop['decision'], dots: number, importance: number | null, feasibility: number | null): string {
  if (decision === 'dots') return dots > 0 ? `${dots} titik` : '-';
  if (importance === null || feasibility === null) return '-';
  return `${importance} × ${feasibility} = ${importance * feasibility}`;
}

export function workshopResults(db: Database, workshopId: string): WorkshopResults {
  const workshop = readWorkshop(db, workshopId);
  const dots = new Map((db.prepare('SELECT target_id, sum(dots) AS n FROM workshop_votes WHERE workshop_id = ? GROUP BY target_id').all(workshopId) as
    { target_id: string; n: number }[]).map((r) => [r.target_id, r.n]));
  const scores = new Map(listScores(db, workshopId).map((s) => [s.targetId, s]));
  const mark = (id: string) => markOf(workshop.decision, dots.get(id) ?? 0, scores.get(id)?.importance ?? null, scores.get(id)?.feasibility ?? null);
  const all = listCards(db, workshopId);
  const shown = all.filter((c) => !c.hidden && !c.withheld);
  const cardsIn = (groupId: string | null): ResultCard[] =>
    shown.filter((c) => c.groupId === groupId).map((c) => ({ text: c.text, author: c.author, mark: mark(c.id) }));
  return {
    workshop,
    participants: listParticipants(db, workshopId),
    groups: listGroups(db, workshopId).map((g) => ({ name: g.name, fixedKey: g.fixedKey, mark: mark(g.id), cards: cardsIn(g.id) })),
    ungrouped: cardsIn(null),
    hiddenCount: all.filter((c) => c.hidden && !c.withheld).length,
    withheldCount: all.filter((c) => c.withheld).length,
    shortlist: shortlistOf(db, workshopId),
    strategies: workshop.template === 'swot' ? listStrategies(db, workshopId) : [],
  };
}
