import type { Database } from 'better-sqlite3';
import type { ParticipantScore, ScoreAverage, TargetType } from '../../../shared/domain/workshop';
import { fromRow } from '../../db/rows';
import type { ProjectTools } from '../../handlers/types';
import { checkTarget, ids, readParticipant, readWorkshop, sameWorkshop } from './rows';
import { setScore } from './votes';

// Each participant's own importance and feasibility, beside the one score the group agrees on.

interface Input { targetType: TargetType; targetId: string; participantId: string; importance: number | null; feasibility: number | null }

export const listParticipantScores = (db: Database, workshopId: string): ParticipantScore[] =>
  (db.prepare('SELECT * FROM workshop_participant_scores WHERE workshop_id = ? ORDER BY target_id, participant_id').all(workshopId) as Record<string, unknown>[])
    .map((r) => fromRow<ParticipantScore>(r));

interface Totals { target_type: TargetType; target_id: string; i_sum: number | null; i_n: number; f_sum: number | null; f_n: number; n: number }

function totals(db: Database, workshopId: string, targetId?: string): Totals[] {
  return db.prepare(`SELECT target_type, target_id, sum(importance) AS i_sum, count(importance) AS i_n,
      sum(feasibility) AS f_sum, count(feasibility) AS f_n, count(*) AS n
    FROM workshop_participant_scores WHERE workshop_id = ? AND (? IS NULL OR target_id = ?) GROUP BY target_id ORDER BY target_id`)
    .all(workshopId, targetId ?? null, targetId ?? null) as Totals[];
}

const averageOf = (r: Totals): ScoreAverage => ({
  targetType: r.target_type, targetId: r.target_id,
  importance: r.i_n ? r.i_sum! / r.i_n : null, importanceCount: r.i_n,
  feasibility: r.f_n ? r.f_sum! / r.f_n : null, feasibilityCount: r.f_n,
  count: r.n,
});

/** Per target that anyone scored: the means and how many gave each half. */
export const scoreAverages = (db: Database, workshopId: string): ScoreAverage[] => totals(db, workshopId).map(averageOf);

/** Exact on integers, so 3.5 becomes 4 and never 3 through a floating-point slip. */
export const meanRoundedHalfUp = (sum: number, count: number): number => Math.floor((2 * sum + count) / (2 * count));

/** A participant's own scores for a card or group (1-5 each); both null take them back. */
export function setParticipantScore(db: Database, workshopId: string, s: Input, t: ProjectTools) {
  readWorkshop(db, workshopId);
  checkTarget(db, workshopId, s.targetType, s.targetId);
  const p = readParticipant(db, s.participantId);
  sameWorkshop('participant', p.id, p.workshopId, workshopId);
  const existing = ids(db, 'SELECT id FROM workshop_participant_scores WHERE target_id = ? AND participant_id = ?', s.targetId, p.id)[0];
  if (s.importance === null && s.feasibility === null) {
    if (existing) t.rec.delete('workshop_participant_scores', existing);
  } else if (existing) {
    t.rec.update('workshop_participant_scores', existing, { importance: s.importance, feasibility: s.feasibility });
  } else {
    t.rec.insert('workshop_participant_scores', {
      id: t.newId(), workshop_id: workshopId, target_type: s.targetType, target_id: s.targetId, participant_id: p.id,
      importance: s.importance, feasibility: s.feasibility,
    });
  }
  const [row] = totals(db, workshopId, s.targetId);
  return { ...s, average: row ? averageOf(row) : null };
}

/**
 * The agreed score of every target the participants scored becomes their mean, rounded half up.
 * A half nobody gave keeps what the group had agreed, so a partial round wipes nothing.
 */
export function adoptAverages(db: Database, workshopId: string, t: ProjectTools): { adopted: number } {
  readWorkshop(db, workshopId);
  const agreed = db.prepare('SELECT importance, feasibility FROM workshop_scores WHERE target_id = ?');
  const rows = totals(db, workshopId);
  for (const r of rows) {
    const before = agreed.get(r.target_id) as { importance: number | null; feasibility: number | null } | undefined;
    setScore(db, workshopId, {
      targetType: r.target_type, targetId: r.target_id,
      importance: r.i_n ? meanRoundedHalfUp(r.i_sum!, r.i_n) : before?.importance ?? null,
      feasibility: r.f_n ? meanRoundedHalfUp(r.f_sum!, r.f_n) : before?.feasibility ?? null,
    }, t);
  }
  return { adopted: rows.length };
}
