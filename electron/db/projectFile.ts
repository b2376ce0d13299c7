import Database from 'better-sqlite3';
import fs from 'node:fs';
import { AppError } from '../errors';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { migrate } from './migrate';
import { isSameSchema, schemaDifference } from './schemaCheck';
import { projectId } from '../../shared/domain/project';

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

const unexpectedSchema = (details: string) =>
  new AppError('invalid_state', 'file_unexpected_schema', `The file's structure was changed outside Klaster Workbench (${details})`);

/** Runs one read of a file that may be hostile; any failure of SQLite itself means damaged. */
function read<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw damaged(file);
  }
}

/**
 * Reads a project file read-only and refuses anything that is not a sound project of a version
 * this build understands, with the schema our migrations make. Never writes to the file.
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
      // Nothing stored in a file we did not check may run as trusted SQL.
      db.pragma('trusted_schema = OFF');
      appId = db.pragma('application_id', { simple: true }) as number;
    } catch {
      throw notAProject(file);
    }
    if (appId !== KLASTER_APP_ID) throw notAProject(file);
    const version = read(file, () => db.pragma('user_version', { simple: true }) as number);
    if (version > LATEST_SCHEMA_VERSION) throw fromNewerVersion(version);
    if (version <= 0) throw unexpectedSchema(`schema version ${version}`);
    // integrity_check, not quick_check: it also finds indexes that disagree with their tables.
    if (read(file, () => db.pragma('integrity_check', { simple: true })) !== 'ok') throw damaged(file);
    const diff = read(file, () => schemaDifference(db, version, opts.nativeBinding));
    if (!isSameSchema(diff)) {
      throw unexpectedSchema([...diff.unexpected.map((k) => `unknown ${k}`), ...diff.missing.map((k) => `missing ${k}`), ...diff.altered.map((k) => `altered ${k}`)].join(', '));
    }
    const rows = read(file, () => db.prepare('SELECT id FROM project LIMIT 2').all() as { id: unknown }[]);
    // The id names the file in the data folder: anything but one UUID could point elsewhere.
    if (rows.length !== 1 || !projectId.safeParse(rows[0]!.id).success) throw damaged(file);
    return { schemaVersion: version, projectId: rows[0]!.id as string };
  } finally {
    db.close();
  }
}

function applyPragmas(db: Database.Database): void {
  db.pragma('trusted_schema = OFF');
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // NORMAL in WAL mode can lose the last commit on power loss but never corrupts the file.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
}

/** Readies a connection for work; on any failure (a full disk) it is closed, never leaked. */
function readyForWork(db: Database.Database, first: () => void = () => {}): Database.Database {
  try {
    first();
    applyPragmas(db);
    migrate(db);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Creates a new, empty project file at the latest schema. */
export function createProjectFile(file: string, opts: OpenOptions = {}): Database.Database {
  if (fs.existsSync(file)) throw new AppError('conflict', 'file_exists', `${file} already exists`);
  const db = new Database(file, { nativeBinding: opts.nativeBinding });
  return readyForWork(db, () => db.pragma(`application_id = ${KLASTER_APP_ID}`));
}

/** Opens an existing project for work: inspected first, then migrated to the latest schema. */
export function openProjectFile(file: string, opts: OpenOptions = {}): Database.Database {
  inspectProjectFile(file, opts);
  return readyForWork(new Database(file, { fileMustExist: true, nativeBinding: opts.nativeBinding }));
}
