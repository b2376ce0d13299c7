import type { Database } from 'better-sqlite3';
import { AppError } from '../../errors';
import type { ProjectTools } from '../../handlers/types';
import { readMeeting } from '../meetings';
import { latestRules } from '../orgRules';
import { readOrganisation } from '../organisation';
import type { ElectionPosition } from '../../../shared/domain/election';
import { seatCommittee, unseatCommittee } from './committeeSeats';
import { electsOf, positionIdsOf, readPosition } from './read';
import { assertEarlierConfirmed } from './voting';

/** "2026-12-09" plus whole years, the same day and month. */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-');
  return `${String(Number(y) + years).padStart(4, '0')}-${m}-${d}`;
}

/**
 * The winners take the position on the board with their term. FGD-2 founds the organisation, so
 * its term runs from the founding date; a later general meeting's from its own date.
 */
function seatBoard(db: Database, p: ElectionPosition, t: ProjectTools): void {
  const meeting = readMeeting(db, p.meetingId);
  const org = readOrganisation(db);
  const years = org.termYears ?? latestRules(db)?.termYears ?? null;
  const start = meeting.kind === 'fgd2' ? org.foundingDate || meeting.date : meeting.date || org.foundingDate;
  const end = start && years ? addYears(start, years) : '';
  p.outcome.winners.forEach((candidateId, i) => {
    const c = p.candidates.find((x) => x.id === candidateId)!;
    const a = db.prepare('SELECT stakeholder_id, organisation FROM attendees WHERE id = ?').get(c.attendeeId) as { stakeholder_id: string | null; organisation: string };
    t.rec.insert('board_members', {
      id: t.newId(), position_id: p.id, meeting_id: p.meetingId, sort_order: p.order * 100 + i, position_title: p.title, attendee_id: c.attendeeId,
      stakeholder_id: a.stakeholder_id, name: c.name, organisation: a.organisation, term_start: start, term_end: end,
    });
  });
}

/**
 * Locks the result, seats the winners (on the board, or in the committee), and takes them off the
 * candidate lists of the positions still to come. The undo history ends here: a confirmed
 * result can only be reopened with a recorded reason.
 */
export function confirmPosition(db: Database, positionId: string, t: ProjectTools) {
  const p = readPosition(db, positionId);
  if (p.status === 'confirmed') return p;
  assertEarlierConfirmed(db, p);
  if (p.outcome.status !== 'decided') {
    throw new AppError('invalid_state', p.outcome.status === 'tie' ? 'tie_unresolved' : 'no_result', `${p.title} has no result to confirm`, { title: p.title });
  }
  if (electsOf(db, p.meetingId) === 'committee') seatCommittee(db, p, t);
  else seatBoard(db, p, t);
  const elected = new Set(p.outcome.winners.map((w) => p.candidates.find((c) => c.id === w)!.attendeeId));
  for (const laterId of positionIdsOf(db, p.meetingId).filter((id) => readPosition(db, id).order > p.order)) {
    for (const c of readPosition(db, laterId).candidates) if (elected.has(c.attendeeId)) t.rec.delete('election_candidates', c.id);
  }
  t.rec.update('election_positions', positionId, { status: 'confirmed', confirmed_at: t.now });
  db.prepare('DELETE FROM actions').run();
  return readPosition(db, positionId);
}

/** Reopens a confirmed result with the reason written down; later results must be reopened first. */
export function reopenPosition(db: Database, positionId: string, reason: string, t: ProjectTools) {
  const p = readPosition(db, positionId);
  if (p.status !== 'confirmed') throw new AppError('invalid_state', 'position_not_confirmed', `${p.title} is not confirmed`, { title: p.title });
  const later = positionIdsOf(db, p.meetingId).map((id) => readPosition(db, id)).find((x) => x.order > p.order && x.status === 'confirmed');
  if (later) throw new AppError('invalid_state', 'later_position_confirmed', `Reopen ${later.title} first`, { title: later.title });
  for (const b of db.prepare('SELECT id FROM board_members WHERE position_id = ?').all(positionId) as { id: string }[]) t.rec.delete('board_members', b.id);
  unseatCommittee(db, positionId, t);
  t.rec.update('election_positions', positionId, {
    status: 'open', confirmed_at: null, reopen_log: JSON.stringify([...p.reopenLog, { at: t.now, reason: reason.trim() }]),
  });
  return readPosition(db, positionId);
}
