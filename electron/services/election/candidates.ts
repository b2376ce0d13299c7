import type { Database } from 'better-sqlite3';
import { AppError, notFound } from '../../errors';
import type { ProjectTools } from '../../handlers/types';
import { assertOpen } from './setup';
import { electedAttendees, readPosition } from './read';

export function addCandidate(db: Database, positionId: string, attendeeId: string, t: ProjectTools) {
  const p = assertOpen(db, positionId);
  const a = db.prepare('SELECT id, name, present, meeting_id FROM attendees WHERE id = ?').get(attendeeId) as { id: string; name: string; present: number; meeting_id: string } | undefined;
  if (!a) throw notFound('attendee', attendeeId);
  if (a.meeting_id !== p.meetingId || a.present !== 1) {
    throw new AppError('invalid_input', 'candidate_not_present', `${a.name} is not present at this meeting`, { name: a.name });
  }
  if (electedAttendees(db, p.meetingId).has(attendeeId)) {
    throw new AppError('conflict', 'already_elected', `${a.name} already holds a position`, { name: a.name });
  }
  if (p.rounds.length) throw new AppError('invalid_state', 'position_has_votes', 'Votes are already recorded for this position');
  if (p.candidates.some((c) => c.attendeeId === attendeeId)) return readPosition(db, positionId);
  t.rec.insert('election_candidates', { id: t.newId(), position_id: positionId, attendee_id: attendeeId });
  return readPosition(db, positionId);
}

export function removeCandidate(db: Database, candidateId: string, t: ProjectTools) {
  const row = db.prepare('SELECT position_id FROM election_candidates WHERE id = ?').get(candidateId) as { position_id: string } | undefined;
  if (!row) throw notFound('candidate', candidateId);
  const p = assertOpen(db, row.position_id);
  if (p.rounds.length || p.agreed.includes(candidateId)) throw new AppError('invalid_state', 'position_has_votes', 'Votes are already recorded for this position');
  t.rec.delete('election_candidates', candidateId);
  return readPosition(db, row.position_id);
}
