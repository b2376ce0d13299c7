import type { Database } from 'better-sqlite3';

type Row = Record<string, unknown>;
const IDENT = /^[a-z_][a-z0-9_]*$/;
/** Actions kept for undo; older ones are pruned so the log cannot grow without bound. */
export const MAX_UNDO_STEPS = 500;

function ident(name: string): string {
  if (!IDENT.test(name)) throw new Error(`Bad SQL identifier: ${name}`);
  return name;
}

function readRow(db: Database, table: string, id: string): Row | undefined {
  return db.prepare(`SELECT * FROM ${ident(table)} WHERE id = ?`).get(id) as Row | undefined;
}

function insertRow(db: Database, table: string, row: Row): void {
  const cols = Object.keys(row).map(ident);
  db.prepare(
    `INSERT INTO ${ident(table)} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
  ).run(row);
}

function updateRow(db: Database, table: string, id: string, patch: Row): void {
  const cols = Object.keys(patch).filter((c) => c !== 'id').map(ident);
  if (cols.length === 0) return;
  db.prepare(`UPDATE ${ident(table)} SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run({
    ...patch,
    id,
  });
}

function deleteRow(db: Database, table: string, id: string): void {
  db.prepare(`DELETE FROM ${ident(table)} WHERE id = ?`).run(id);
}

/**
 * Writes rows and records each change with its before and after image, so that every feature
 * gets undo and redo from the same log. Services must write through this for undoable actions;
 * a cascade done by SQLite itself would not be recorded, so delete dependants explicitly.
 */
export class ChangeRecorder {
  private count = 0;
  constructor(
    private readonly db: Database,
    private readonly actionId: number,
  ) {}

  get changed(): boolean {
    return this.count > 0;
  }

  private log(table: string, id: string, before: Row | undefined, after: Row | undefined): void {
    // Action 0: a method that is deliberately not undoable (e.g. locking an election result).
    if (this.actionId === 0) return;
    this.db
      .prepare('INSERT INTO changes (action_id, table_name, row_id, before, after) VALUES (?, ?, ?, ?, ?)')
      .run(this.actionId, table, id, before ? JSON.stringify(before) : null, after ? JSON.stringify(after) : null);
    this.count++;
  }

  insert(table: string, row: Row & { id: string }): void {
    insertRow(this.db, table, row);
    this.log(table, row.id, undefined, readRow(this.db, table, row.id));
  }

  update(table: string, id: string, patch: Row): void {
    const before = readRow(this.db, table, id);
    if (!before) throw new Error(`${table} ${id} does not exist`);
    updateRow(this.db, table, id, patch);
    const after = readRow(this.db, table, id);
    if (JSON.stringify(before) !== JSON.stringify(after)) this.log(table, id, before, after);
  }

  delete(table: string, id: string): void {
    const before = readRow(this.db, table, id);
    if (!before) return;
    deleteRow(this.db, table, id);
    this.log(table, id, before, undefined);
  }
}

interface ChangeRow {
  table_name: string;
  row_id: string;
  before: string | null;
  after: string | null;
}

/** Puts the rows of one change into the state given by `image` (before for undo, after for redo). */
function applyImage(db: Database, change: ChangeRow, image: string | null): void {
  const current = readRow(db, change.table_name, change.row_id);
  if (image === null) {
    if (current) deleteRow(db, change.table_name, change.row_id);
    return;
  }
  const row = JSON.parse(image) as Row;
  if (current) updateRow(db, change.table_name, change.row_id, row);
  else insertRow(db, change.table_name, row);
}

export function beginAction(db: Database, method: string, now: string): number {
  // A new step makes the redo stack meaningless: drop it.
  db.prepare('DELETE FROM actions WHERE undone = 1').run();
  const id = Number(db.prepare('INSERT INTO actions (method, created_at) VALUES (?, ?)').run(method, now).lastInsertRowid);
  db.prepare('DELETE FROM actions WHERE id <= ?').run(id - MAX_UNDO_STEPS);
  return id;
}

export function dropAction(db: Database, actionId: number): void {
  db.prepare('DELETE FROM actions WHERE id = ?').run(actionId);
}

function changesOf(db: Database, actionId: number, order: 'ASC' | 'DESC'): ChangeRow[] {
  return db
    .prepare(`SELECT table_name, row_id, before, after FROM changes WHERE action_id = ? ORDER BY id ${order}`)
    .all(actionId) as ChangeRow[];
}

/** Reverts the latest action that is not undone; returns its method name or null. */
export function undoLast(db: Database): string | null {
  const action = db.prepare('SELECT id, method FROM actions WHERE undone = 0 ORDER BY id DESC LIMIT 1').get() as
    | { id: number; method: string }
    | undefined;
  if (!action) return null;
  for (const change of changesOf(db, action.id, 'DESC')) applyImage(db, change, change.before);
  db.prepare('UPDATE actions SET undone = 1 WHERE id = ?').run(action.id);
  return action.method;
}

/** Re-applies the earliest undone action; returns its method name or null. */
export function redoNext(db: Database): string | null {
  const action = db.prepare('SELECT id, method FROM actions WHERE undone = 1 ORDER BY id ASC LIMIT 1').get() as
    | { id: number; method: string }
    | undefined;
  if (!action) return null;
  for (const change of changesOf(db, action.id, 'ASC')) applyImage(db, change, change.after);
  db.prepare('UPDATE actions SET undone = 0 WHERE id = ?').run(action.id);
  return action.method;
}

export function historyOf(db: Database) {
  const undo = db.prepare('SELECT method FROM actions WHERE undone = 0 ORDER BY id DESC LIMIT 1').get() as
    | { method: string }
    | undefined;
  const redo = db.prepare('SELECT method FROM actions WHERE undone = 1 ORDER BY id ASC LIMIT 1').get() as
    | { method: string }
    | undefined;
  return {
    canUndo: !!undo,
    canRedo: !!redo,
    undoLabel: undo?.method ?? null,
    redoLabel: redo?.method ?? null,
  };
}
