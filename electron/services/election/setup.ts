import type { Database } from 'better-sqlite3';
import type { ElectionState, QuorumRule } from '../../../shared/domain/election';
import { AppError } from '../../errors';
import type { ProjectTools } from '../../handlers/types';
import { readMeeting } from '../meetings';
import { latestRules } from '../orgRules';
import { positionIdsOf, readElection, readPosition } from './read';

/**
 * The positions to elect come from the FGD-1 draft rules, in their order (chair first), with
 * the number of seats each. Running it again adds nothing once positions exist.
 */
export function setupElection(db: Database, meetingId: string, t: ProjectTools): ElectionState {
  const meeting = readMeeting(db, meetingId);
  if (meeting.kind !== 'fgd2') throw new AppError('invalid_state', 'election_needs_fgd2', 'The board is elected in an FGD-2 meeting');
  if (positionIdsOf(db, meetingId).length === 0) {
    const rules = latestRules(db);
    if (!rules || rules.positions.length === 0) throw new AppError('invalid_state', 'election_needs_rules', 'Record the draft rules (positions) in FGD-1 first');
    rules.positions.forEach((p, i) => t.rec.insert('election_positions', {
      id: t.newId(), meeting_id: meetingId, sort_order: i, key: p.key, title: p.title, seats: p.count,
      method: 'vote', ballot: 'secret', status: 'open', confirmed_at: null, agreed: '[]', agreement_note: '', reopen_log: '[]',
    }));
  }
  if (!db.prepare('SELECT 1 FROM election_settings WHERE id = ?').get(meetingId)) {
    t.rec.insert('election_settings', { id: meetingId, quorum_rule: 'more_than_half' });
  }
  return readElection(db, meetingId);
}

export function setQuorumRule(db: Database, meetingId: string, rule: QuorumRule, t: ProjectTools): ElectionState {
  readMeeting(db, meetingId);
  if (db.prepare('SELECT 1 FROM election_settings WHERE id = ?').get(meetingId)) t.rec.update('election_settings', meetingId, { quorum_rule: rule });
  else t.rec.insert('election_settings', { id: meetingId, quorum_rule: rule });
  return readElection(db, meetingId);
}

export function assertOpen(db: Database, positionId: string) {
  const p = readPosition(db, positionId);
  if (p.status === 'confirmed') throw new AppError('invalid_state', 'position_locked', `The result for ${p.title} is confirmed; reopen it with a reason first`, { title: p.title });
  return p;
}

export function updatePosition(db: Database, id: string, patch: { method?: 'consensus' | 'vote'; ballot?: 'secret' | 'open'; seats?: number; title?: string }, t: ProjectTools) {
  const p = assertOpen(db, id);
  if (p.rounds.length && (patch.method || patch.ballot || patch.seats)) {
    throw new AppError('invalid_state', 'position_has_votes', 'Votes are recorded for this position; remove them before changing how it is elected');
  }
  t.rec.update('election_positions', id, patch);
  return readPosition(db, id);
}
