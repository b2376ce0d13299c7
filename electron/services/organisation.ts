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

export function readBoard(db: Database): BoardMember[] {
  return (db.prepare('SELECT * FROM board_members ORDER BY sort_order').all() as Record<string, unknown>[]).map((r) => {
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
