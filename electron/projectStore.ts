import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import { createProjectFile, openProjectFile, type OpenOptions } from './db/projectFile';
import { notFound } from './errors';
import type { Workspace } from './workspace';

/** Keeps one open connection per project file for the life of the process. */
export class ProjectStore {
  private readonly open = new Map<string, Database>();

  constructor(
    private readonly workspace: Workspace,
    private readonly opts: OpenOptions,
  ) {}

  get openOptions(): OpenOptions {
    return this.opts;
  }

  db(projectId: string): Database {
    const existing = this.open.get(projectId);
    if (existing) return existing;
    const file = this.workspace.projectFile(projectId);
    if (!fs.existsSync(file)) throw notFound('project', projectId);
    const db = openProjectFile(file, this.opts);
    this.open.set(projectId, db);
    return db;
  }

  /** A new project file; if it cannot be made whole (a full disk), nothing is left behind. */
  create(projectId: string): Database {
    const file = this.workspace.projectFile(projectId);
    try {
      const db = createProjectFile(file, this.opts);
      this.open.set(projectId, db);
      return db;
    } catch (e) {
      if ((e as { reason?: string }).reason !== 'file_exists') removeDbFile(file);
      throw e;
    }
  }

  /** Closes the connection and folds the WAL into the main file, so the file can be copied or replaced. */
  close(projectId: string): void {
    const db = this.open.get(projectId);
    if (!db) return;
    this.open.delete(projectId);
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      // Without the checkpoint (a full disk) the WAL stays beside the file and is read next time.
      db.close();
    }
  }

  closeAll(): void {
    const errors: unknown[] = [];
    for (const id of [...this.open.keys()]) {
      try {
        this.close(id);
      } catch (e) {
        errors.push(e);
      }
    }
    if (errors.length) throw errors[0];
  }
}

/** Removes a project file together with its WAL companions. */
export function removeDbFile(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}
