import type { Database } from 'better-sqlite3';
import type { Card, CardGroup, Participant, Score, Vote, Workshop } from '../../../shared/domain/workshop';
import { fromRow } from '../../db/rows';
import { AppError, notFound } from '../../errors';

// Reading the rows of the workshop tables as domain objects, and the checks every writer needs
// (does it exist, does it belong to this workshop).
type Row = Record<string, unknown>;

export const ids = (db: Database, sql: string, ...args: unknown[]): string[] =>
  (db.prepare(sql).all(...args) as { id: string }[]).map((r) => r.id);

export function readWorkshop(db: Database, id: string): Workshop {
  const row = db.prepare('SELECT * FROM workshops WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw notFound('workshop', id);
  return fromRow<Workshop>(row, ['privateWriting'], ['rules']);
}

// The author as shown: the participant's current name wins over a typed name.
const CARD_SELECT = `SELECT c.*, coalesce(p.name, nullif(c.author_name, '')) AS author
  FROM workshop_cards c LEFT JOIN workshop_participants p ON p.id = c.author_participant_id`;

export function readCard(db: Database, id: string): Card {
  const row = db.prepare(`${CARD_SELECT} WHERE c.id = ?`).get(id) as Row | undefined;
  if (!row) throw notFound('card', id);
  return fromRow<Card>(row, ['hidden', 'withheld']);
}

/** Cards in wall order: the ungrouped pile first, then group by group, each in its own order. */
export function listCards(db: Database, workshopId: string): Card[] {
  const rows = db.prepare(`${CARD_SELECT} LEFT JOIN workshop_groups g ON g.id = c.group_id
    WHERE c.workshop_id = ? ORDER BY g.position IS NOT NULL, g.position, c.position, c.created_at`).all(workshopId) as Row[];
  return rows.map((r) => fromRow<Card>(r, ['hidden', 'withheld']));
}

export function readGroup(db: Database, id: string): CardGroup {
  const row = db.prepare('SELECT * FROM workshop_groups WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw notFound('card_group', id);
  return fromRow<CardGroup>(row);
}

export function listGroups(db: Database, workshopId: string): CardGroup[] {
  return (db.prepare('SELECT * FROM workshop_groups WHERE workshop_id = ? ORDER BY position, id').all(workshopId) as Row[])
    .map((r) => fromRow<CardGroup>(r));
}

export function readParticipant(db: Database, id: string): Participant {
  const row = db.prepare('SELECT * FROM workshop_participants WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw notFound('participant', id);
  return fromRow<Participant>(row);
}

export function listParticipants(db: Database, workshopId: string): Participant[] {
  return (db.prepare('SELECT * FROM workshop_participants WHERE workshop_id = ? ORDER BY position, id').all(workshopId) as Row[])
    .map((r) => fromRow<Participant>(r));
}

export const listVotes = (db: Database, workshopId: string): Vote[] =>
  (db.prepare('SELECT * FROM workshop_votes WHERE workshop_id = ? ORDER BY target_id, participant_id').all(workshopId) as Row[])
    .map((r) => fromRow<Vote>(r));

export const listScores = (db: Database, workshopId: string): Score[] =>
  (db.prepare('SELECT * FROM workshop_scores WHERE workshop_id = ?').all(workshopId) as Row[]).map((r) => fromRow<Score>(r));

/** Refuses ids from another workshop: a card can only be moved, merged or voted within its wall. */
export function sameWorkshop(what: string, id: string, actual: string, expected: string): void {
  if (actual !== expected) {
    throw new AppError('invalid_input', 'workshop_mismatch', `The ${what} ${id} belongs to another workshop`, { what, id });
  }
}

/** Refuses a card or group that does not exist or is not on this workshop's wall. */
export function checkTarget(db: Database, workshopId: string, targetType: 'card' | 'group', targetId: string): void {
  const owner = targetType === 'card' ? readCard(db, targetId).workshopId : readGroup(db, targetId).workshopId;
  sameWorkshop(targetType, targetId, owner, workshopId);
}

/** One past the last position under a parent (the next free place at the end). */
export function nextPosition(db: Database, sql: string, ...args: unknown[]): number {
  return ((db.prepare(sql).get(...args) as { p: number | null }).p ?? -1) + 1;
}
