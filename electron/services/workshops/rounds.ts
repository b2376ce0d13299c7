import type { Database } from 'better-sqlite3';
import type { Round } from '../../../shared/domain/workshop';
import { fromRow } from '../../db/rows';
import { AppError, notFound } from '../../errors';
import { nextPosition, readWorkshop } from './rows';

// The countdown timer of a round. Its state is live, like a clock on the wall: it is written
// straight to the table, NOT through the change log, so Ctrl+Z never "un-pauses" a timer and a
// pause never drops the redo stack of a real edit. The state is stored (not kept in memory) so a
// reload or a second window shows the same time left.
type Row = Record<string, unknown>;
type Stored = Omit<Round, 'remainingSeconds' | 'endsAt'>;

const secondsBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 1000;

/** Seconds left at `now`: the budget of the current stretch (left at the last pause, or the whole duration) minus what has run since. */
function remainingAt(r: Stored, now: string): number {
  const budget = r.pausedRemaining ?? r.durationSeconds;
  if (r.status !== 'running') return Math.max(0, budget);
  return Math.max(0, Math.ceil(budget - secondsBetween(r.startedAt, now)));
}

function withClock(r: Stored, now: string): Round {
  const budget = r.pausedRemaining ?? r.durationSeconds;
  const endsAt = r.status === 'running' ? new Date(Date.parse(r.startedAt) + budget * 1000).toISOString() : null;
  return { ...r, remainingSeconds: remainingAt(r, now), endsAt };
}

function readStored(db: Database, id: string): Stored {
  const row = db.prepare('SELECT * FROM workshop_rounds WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw notFound('round', id);
  return fromRow<Stored>(row);
}

export const readRound = (db: Database, id: string, now: string): Round => withClock(readStored(db, id), now);

export function listRounds(db: Database, workshopId: string, now: string): Round[] {
  readWorkshop(db, workshopId);
  return (db.prepare('SELECT * FROM workshop_rounds WHERE workshop_id = ? ORDER BY position').all(workshopId) as Row[])
    .map((r) => withClock(fromRow<Stored>(r), now));
}

/** The latest round, whatever its state: the timer the workshop screen shows. */
export function currentRound(db: Database, workshopId: string, now: string): Round | null {
  const row = db.prepare('SELECT * FROM workshop_rounds WHERE workshop_id = ? ORDER BY position DESC LIMIT 1').get(workshopId) as Row | undefined;
  return row ? withClock(fromRow<Stored>(row), now) : null;
}

function write(db: Database, id: string, patch: Partial<Record<'started_at' | 'paused_remaining' | 'status' | 'ended_at' | 'duration_seconds', unknown>>): void {
  const cols = Object.keys(patch);
  db.prepare(`UPDATE workshop_rounds SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run({ ...patch, id });
}

function expect(r: Stored, allowed: Round['status'][], action: string): void {
  if (!allowed.includes(r.status)) {
    throw new AppError('invalid_state', 'workshop_round_state', `Cannot ${action} a round that is ${r.status}`, { status: r.status, action });
  }
}

function finishStored(db: Database, r: Stored, now: string): void {
  write(db, r.id, { status: 'done', paused_remaining: remainingAt(r, now), ended_at: now });
}

/** A new round starts at once; a round still open is finished first (one timer per wall). */
export function startRound(db: Database, workshopId: string, input: { label?: string; durationSeconds: number }, id: string, now: string): Round {
  readWorkshop(db, workshopId);
  const open = db.prepare("SELECT * FROM workshop_rounds WHERE workshop_id = ? AND status != 'done'").all(workshopId) as Row[];
  for (const r of open) finishStored(db, fromRow<Stored>(r), now);
  const position = nextPosition(db, 'SELECT max(position) AS p FROM workshop_rounds WHERE workshop_id = ?', workshopId);
  db.prepare(`INSERT INTO workshop_rounds (id, workshop_id, position, label, duration_seconds, started_at, paused_remaining, status)
    VALUES (?, ?, ?, ?, ?, ?, NULL, 'running')`).run(id, workshopId, position, input.label ?? '', input.durationSeconds, now);
  return readRound(db, id, now);
}

export function pauseRound(db: Database, id: string, now: string): Round {
  const r = readStored(db, id);
  expect(r, ['running'], 'pause');
  write(db, id, { status: 'paused', paused_remaining: remainingAt(r, now) });
  return readRound(db, id, now);
}

/** The stretch after a pause starts now with what was left at the pause. */
export function resumeRound(db: Database, id: string, now: string): Round {
  const r = readStored(db, id);
  expect(r, ['paused'], 'resume');
  write(db, id, { status: 'running', started_at: now });
  return readRound(db, id, now);
}

/** "+N minutes" counts from now even when the time had already run out. */
export function extendRound(db: Database, id: string, minutes: number, now: string): Round {
  const r = readStored(db, id);
  expect(r, ['running', 'paused'], 'extend');
  const extra = minutes * 60;
  write(db, id, { duration_seconds: r.durationSeconds + extra, paused_remaining: remainingAt(r, now) + extra, started_at: r.status === 'running' ? now : r.startedAt });
  return readRound(db, id, now);
}

export function finishRound(db: Database, id: string, now: string): Round {
  const r = readStored(db, id);
  expect(r, ['running', 'paused'], 'finish');
  finishStored(db, r, now);
  return readRound(db, id, now);
}
