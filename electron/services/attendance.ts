import type { Database } from 'better-sqlite3';
import type { Attendee } from '../../shared/domain/meeting';
import type { StakeholderKind } from '../../shared/domain/stakeholder';
import { fromRow, toColumns } from '../db/rows';
import { AppError, notFound } from '../errors';
import type { ProjectTools } from '../handlers/types';
import { createStakeholder } from './stakeholders';
import { readStakeholder } from './stakeholderRows';

const BOOLEANS = ['invited', 'present', 'walkIn'] as const;
type Row = Record<string, unknown>;

export function listAttendees(db: Database, meetingId: string): Attendee[] {
  return (db.prepare('SELECT * FROM attendees WHERE meeting_id = ? ORDER BY position, id').all(meetingId) as Row[]).map((r) => fromRow<Attendee>(r, BOOLEANS));
}

function readAttendee(db: Database, id: string): Attendee {
  const row = db.prepare('SELECT * FROM attendees WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw notFound('attendee', id);
  return fromRow<Attendee>(row, BOOLEANS);
}

const nextPosition = (db: Database, meetingId: string) =>
  ((db.prepare('SELECT max(position) AS p FROM attendees WHERE meeting_id = ?').get(meetingId) as { p: number | null }).p ?? -1) + 1;

/** Invites people from the registry; those already on the list are left as they are. */
export function inviteStakeholders(db: Database, meetingId: string, stakeholderIds: string[], t: ProjectTools): { invited: number } {
  const onList = new Set((db.prepare('SELECT stakeholder_id FROM attendees WHERE meeting_id = ? AND stakeholder_id IS NOT NULL').all(meetingId) as { stakeholder_id: string }[]).map((r) => r.stakeholder_id));
  let position = nextPosition(db, meetingId);
  let invited = 0;
  for (const sid of stakeholderIds) {
    if (onList.has(sid)) continue;
    const s = readStakeholder(db, sid);
    t.rec.insert('attendees', {
      id: t.newId(), meeting_id: meetingId, stakeholder_id: sid, position: position++, name: s.name, organisation: s.organisation,
      role: s.role, village: s.village, phone: s.phone, invited: 1, present: 0, walk_in: 0,
    });
    onList.add(sid);
    invited++;
  }
  return { invited };
}

type PersonFields = { name: string; organisation?: string; role?: string; village?: string; phone?: string };

/** Someone typed in: invited in advance, or a walk-in who came without an invitation (present). */
export function addAttendee(db: Database, meetingId: string, person: PersonFields, walkIn: boolean, t: ProjectTools): Attendee {
  const id = t.newId();
  t.rec.insert('attendees', {
    id, meeting_id: meetingId, stakeholder_id: null, position: nextPosition(db, meetingId), name: person.name,
    organisation: person.organisation ?? '', role: person.role ?? '', village: person.village ?? '', phone: person.phone ?? '',
    invited: walkIn ? 0 : 1, present: walkIn ? 1 : 0, walk_in: walkIn ? 1 : 0,
  });
  return readAttendee(db, id);
}

export function updateAttendee(db: Database, id: string, patch: Partial<PersonFields> & { present?: boolean }, t: ProjectTools): Attendee {
  readAttendee(db, id);
  t.rec.update('attendees', id, toColumns(patch));
  return readAttendee(db, id);
}

/** Refused while they stand in the election: the candidacy (and any seat) points at this row. */
export function removeAttendee(db: Database, id: string, t: ProjectTools): { deleted: true } {
  const a = readAttendee(db, id);
  const standing = db.prepare('SELECT 1 FROM election_candidates WHERE attendee_id = ? UNION ALL SELECT 1 FROM board_members WHERE attendee_id = ?').get(id, id);
  if (standing) throw new AppError('invalid_state', 'attendee_is_candidate', `${a.name} is a candidate in the election; remove the candidacy first`, { name: a.name });
  t.rec.delete('attendees', id);
  return { deleted: true };
}

/** A walk-in joins the registry in one step, keeping the link from the attendance list. */
export function registerAttendee(db: Database, id: string, kind: StakeholderKind, t: ProjectTools): Attendee {
  const a = readAttendee(db, id);
  if (a.stakeholderId) throw new AppError('invalid_state', 'attendee_registered', `${a.name} is already in the registry`, { name: a.name });
  const s = createStakeholder(db, { name: a.name, kind, organisation: a.organisation, role: a.role, village: a.village, phone: a.phone }, t);
  t.rec.update('attendees', id, { stakeholder_id: s.id });
  return readAttendee(db, id);
}
