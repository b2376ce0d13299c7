import type { Database } from 'better-sqlite3';
import type { Cedc, CedcMember, CedcSettings, DecreeDraft, RequestLetter } from '../../shared/domain/cedc';
import { fromRow, toColumns } from '../db/rows';
import { AppError, notFound } from '../errors';
import type { ProjectTools } from '../handlers/types';
import { draftCedc, initiatorDraft } from './cedcDefaults';
import { readStakeholder } from './stakeholderRows';
import { MAX_LIST_ITEMS } from '../../shared/domain/cedc';

// One committee per project file, in a single row with a fixed id.
const ID = 'cedc';
type Row = Record<string, unknown>;

function readSettings(db: Database): CedcSettings {
  const row = db.prepare('SELECT * FROM cedc WHERE id = ?').get(ID) as Row | undefined;
  if (!row) return draftCedc(db);
  const { id: _id, ...s } = fromRow<CedcSettings & { id: string }>(row, [], ['letter', 'decree']);
  return s;
}

// Entries replaced by an elected seat stay in the table (a reopening brings them back) but are
// not members; elected seats say which meeting chose them.
const MEMBER_SELECT = `
  SELECT c.*, m.id AS el_meeting_id, m.title AS el_title, m.date AS el_date FROM cedc_members c
  LEFT JOIN election_positions p ON p.id = c.elected_position_id LEFT JOIN meetings m ON m.id = p.meeting_id`;

function memberOf(row: Row): CedcMember {
  const { el_meeting_id: meetingId, el_title: title, el_date: date, elected_position_id: _e, replaced_by_position_id: _r, ...rest } = row;
  const electedIn = meetingId ? { meetingId: String(meetingId), title: String(title), date: String(date ?? '') } : null;
  return { ...fromRow<Omit<CedcMember, 'electedIn'>>(rest), electedIn };
}

export function listMembers(db: Database): CedcMember[] {
  return (db.prepare(`${MEMBER_SELECT} WHERE c.replaced_by_position_id IS NULL ORDER BY c.position, c.id`).all() as Row[]).map(memberOf);
}

export function readCedc(db: Database): Cedc {
  return { ...readSettings(db), members: listMembers(db) };
}

type Patch = Partial<Omit<CedcSettings, 'letter' | 'decree'>> & { letter?: Partial<RequestLetter>; decree?: Partial<DecreeDraft> };

/** Saving anything keeps the whole draft: the defaults become the facilitator's own text. */
export function updateCedc(db: Database, patch: Patch, t: ProjectTools): Cedc {
  const current = readSettings(db);
  const next: CedcSettings = {
    ...current, ...patch,
    letter: { ...current.letter, ...patch.letter },
    decree: { ...current.decree, ...patch.decree },
  } as CedcSettings;
  if (patch.initiator && patch.initiator !== current.initiator) followInitiator(db, current, next);
  const columns = toColumns(next, ['letter', 'decree']);
  if (db.prepare('SELECT 1 FROM cedc WHERE id = ?').get(ID)) t.rec.update('cedc', ID, columns);
  else t.rec.insert('cedc', { id: ID, ...columns });
  return readCedc(db);
}

/**
 * A new initiator signs the letter, and the letter's background and the decree's Menimbang say
 * who asked; only the lines still as drafted for the previous initiator are replaced, so the
 * facilitator's own wording stays.
 */
function followInitiator(db: Database, current: CedcSettings, next: CedcSettings) {
  const before = initiatorDraft(db, current.initiator);
  const after = initiatorDraft(db, next.initiator);
  const swap = (lines: string[], from: string, to: string) => lines.map((l) => (l.toLowerCase() === from.toLowerCase() ? to : l));
  // An office does not send itself a copy; the office that no longer signs gets one again.
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  const copies = next.letter.copies.filter((c) => next.initiator === 'cluster' || !same(c, after.signerPosition));
  // Within the list's limit: a Tembusan list already full keeps as it is rather than be refused.
  if (current.initiator !== 'cluster' && !copies.some((c) => same(c, before.signerPosition)) && copies.length < MAX_LIST_ITEMS) copies.unshift(before.signerPosition);
  next.letter = {
    ...next.letter,
    signerName: after.signerName,
    signerPosition: after.signerPosition,
    body: swap(next.letter.body, before.background, after.background),
    copies,
  };
  next.decree = { ...next.decree, considerations: swap(next.decree.considerations, before.consideration, after.consideration) };
}

function readMember(db: Database, id: string): CedcMember {
  const row = db.prepare(`${MEMBER_SELECT} WHERE c.id = ? AND c.replaced_by_position_id IS NULL`).get(id) as Row | undefined;
  if (!row) throw notFound('cedc_member', id);
  return memberOf(row);
}

const nextPosition = (db: Database) => ((db.prepare('SELECT max(position) AS p FROM cedc_members').get() as { p: number | null }).p ?? -1) + 1;

export function addMember(db: Database, fields: Partial<Omit<CedcMember, 'id' | 'position'>> & { institution: string }, t: ProjectTools): CedcMember {
  if (fields.stakeholderId) readStakeholder(db, fields.stakeholderId);
  const id = t.newId();
  t.rec.insert('cedc_members', {
    id, position: nextPosition(db), institution: fields.institution, committee_position: fields.committeePosition || 'Anggota',
    official_position: fields.officialPosition ?? '', person: fields.person ?? '', stakeholder_id: fields.stakeholderId ?? null,
  });
  return readMember(db, id);
}

/** Offices, service providers and cluster representatives from the registry, once each. */
export function addFromRegistry(db: Database, stakeholderIds: string[], t: ProjectTools): { added: number } {
  const present = new Set(listMembers(db).map((m) => m.stakeholderId));
  let added = 0;
  for (const sid of stakeholderIds) {
    if (present.has(sid)) continue;
    const s = readStakeholder(db, sid);
    addMember(db, { institution: s.organisation || s.name, person: s.name, officialPosition: s.role, committeePosition: 'Anggota', stakeholderId: sid }, t);
    present.add(sid);
    added++;
  }
  return { added };
}

export function updateMember(db: Database, id: string, patch: Partial<Omit<CedcMember, 'id' | 'position'>>, t: ProjectTools): CedcMember {
  readMember(db, id);
  if (patch.stakeholderId) readStakeholder(db, patch.stakeholderId);
  t.rec.update('cedc_members', id, toColumns(patch));
  return readMember(db, id);
}

export function moveMember(db: Database, id: string, toIndex: number, t: ProjectTools): { moved: true } {
  readMember(db, id);
  const order = listMembers(db).map((m) => m.id).filter((x) => x !== id);
  order.splice(Math.min(toIndex, order.length), 0, id);
  order.forEach((memberId, position) => t.rec.update('cedc_members', memberId, { position }));
  return { moved: true };
}

/** An elected seat is part of a locked result: it leaves the list only when the election is reopened. */
export function removeMember(db: Database, id: string, t: ProjectTools): { deleted: true } {
  const m = readMember(db, id);
  if (m.electedIn) {
    throw new AppError('invalid_state', 'cedc_member_elected', `${m.committeePosition} was elected in ${m.electedIn.title}; reopen that result to change it`, { title: m.electedIn.title });
  }
  t.rec.delete('cedc_members', id);
  return { deleted: true };
}
