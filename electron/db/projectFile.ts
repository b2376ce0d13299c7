import Database from 'better-sqlite3';
import fs from 'node:fs';
import { AppError } from '../errors';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { migrate } from './migrate';

/** 'KLST' in PRAGMA application_id marks a file as a Klaster project. */
export const KLASTER_APP_ID = 0x4b4c5354;

export interface OpenOptions {
  nativeBinding?: string;
}

// Messages never name the file: callers often check a private temporary copy.
const notAProject = (_file: string) =>
  new AppError('invalid_state', 'file_not_project', 'The file is not a Klaster Workbench project file');
const damaged = (_file: string) =>
  new AppError('invalid_state', 'file_damaged', 'The project file is damaged and cannot be opened');
const fromNewerVersion = (version: number) =>
  new AppError(
    'invalid_state',
    'file_newer_version',
    `The file was written by a newer version of Klaster Workbench (schema ${version}; this version reads up to ${LATEST_SCHEMA_VERSION})`,
    { fileVersion: version, supportedVersion: LATEST_SCHEMA_VERSION },
  );

export interface FileFacts {
  schemaVersion: number;
  projectId: string;
}

/**
 * Reads a project file read-only and refuses anything that is not a sound project of a version
 * this build understands. Never writes to the file.
 */
export function inspectProjectFile(file: string, opts: OpenOptions = {}): FileFacts {
  if (!fs.existsSync(file)) throw new AppError('not_found', 'file_missing', 'The file does not exist');
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: opts.nativeBinding });
  } catch {
    throw notAProject(file);
  }
  try {
    let appId: number;
    try {
      appId = db.pragma('application_id', { simple: true }) as number;
    } catch {
      throw notAProject(file);
    }
    if (appId !== KLASTER_APP_ID) throw notAProject(file);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) throw fromNewerVersion(version);
    let check: unknown;
    try {
      check = db.pragma('quick_check', { simple: true });
    } catch {
      throw damaged(file);
    }
    if (check !== 'ok') throw damaged(file);
    let row: { id: string } | undefined;
    try {
      row = db.prepare('SELECT id FROM project LIMIT 1').get() as { id: string } | undefined;
    } catch {
      throw damaged(file);
    }
    if (!row) throw damaged(file);
    return { schemaVersion: version, projectId: row.id };
  } finally {
    db.close();
  }
}

function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // NORMAL in WAL mode can lose the last commit on power loss but never corrupts the file.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
}

/** Creates a new, empty project file at the latest schema. */
export function createProjectFile(file: string, opts: OpenOptions = {}): Database.Database {
  if (fs.existsSync(file)) throw new AppError('conflict', 'file_exists', `${file} already exists`);
  const db = new Database(file, { nativeBinding: opts.nativeBinding });
  db.pragma(`application_id = ${KLASTER_APP_ID}`);
  applyPragmas(db);
  migrate(db);
  return db;
}

/** Opens an existing project for work: inspected first, then migrated to the latest schema. */
export function openProjectFile(file: string, opts: OpenOptions = {}): Database.Database {
  inspectProjectFile(file, opts);
  const db = new Database(file, { fileMustExist: true, nativeBinding: opts.nativeBinding });
  applyPragmas(db);
  migrate(db);
  return db;
}
