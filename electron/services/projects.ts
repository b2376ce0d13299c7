import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { emptyDetails, type Project, type ProjectDetails } from '../../shared/domain/project';
import { MAX_PROJECT_FILE_BYTES, PROJECT_FILE_MIME, type BinaryFile } from '../../shared/domain/files';
import type { ChangeRecorder } from '../db/changeLog';
import { inspectProjectFile, openProjectFile } from '../db/projectFile';
import { AppError } from '../errors';
import { removeDbFile } from '../projectStore';
import { createBackup } from './backups';
import type { ServiceContext } from './context';
import { readProject, summaryOf, toColumns } from './projectRows';

function insertProject(db: Database, id: string, details: ProjectDetails, now: string): void {
  db.prepare(
    `INSERT INTO project (id, name, product, regency, province, facilitator_name, facilitator_office,
       start_date, notes, created_at, updated_at)
     VALUES (@id, @name, @product, @regency, @province, @facilitator_name, @facilitator_office,
       @start_date, @notes, @now, @now)`,
  ).run({ id, now, ...toColumns(details) });
}

export function registerInIndex(ctx: ServiceContext, project: Project, opened = false): void {
  ctx.workspace.upsert({ ...summaryOf(project), ...(opened ? { openedAt: ctx.now() } : {}) });
}

/** Forgets a project that could not be made whole (a full disk, a failed copy): no orphan file stays. */
function discard(ctx: ServiceContext, id: string): void {
  try {
    ctx.store.close(id);
  } catch {
    // Closing a half-made file may fail too; it is removed below all the same.
  }
  removeDbFile(ctx.workspace.projectFile(id));
}

/** Runs the steps that make a new project file and index it; on any failure the file goes. */
function whole<T>(ctx: ServiceContext, id: string, steps: () => T): T {
  try {
    return steps();
  } catch (e) {
    discard(ctx, id);
    throw e;
  }
}

export function createProject(ctx: ServiceContext, input: Partial<ProjectDetails> & { name: string }): Project {
  const id = ctx.newId();
  const db = ctx.store.create(id);
  return whole(ctx, id, () => {
    db.transaction(() => insertProject(db, id, { ...emptyDetails, ...input }, ctx.now()))();
    const project = readProject(db);
    registerInIndex(ctx, project, true);
    return project;
  });
}

export function listProjects(ctx: ServiceContext) {
  const recent = (p: { openedAt: string | null; updatedAt: string }) => p.openedAt ?? p.updatedAt;
  return ctx.workspace.list().sort((a, b) => recent(b).localeCompare(recent(a)));
}

/** Opening is the moment to take the rolling backup: before any edit of this sitting. */
export async function openProject(ctx: ServiceContext, projectId: string): Promise<Project> {
  const db = ctx.store.db(projectId);
  await createBackup(ctx, projectId, 'open');
  const project = readProject(db);
  registerInIndex(ctx, project, true);
  return project;
}

export function updateProject(db: Database, input: Partial<ProjectDetails>, rec: ChangeRecorder, now: string): Project {
  const row = db.prepare('SELECT * FROM project LIMIT 1').get() as Record<string, unknown> & { id: string };
  const columns = toColumns(input);
  const changed = Object.entries(columns).some(([col, value]) => row[col] !== value);
  // Saving an unchanged form must not leave an empty undo step behind.
  if (changed) rec.update('project', row.id, { ...columns, updated_at: now });
  return readProject(db);
}

export function deleteProject(ctx: ServiceContext, projectId: string): void {
  ctx.store.db(projectId); // refuses an unknown id with not_found
  ctx.store.close(projectId);
  removeDbFile(ctx.workspace.projectFile(projectId));
  fs.rmSync(ctx.workspace.backupDir(projectId), { recursive: true, force: true });
  ctx.workspace.remove(projectId);
}

/** Gives a copied file its own identity; its undo history belongs to the original. */
function adoptCopy(db: Database, newId: string, name: string | undefined, now: string): void {
  db.transaction(() => {
    db.prepare('UPDATE project SET id = ?, name = coalesce(?, name), created_at = ?, updated_at = ?').run(newId, name ?? null, now, now);
    db.prepare('DELETE FROM actions').run();
  })();
}

export async function duplicateProject(ctx: ServiceContext, projectId: string, name?: string): Promise<Project> {
  const source = ctx.store.db(projectId);
  const id = ctx.newId();
  const file = ctx.workspace.projectFile(id);
  try {
    await source.backup(file);
  } catch (e) {
    removeDbFile(file);
    throw e;
  }
  return whole(ctx, id, () => {
    const db = openProjectFile(file, ctx.store.openOptions);
    try {
      adoptCopy(db, id, name ?? `${readProject(source).name} (copy)`, ctx.now());
    } finally {
      db.close();
    }
    const project = readProject(ctx.store.db(id));
    registerInIndex(ctx, project);
    return project;
  });
}

export async function exportProjectFile(ctx: ServiceContext, projectId: string): Promise<BinaryFile> {
  const db = ctx.store.db(projectId);
  const tmp = path.join(ctx.workspace.tmpDir, `${ctx.newId()}.klaster`);
  try {
    await db.backup(tmp);
    // A carried copy should be a single self-contained file, not one that needs a -wal beside it.
    const copy = openProjectFile(tmp, ctx.store.openOptions);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    const base = readProject(db).name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'proyek';
    return { fileName: `${base}.klaster`, mimeType: PROJECT_FILE_MIME, base64: fs.readFileSync(tmp).toString('base64') };
  } finally {
    removeDbFile(tmp);
  }
}

/**
 * Brings a carried project file into the workspace as a copy. The file is checked on a private
 * copy, so a damaged, foreign or newer file is refused and nothing is written to the workspace.
 */
export function importProjectFile(ctx: ServiceContext, input: { fileName: string; base64: string }): Project {
  const bytes = Buffer.from(input.base64, 'base64');
  if (bytes.length === 0 || bytes.length > MAX_PROJECT_FILE_BYTES) {
    throw new AppError('invalid_input', 'file_not_project', 'The file is not a Klaster Workbench project file');
  }
  const tmp = path.join(ctx.workspace.tmpDir, `${ctx.newId()}.klaster`);
  fs.writeFileSync(tmp, bytes);
  try {
    const facts = inspectProjectFile(tmp, ctx.store.openOptions);
    const db = openProjectFile(tmp, ctx.store.openOptions);
    // A file whose id is already here (the same project carried back, or a crafted copy of
    // another one) comes in under a fresh id: it never replaces a live project.
    const id = ctx.workspace.has(facts.projectId) ? ctx.newId() : facts.projectId;
    try {
      if (id !== facts.projectId) adoptCopy(db, id, undefined, ctx.now());
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    removeDbFile(`${tmp}-journal`);
    fs.renameSync(tmp, ctx.workspace.projectFile(id));
    return whole(ctx, id, () => {
      const project = readProject(ctx.store.db(id));
      registerInIndex(ctx, project, true);
      return project;
    });
  } finally {
    removeDbFile(tmp);
  }
}
