// What the board list prints besides the board itself: the advisory positions (Pembina,
// Penasihat) when the FGD-1 rules define them, and a phone number for each board member, from
// the registry or else from the attendance list where the member was elected.
import type { Database } from 'better-sqlite3';
import type { BoardListExtras } from '../export/documents/boardList';
import { readOrganisation } from './organisation';
import { latestRules } from './orgRules';

const ADVISORY = /pembina|penasihat|penasehat/i;

function phoneOf(db: Database, m: { stakeholderId: string | null; attendeeId: string | null }): string {
  const registry = m.stakeholderId ? (db.prepare('SELECT phone FROM stakeholders WHERE id = ?').get(m.stakeholderId) as { phone: string } | undefined)?.phone : '';
  const attendance = m.attendeeId ? (db.prepare('SELECT phone FROM attendees WHERE id = ?').get(m.attendeeId) as { phone: string } | undefined)?.phone : '';
  return registry?.trim() || attendance?.trim() || '';
}

export function boardListExtras(db: Database): BoardListExtras {
  const advisors = (latestRules(db)?.positions ?? []).filter((p) => ADVISORY.test(p.title)).map((p) => ({ title: p.title, count: p.count }));
  const contacts = new Map(readOrganisation(db).board.map((m) => [m.id, phoneOf(db, m)]));
  return { advisors, contacts };
}
