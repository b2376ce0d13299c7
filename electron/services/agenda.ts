import type { Database } from 'better-sqlite3';
import type { AgendaItem, Decision, FollowUp } from '../../shared/domain/meeting';
import { fromRow, toColumns } from '../db/rows';
import { notFound } from '../errors';
import type { ProjectTools } from '../handlers/types';

type Row = Record<string, unknown>;

export function listAgenda(db: Database, meetingId: string): (AgendaItem & { decisions: Decision[] })[] {
  const items = (db.prepare('SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position, id').all(meetingId) as Row[]).map((r) => fromRow<AgendaItem>(r));
  const decisions = db.prepare('SELECT * FROM decisions WHERE agenda_item_id = ? ORDER BY position, id');
  return items.map((item) => ({ ...item, decisions: (decisions.all(item.id) as Row[]).map((r) => fromRow<Decision>(r)) }));
}

export function listFollowUps(db: Database, meetingId: string): FollowUp[] {
  return (db.prepare('SELECT * FROM follow_ups WHERE meeting_id = ? ORDER BY position, id').all(meetingId) as Row[]).map((r) => fromRow<FollowUp>(r));
}

function readItem(db: Database, id: string): AgendaItem {
  const row = db.prepare('SELECT * FROM agenda_items WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw notFound('agenda_item', id);
  return fromRow<AgendaItem>(row);
}

const nextPosition = (db: Database, sql: string, parent: string) =>
  ((db.prepare(sql).get(parent) as { p: number | null }).p ?? -1) + 1;

export function addAgendaItem(db: Database, meetingId: string, fields: { title: string; discussion?: string }, t: ProjectTools): AgendaItem {
  const id = t.newId();
  const position = nextPosition(db, 'SELECT max(position) AS p FROM agenda_items WHERE meeting_id = ?', meetingId);
  t.rec.insert('agenda_items', { id, meeting_id: meetingId, position, title: fields.title, discussion: fields.discussion ?? '' });
  return readItem(db, id);
}

export function updateAgendaItem(db: Database, id: string, patch: { title?: string; discussion?: string }, t: ProjectTools): AgendaItem {
  readItem(db, id);
  t.rec.update('agenda_items', id, toColumns(patch));
  return readItem(db, id);
}

/** Moves an item to a new place in the agenda; the others close ranks. */
export function moveAgendaItem(db: Database, id: string, toIndex: number, t: ProjectTools): { moved: true } {
  const item = readItem(db, id);
  const order = listAgenda(db, item.meetingId).map((i) => i.id).filter((x) => x !== id);
  order.splice(Math.max(0, Math.min(toIndex, order.length)), 0, id);
  order.forEach((itemId, position) => t.rec.update('agenda_items', itemId, { position }));
  return { moved: true };
}

export function deleteAgendaItem(db: Database, id: string, t: ProjectTools): { deleted: true } {
  readItem(db, id);
  for (const d of db.prepare('SELECT id FROM decisions WHERE agenda_item_id = ?').all(id) as { id: string }[]) t.rec.delete('decisions', d.id);
  for (const f of db.prepare('SELECT id FROM follow_ups WHERE agenda_item_id = ?').all(id) as { id: string }[]) t.rec.update('follow_ups', f.id, { agenda_item_id: null });
  t.rec.delete('agenda_items', id);
  return { deleted: true };
}

function readDecision(db: Database, id: string): Decision {
  const row = db.prepare('SELECT * FROM decisions WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw notFound('decision', id);
  return fromRow<Decision>(row);
}

export function addDecision(db: Database, agendaItemId: string, text: string, t: ProjectTools): Decision {
  readItem(db, agendaItemId);
  const id = t.newId();
  const position = nextPosition(db, 'SELECT max(position) AS p FROM decisions WHERE agenda_item_id = ?', agendaItemId);
  t.rec.insert('decisions', { id, agenda_item_id: agendaItemId, position, text });
  return readDecision(db, id);
}

export function updateDecision(db: Database, id: string, text: string, t: ProjectTools): Decision {
  readDecision(db, id);
  t.rec.update('decisions', id, { text });
  return readDecision(db, id);
}

export function deleteDecision(db: Database, id: string, t: ProjectTools): { deleted: true } {
  readDecision(db, id);
  t.rec.delete('decisions', id);
  return { deleted: true };
}

function readFollowUp(db: Database, id: string): FollowUp {
  const row = db.prepare('SELECT * FROM follow_ups WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw notFound('follow_up', id);
  return fromRow<FollowUp>(row);
}

export function addFollowUp(db: Database, meetingId: string, fields: { what: string; who?: string; due?: string; agendaItemId?: string | null }, t: ProjectTools): FollowUp {
  if (fields.agendaItemId) readItem(db, fields.agendaItemId);
  const id = t.newId();
  const position = nextPosition(db, 'SELECT max(position) AS p FROM follow_ups WHERE meeting_id = ?', meetingId);
  t.rec.insert('follow_ups', { id, meeting_id: meetingId, agenda_item_id: fields.agendaItemId ?? null, position, what: fields.what, who: fields.who ?? '', due: fields.due ?? '' });
  return readFollowUp(db, id);
}

export function updateFollowUp(db: Database, id: string, patch: { what?: string; who?: string; due?: string }, t: ProjectTools): FollowUp {
  readFollowUp(db, id);
  t.rec.update('follow_ups', id, toColumns(patch));
  return readFollowUp(db, id);
}

export function deleteFollowUp(db: Database, id: string, t: ProjectTools): { deleted: true } {
  readFollowUp(db, id);
  t.rec.delete('follow_ups', id);
  return { deleted: true };
}
