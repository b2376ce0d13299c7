import type { Database } from 'better-sqlite3';
import type { BoardMember, Organisation, OrganisationFields } from '../../shared/domain/organisation';
import { fromRow, toColumns } from '../db/rows';
import { AppError } from '../errors';
import type { ProjectTools } from '../handlers/types';
import { addAgendaItem, addDecision, listAgenda } from './agenda';
import { readMeeting } from './meetings';
import { readProject } from './projectRows';

// One organisation per project file, in a single row with a fixed id.
const ID = 'organisation';

/**
 * The board as it stands: for each position (the key it has in the FGD-1 rules) the holders
 * confirmed in the latest meeting that elected it, by meeting date, so a general meeting's
 * official leader replaces FGD-2's interim one and never sits beside them. Meetings on the same
 * date (or both undated) are ordered by when the result was confirmed; an undated meeting counts
 * as the earliest. All seats of a position come from one meeting: a re-election of a position of
 * two seats replaces both.
 */
export function readBoard(db: Database): BoardMember[] {
  const rows = db.prepare(`
    SELECT b.*, p.key AS position_key, coalesce(m.date, '') AS meeting_date, coalesce(p.confirmed_at, '') AS confirmed_at
    FROM board_members b JOIN election_positions p ON p.id = b.position_id LEFT JOIN meetings m ON m.id = b.meeting_id
    ORDER BY b.sort_order`).all() as (Record<string, unknown> & { position_key: string; meeting_date: string; confirmed_at: string; meeting_id: string | null })[];
  const latest = new Map<string, { meetingId: string | null; date: string; at: string }>();
  for (const r of rows) {
    const best = latest.get(r.position_key);
    if (!best || r.meeting_date > best.date || (r.meeting_date === best.date && r.confirmed_at > best.at)) {
      latest.set(r.position_key, { meetingId: r.meeting_id, date: r.meeting_date, at: r.confirmed_at });
    }
  }
  return rows.filter((r) => latest.get(r.position_key)!.meetingId === r.meeting_id).map(({ position_key: _k, meeting_date: _d, confirmed_at: _c, ...r }) => {
    const { sortOrder: _s, ...m } = fromRow<BoardMember & { sortOrder: number }>(r);
    return m;
  });
}

export function readOrganisation(db: Database): Organisation {
  const row = db.prepare('SELECT * FROM organisation WHERE id = ?').get(ID) as Record<string, unknown> | undefined;
  const base: Omit<Organisation, 'board'> = row
    ? (({ id: _id, ...o }) => o)(fromRow<Omit<Organisation, 'board'> & { id: string }>(row))
    : { name: `Organisasi ${readProject(db).name}`, seat: '', foundingDate: '', termYears: null, announcedMeetingId: null, announcedAt: null };
  return { ...base, board: readBoard(db) };
}

export function updateOrganisation(db: Database, patch: Partial<OrganisationFields>, t: ProjectTools): Organisation {
  if (db.prepare('SELECT 1 FROM organisation WHERE id = ?').get(ID)) t.rec.update('organisation', ID, toColumns(patch));
  else {
    const { board: _b, ...current } = readOrganisation(db);
    t.rec.insert('organisation', { id: ID, ...toColumns({ ...current, ...patch }) });
  }
  return readOrganisation(db);
}

/**
 * The announcement closes FGD-2: recorded as a decision of the meeting, with the board
 * elected, so the minutes carry it.
 */
export function announceOrganisation(db: Database, meetingId: string, t: ProjectTools): Organisation {
  const meeting = readMeeting(db, meetingId);
  const org = readOrganisation(db);
  if (org.board.length === 0) throw new AppError('invalid_state', 'board_empty', 'No board member has been confirmed yet');
  updateOrganisation(db, { announcedMeetingId: meetingId, announcedAt: t.now, foundingDate: org.foundingDate || meeting.date }, t);
  const item = listAgenda(db, meetingId).find((i) => /umum/i.test(i.title)) ?? addAgendaItem(db, meetingId, { title: 'Pengumuman pembentukan organisasi perwakilan klaster' }, t);
  const board = org.board.map((b) => `${b.positionTitle}: ${b.name}`).join('; ');
  addDecision(db, item.id, `${org.name} dibentuk dan diumumkan dengan susunan pengurus: ${board}.`, t);
  return readOrganisation(db);
}
