import type { Database } from 'better-sqlite3';
import type { TargetType } from '../../../shared/domain/workshop';
import type { ProjectTools } from '../../handlers/types';
import { ids } from './rows';

// What hangs off a card or a group besides its place on the wall: dots, the agreed score and
// the participants' own scores. Merging
// carries them to the target, deleting removes them, always through the change log.

/** Moves the dots of `fromId` onto the target, adding them up per participant (and for the wall count). */
export function carryVotes(db: Database, fromId: string, to: { type: TargetType; id: string }, t: ProjectTools): void {
  const votes = db.prepare('SELECT id, participant_id, dots FROM workshop_votes WHERE target_id = ?').all(fromId) as
    { id: string; participant_id: string | null; dots: number }[];
  const find = db.prepare('SELECT id, dots FROM workshop_votes WHERE target_id = ? AND participant_id IS ?');
  for (const v of votes) {
    const there = find.get(to.id, v.participant_id) as { id: string; dots: number } | undefined;
    if (there) {
      t.rec.update('workshop_votes', there.id, { dots: there.dots + v.dots });
      t.rec.delete('workshop_votes', v.id);
    } else {
      t.rec.update('workshop_votes', v.id, { target_type: to.type, target_id: to.id });
    }
  }
}

/**
 * The target keeps its own score; one without a score takes the source's. The same per
 * participant: their score of the target stays, else their score of the source moves over.
 */
export function carryScore(db: Database, fromId: string, to: { type: TargetType; id: string }, t: ProjectTools): void {
  const from = ids(db, 'SELECT id FROM workshop_scores WHERE target_id = ?', fromId)[0];
  if (from) {
    if (ids(db, 'SELECT id FROM workshop_scores WHERE target_id = ?', to.id).length) t.rec.delete('workshop_scores', from);
    else t.rec.update('workshop_scores', from, { target_type: to.type, target_id: to.id });
  }
  const own = db.prepare('SELECT id, participant_id FROM workshop_participant_scores WHERE target_id = ?').all(fromId) as { id: string; participant_id: string }[];
  const there = db.prepare('SELECT 1 FROM workshop_participant_scores WHERE target_id = ? AND participant_id = ?');
  for (const s of own) {
    if (there.get(to.id, s.participant_id)) t.rec.delete('workshop_participant_scores', s.id);
    else t.rec.update('workshop_participant_scores', s.id, { target_type: to.type, target_id: to.id });
  }
}

export function dropTargetData(db: Database, targetId: string, t: ProjectTools): void {
  for (const v of ids(db, 'SELECT id FROM workshop_votes WHERE target_id = ?', targetId)) t.rec.delete('workshop_votes', v);
  for (const s of ids(db, 'SELECT id FROM workshop_scores WHERE target_id = ?', targetId)) t.rec.delete('workshop_scores', s);
  for (const s of ids(db, 'SELECT id FROM workshop_participant_scores WHERE target_id = ?', targetId)) t.rec.delete('workshop_participant_scores', s);
}
