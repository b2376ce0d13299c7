import type { Database } from 'better-sqlite3';
import type { TargetType } from '../../../shared/domain/workshop';
import { AppError } from '../../errors';
import type { ProjectTools } from '../../handlers/types';
import { checkTarget, ids, readParticipant, readWorkshop, sameWorkshop } from './rows';

interface VoteInput { targetType: TargetType; targetId: string; participantId: string | null; dots: number }

const sumDots = (db: Database, sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { n: number | null }).n ?? 0;

/**
 * Sets how many dots one participant put on a card or group (0 takes them off). With a null
 * participant the number is the count of paper dots on the wall, which has no allowance to check.
 * A participant never gets more than the workshop's dots: the facilitator is told, not overruled.
 */
export function setVote(db: Database, workshopId: string, v: VoteInput, t: ProjectTools) {
  const w = readWorkshop(db, workshopId);
  checkTarget(db, workshopId, v.targetType, v.targetId);
  const existing = db.prepare('SELECT id FROM workshop_votes WHERE target_id = ? AND participant_id IS ?').get(v.targetId, v.participantId) as { id: string } | undefined;
  let dotsLeft: number | null = null;
  if (v.participantId) {
    const p = readParticipant(db, v.participantId);
    sameWorkshop('participant', p.id, p.workshopId, workshopId);
    const elsewhere = sumDots(db, 'SELECT sum(dots) AS n FROM workshop_votes WHERE workshop_id = ? AND participant_id = ? AND target_id != ?', workshopId, p.id, v.targetId);
    const left = w.dotsPerParticipant - elsewhere;
    if (v.dots > left) {
      throw new AppError('conflict', 'workshop_dots_exceeded', `${p.name} has ${left} of ${w.dotsPerParticipant} dots left`, {
        name: p.name, limit: w.dotsPerParticipant, used: elsewhere, left, requested: v.dots,
      });
    }
    dotsLeft = left - v.dots;
  }
  if (v.dots === 0) {
    if (existing) t.rec.delete('workshop_votes', existing.id);
  } else if (existing) {
    t.rec.update('workshop_votes', existing.id, { dots: v.dots });
  } else {
    t.rec.insert('workshop_votes', {
      id: t.newId(), workshop_id: workshopId, target_type: v.targetType, target_id: v.targetId, participant_id: v.participantId, dots: v.dots,
    });
  }
  const targetDots = sumDots(db, 'SELECT sum(dots) AS n FROM workshop_votes WHERE target_id = ?', v.targetId);
  return { ...v, targetDots, dotsLeft };
}

export function clearVotes(db: Database, workshopId: string, t: ProjectTools): { removed: number } {
  readWorkshop(db, workshopId);
  const votes = ids(db, 'SELECT id FROM workshop_votes WHERE workshop_id = ?', workshopId);
  for (const id of votes) t.rec.delete('workshop_votes', id);
  return { removed: votes.length };
}

interface ScoreInput { targetType: TargetType; targetId: string; importance: number | null; feasibility: number | null }

/** Importance and feasibility (1-5) agreed by the group for a card or group; both null clear it. */
export function setScore(db: Database, workshopId: string, s: ScoreInput, t: ProjectTools) {
  readWorkshop(db, workshopId);
  checkTarget(db, workshopId, s.targetType, s.targetId);
  const existing = ids(db, 'SELECT id FROM workshop_scores WHERE target_id = ?', s.targetId)[0];
  if (s.importance === null && s.feasibility === null) {
    if (existing) t.rec.delete('workshop_scores', existing);
  } else if (existing) {
    t.rec.update('workshop_scores', existing, { importance: s.importance, feasibility: s.feasibility });
  } else {
    t.rec.insert('workshop_scores', {
      id: t.newId(), workshop_id: workshopId, target_type: s.targetType, target_id: s.targetId, importance: s.importance, feasibility: s.feasibility,
    });
  }
  const product = s.importance !== null && s.feasibility !== null ? s.importance * s.feasibility : null;
  return { ...s, product };
}
