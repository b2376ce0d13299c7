import type { Database } from 'better-sqlite3';
import { AGENDA_TEMPLATES, DEFAULT_TITLES } from '../../shared/domain/meetingTemplates';
import type { Meeting, MeetingFields, MeetingRecord } from '../../shared/domain/meeting';
import { DEFAULT_POSITIONS } from '../../shared/domain/orgRules';
import { fromRow, toColumns } from '../db/rows';
import { AppError, notFound } from '../errors';
import type { ProjectTools } from '../handlers/types';
import { listAgenda, listFollowUps } from './agenda';
import { listAttendees } from './attendance';
import { readProject } from './projectRows';
import { zoneOfProvince } from './timeZone';

export function readMeeting(db: Database, id: string): Meeting {
  const row = db.prepare('SELECT * FROM meetings WHERE id = ?').get(id) as Record<string, unknown> | undefined;
  if (!row) throw notFound('meeting', id);
  return fromRow<Meeting>(row);
}

export function readMeetingRecord(db: Database, id: string): MeetingRecord {
  return { ...readMeeting(db, id), agenda: listAgenda(db, id), followUps: listFollowUps(db, id), attendees: listAttendees(db, id) };
}

export function listMeetings(db: Database) {
  const rows = db.prepare(`
    SELECT m.*, (SELECT count(*) FROM attendees a WHERE a.meeting_id = m.id AND a.invited = 1) AS invited_count,
                (SELECT count(*) FROM attendees a WHERE a.meeting_id = m.id AND a.present = 1) AS present_count
    FROM meetings m ORDER BY CASE WHEN m.date = '' THEN 1 ELSE 0 END, m.date, m.start_time, m.created_at`).all() as Record<string, unknown>[];
  return rows.map((r) => fromRow<Meeting & { invitedCount: number; presentCount: number }>(r));
}

/** A new meeting starts with the guideline's agenda for its kind; FGD-1 also with draft rules. */
export function createMeeting(db: Database, input: Partial<MeetingFields> & Pick<MeetingFields, 'kind'>, t: ProjectTools): MeetingRecord {
  const id = t.newId();
  const fields: MeetingFields = {
    title: DEFAULT_TITLES[input.kind], date: '', startTime: '', endTime: '', place: '',
    timeZone: zoneOfProvince(readProject(db).province), chairName: '', chairRole: '', minuteTakerName: '',
    minuteTakerRole: '', closingTime: '', nextMeetingDate: '', nextMeetingAgenda: '', ...input,
  };
  t.rec.insert('meetings', { id, ...toColumns(fields), created_at: t.now, updated_at: t.now });
  AGENDA_TEMPLATES[input.kind].forEach((title, position) =>
    t.rec.insert('agenda_items', { id: t.newId(), meeting_id: id, position, title, discussion: '' }));
  if (input.kind === 'fgd1') {
    t.rec.insert('org_rules', {
      id, positions: JSON.stringify(DEFAULT_POSITIONS), term_years: null, allowances: '', membership_eligibility: '', notes: '', updated_at: t.now,
    });
  }
  return readMeetingRecord(db, id);
}

export function updateMeeting(db: Database, id: string, patch: Partial<MeetingFields>, t: ProjectTools): Meeting {
  readMeeting(db, id);
  t.rec.update('meetings', id, { ...toColumns(patch), updated_at: t.now });
  return readMeeting(db, id);
}

/**
 * Other areas point at meetings: an election held in it, the announcement of the organisation,
 * a version of the articles it authorised. A confirmed election is locked, so such a meeting
 * stays; otherwise its election entries go and the other pointers are cleared, all undoable.
 */
function releaseReferences(db: Database, id: string, t: ProjectTools): void {
  const ids = (sql: string, ...args: unknown[]) => (db.prepare(sql).all(...args) as { id: string }[]).map((r) => r.id);
  if (ids("SELECT id FROM election_positions WHERE meeting_id = ? AND status = 'confirmed'", id).length) {
    throw new AppError('invalid_state', 'meeting_election_locked', 'This meeting holds a confirmed election and cannot be deleted');
  }
  for (const p of ids('SELECT id FROM election_positions WHERE meeting_id = ?', id)) {
    for (const r of ids('SELECT id FROM election_rounds WHERE position_id = ?', p)) t.rec.delete('election_rounds', r);
    for (const c of ids('SELECT id FROM election_candidates WHERE position_id = ?', p)) t.rec.delete('election_candidates', c);
    t.rec.delete('election_positions', p);
  }
  t.rec.delete('election_settings', id);
  for (const o of ids('SELECT id FROM organisation WHERE announced_meeting_id = ?', id)) t.rec.update('organisation', o, { announced_meeting_id: null, announced_at: null });
  for (const v of ids('SELECT id FROM article_versions WHERE authorised_meeting_id = ?', id)) t.rec.update('article_versions', v, { authorised_meeting_id: null, authorised_at: null });
}

/** Removes the meeting with everything recorded in it, as one undoable step. */
export function deleteMeeting(db: Database, id: string, t: ProjectTools): { deleted: true } {
  readMeeting(db, id);
  releaseReferences(db, id, t); // first: election candidates point at this meeting's attendees
  const ids = (sql: string, ...args: unknown[]) => (db.prepare(sql).all(...args) as { id: string }[]).map((r) => r.id);
  for (const f of ids('SELECT id FROM follow_ups WHERE meeting_id = ?', id)) t.rec.delete('follow_ups', f);
  for (const item of ids('SELECT id FROM agenda_items WHERE meeting_id = ?', id)) {
    for (const d of ids('SELECT id FROM decisions WHERE agenda_item_id = ?', item)) t.rec.delete('decisions', d);
    t.rec.delete('agenda_items', item);
  }
  for (const a of ids('SELECT id FROM attendees WHERE meeting_id = ?', id)) t.rec.delete('attendees', a);
  for (const v of ids('SELECT id FROM vision_versions WHERE meeting_id = ? OR adopted_meeting_id = ?', id, id)) {
    const row = db.prepare('SELECT meeting_id, adopted_meeting_id FROM vision_versions WHERE id = ?').get(v) as { meeting_id: string | null; adopted_meeting_id: string | null };
    t.rec.update('vision_versions', v, {
      meeting_id: row.meeting_id === id ? null : row.meeting_id,
      adopted_meeting_id: row.adopted_meeting_id === id ? null : row.adopted_meeting_id,
    });
  }
  t.rec.delete('org_rules', id);
  t.rec.delete('meetings', id);
  return { deleted: true };
}
