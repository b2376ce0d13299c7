import type { Database } from 'better-sqlite3';
import type { ProjectTools } from '../handlers/types';
import { readCedc } from './cedc';
import { readOrganisation } from './organisation';

// What else points at a stakeholder, and what deleting one does to it:
// - attendees: the list is a record of who came; it keeps the name and organisation as printed
//   in the minutes and loses only the link.
// - board_members, cedc_members: seats printed in the berita acara, the letter and the decree;
//   the facilitator must change those first, so deletion is refused.
// - workshop_participants: a loose link on purpose (see migration 005), left as it is.

/**
 * The seats a stakeholder holds, worded as the documents print them ("Ketua Organisasi Klaster
 * Mebel Rotan"), so a refusal can say where the person is named.
 */
export function seatsHeld(db: Database, stakeholderId: string): string[] {
  const board = db.prepare('SELECT position_title AS title FROM board_members WHERE stakeholder_id = ? ORDER BY sort_order')
    .all(stakeholderId) as { title: string }[];
  const committee = db.prepare('SELECT committee_position AS title FROM cedc_members WHERE stakeholder_id = ? ORDER BY position, id')
    .all(stakeholderId) as { title: string }[];
  const seats: string[] = [];
  if (board.length) {
    const body = readOrganisation(db).name;
    for (const b of board) seats.push(`${b.title} ${body}`.trim());
  }
  if (committee.length) {
    const body = readCedc(db).committeeName;
    for (const c of committee) seats.push(`${c.title || 'Anggota'} ${body}`.trim());
  }
  return [...new Set(seats)];
}

/** Clears the stakeholder's link on every attendance row, through the change log. */
export function unlinkAttendance(db: Database, stakeholderId: string, t: ProjectTools): number {
  const rows = db.prepare('SELECT id FROM attendees WHERE stakeholder_id = ?').all(stakeholderId) as { id: string }[];
  for (const r of rows) t.rec.update('attendees', r.id, { stakeholder_id: null });
  return rows.length;
}
