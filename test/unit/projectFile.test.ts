import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/db/migrate';
import { LATEST_SCHEMA_VERSION } from '../../electron/db/migrations';
import { createProjectFile, inspectProjectFile, KLASTER_APP_ID, openProjectFile } from '../../electron/db/projectFile';
import { AppError } from '../../electron/errors';
import { fileHash, tempDir } from './helpers';

function reasonOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e.reason;
    throw e;
  }
  return 'accepted';
}

/** A project file stopped at an older schema, as an earlier release would have left it. */
function fileAtVersion(file: string, version: number): void {
  const db = new Database(file);
  db.pragma(`application_id = ${KLASTER_APP_ID}`);
  migrate(db, version);
  db.prepare(`INSERT INTO project (id, name, created_at, updated_at) VALUES ('6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b', 'Klaster Tahu', 'x', 'x')`).run();
  db.close();
}

describe('project files', () => {
  it('are created at the latest schema, marked as Klaster files, in WAL mode with foreign keys', () => {
    const db = createProjectFile(path.join(tempDir(), 'a.klaster'));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(KLASTER_APP_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('migrate from every earlier version and keep their data', () => {
    for (let version = 1; version < LATEST_SCHEMA_VERSION; version++) {
      const file = path.join(tempDir(), `v${version}.klaster`);
      fileAtVersion(file, version);
      const db = openProjectFile(file);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(db.prepare('SELECT name FROM project').get()).toEqual({ name: 'Klaster Tahu' });
      db.close();
    }
  });

  it('refuse a file that is not a database, and leave it untouched', () => {
    const file = path.join(tempDir(), 'notes.klaster');
    fs.writeFileSync(file, 'Daftar hadir rapat\n'.repeat(200));
    const before = fileHash(file);
    expect(reasonOf(() => openProjectFile(file))).toBe('file_not_project');
    expect(fileHash(file)).toBe(before);
  });

  it('refuse a SQLite database of another application', () => {
    const file = path.join(tempDir(), 'other.klaster');
    const db = new Database(file);
    db.exec('CREATE TABLE t (x)');
    db.close();
    expect(reasonOf(() => openProjectFile(file))).toBe('file_not_project');
  });

  it('refuse a file from a newer version without changing it', () => {
    const file = path.join(tempDir(), 'newer.klaster');
    fileAtVersion(file, LATEST_SCHEMA_VERSION);
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 7}`);
    db.close();
    const before = fileHash(file);
    let error: AppError | undefined;
    try {
      openProjectFile(file);
    } catch (e) {
      error = e as AppError;
    }
    expect(error?.reason).toBe('file_newer_version');
    expect(error?.params).toEqual({ fileVersion: LATEST_SCHEMA_VERSION + 7, supportedVersion: LATEST_SCHEMA_VERSION });
    expect(fileHash(file)).toBe(before);
  });

  it('refuse a damaged file', () => {
    const file = path.join(tempDir(), 'damaged.klaster');
    fileAtVersion(file, LATEST_SCHEMA_VERSION);
    const bytes = fs.readFileSync(file);
    // Keep the header (so it still looks like ours) but scribble over the pages after it.
    bytes.fill(0xa5, 4096 + 100, 4096 + 3000);
    bytes.fill(0x5a, 2 * 4096, bytes.length - 1);
    fs.writeFileSync(file, bytes);
    expect(['file_damaged', 'file_not_project']).toContain(reasonOf(() => inspectProjectFile(file)));
  });

  it('refuse a truncated file', () => {
    const file = path.join(tempDir(), 'short.klaster');
    fileAtVersion(file, LATEST_SCHEMA_VERSION);
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, 5000));
    expect(['file_damaged', 'file_not_project']).toContain(reasonOf(() => inspectProjectFile(file)));
  });
});
