import type { Database } from 'better-sqlite3';
import { COMMITTEE_POSITIONS, ELECTION_MEETING_KINDS, type ElectionState, type ElectionTarget, type QuorumRule } from '../../../shared/domain/election';
import { AppError } from '../../errors';
import type { ProjectTools } from '../../handlers/types';
import { readMeeting } from '../meetings';
import { latestRules } from '../orgRules';
import { electsOf, positionIdsOf, readElection, readPosition } from './read';

/** Only FGD-2 and a general meeting hold an election. */
function electionMeeting(db: Database, meetingId: string) {
  const meeting = readMeeting(db, meetingId);
  if (!(ELECTION_MEETING_KINDS as readonly string[]).includes(meeting.kind)) {
    throw new AppError('invalid_state', 'election_needs_fgd2', 'Elections are held in an FGD-2 or a general meeting');
  }
  return meeting;
}

/** The board's positions come from the FGD-1 draft rules; the committee's are its chair and main members. */
function createPositions(db: Database, meetingId: string, elects: ElectionTarget, t: ProjectTools): void {
  let positions: readonly { key: string; title: string; count: number }[] = COMMITTEE_POSITIONS;
  if (elects === 'board') {
    const rules = latestRules(db);
    if (!rules || rules.positions.length === 0) throw new AppError('invalid_state', 'election_needs_rules', 'Record the draft rules (positions) in FGD-1 first');
    positions = rules.positions;
  }
  positions.forEach((p, i) => t.rec.insert('election_positions', {
    id: t.newId(), meeting_id: meetingId, sort_order: i, key: p.key, title: p.title, seats: p.count,
    method: 'vote', ballot: 'secret', status: 'open', confirmed_at: null, agreed: '[]', agreement_note: '', reopen_log: '[]',
  }));
}

function writeSettings(db: Database, meetingId: string, patch: { quorum_rule?: QuorumRule; elects?: ElectionTarget }, t: ProjectTools): void {
  if (db.prepare('SELECT 1 FROM election_settings WHERE id = ?').get(meetingId)) t.rec.update('election_settings', meetingId, patch);
  else t.rec.insert('election_settings', { id: meetingId, quorum_rule: 'more_than_half', elects: 'board', ...patch });
}

/**
 * Creates the positions to elect, in order (chair first), with the number of seats each.
 * Running it again adds nothing once positions exist.
 */
export function setupElection(db: Database, meetingId: string, t: ProjectTools): ElectionState {
  electionMeeting(db, meetingId);
  if (positionIdsOf(db, meetingId).length === 0) createPositions(db, meetingId, electsOf(db, meetingId), t);
  writeSettings(db, meetingId, {}, t);
  return readElection(db, meetingId);
}

/**
 * Says what the meeting elects. Positions already set up are replaced by the other list while
 * nothing is recorded on them (no candidate, no vote); after that the choice is fixed.
 */
export function setElects(db: Database, meetingId: string, elects: ElectionTarget, t: ProjectTools): ElectionState {
  electionMeeting(db, meetingId);
  if (electsOf(db, meetingId) === elects) return readElection(db, meetingId);
  const positions = positionIdsOf(db, meetingId).map((id) => readPosition(db, id));
  if (positions.some((p) => p.status === 'confirmed' || p.candidates.length || p.rounds.length || p.agreed.length)) {
    throw new AppError('invalid_state', 'election_target_fixed', 'Candidates or votes are recorded; remove them before changing what this meeting elects');
  }
  writeSettings(db, meetingId, { elects }, t);
  if (positions.length) {
    for (const p of positions) t.rec.delete('election_positions', p.id);
    createPositions(db, meetingId, elects, t);
  }
  return readElection(db, meetingId);
}

export function setQuorumRule(db: Database, meetingId: string, rule: QuorumRule, t: ProjectTools): ElectionState {
  readMeeting(db, meetingId);
  writeSettings(db, meetingId, { quorum_rule: rule }, t);
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

/**
 * Leaves a position out of this meeting's election while nothing is recorded on it, e.g. a
 * general meeting that only elects the official leader: the board keeps FGD-2's holders of the
 * positions left out. Running the setup again once every position is gone brings them all back.
 */
export function removePosition(db: Database, positionId: string, t: ProjectTools): ElectionState {
  const p = assertOpen(db, positionId);
  if (p.candidates.length || p.rounds.length || p.agreed.length) {
    throw new AppError('invalid_state', 'position_not_empty', `${p.title} has candidates; remove them first`, { title: p.title });
  }
  t.rec.delete('election_positions', positionId);
  return readElection(db, p.meetingId);
}
