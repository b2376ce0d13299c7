import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../shared/domain/history';
import { inspectProjectFile } from '../db/projectFile';
import { AppError, notFound } from '../errors';
import { removeDbFile } from '../projectStore';
import type { ServiceContext } from './context';

export const BACKUPS_KEPT = 5;
type Reason = BackupInfo['reason'];
const NAME = /^(\d{8}T\d{9}Z)-(open|before-restore)\.klaster$/;

const stampOf = (iso: string) => iso.replace(/[-:.]/g, '');
const isoOf = (stamp: string) =>
  `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.${stamp.slice(15, 18)}Z`;

export function listBackups(ctx: ServiceContext, projectId: string): BackupInfo[] {
  const dir = ctx.workspace.backupDir(projectId);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((f) => ({ f, m: NAME.exec(f) }))
    .filter((x): x is { f: string; m: RegExpExecArray } => x.m !== null)
    .map(({ f, m }) => ({
      id: f.slice(0, -'.klaster'.length),
      createdAt: isoOf(m[1]!),
      reason: m[2] as Reason,
      sizeBytes: fs.statSync(path.join(dir, f)).size,
    }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** A consistent copy through SQLite's online backup API, then the oldest beyond five are dropped. */
export async function createBackup(ctx: ServiceContext, projectId: string, reason: Reason): Promise<BackupInfo> {
  const db = ctx.store.db(projectId);
  const dir = ctx.workspace.backupDir(projectId);
  fs.mkdirSync(dir, { recursive: true });
  let stamp = stampOf(ctx.now());
  // Two backups in the same millisecond would share a name; nudge the later one.
  while (fs.existsSync(path.join(dir, `${stamp}-${reason}.klaster`))) stamp = stampOf(new Date(Date.parse(isoOf(stamp)) + 1).toISOString());
  const file = path.join(dir, `${stamp}-${reason}.klaster`);
  await db.backup(file);
  for (const old of listBackups(ctx, projectId).slice(BACKUPS_KEPT)) {
    fs.rmSync(path.join(dir, `${old.id}.klaster`), { force: true });
  }
  return listBackups(ctx, projectId).find((b) => b.id === path.basename(file, '.klaster'))!;
}

/**
 * Replaces the project with a backup. The current state is backed up first, so a restore
 * chosen by mistake can itself be undone by restoring that newest copy.
 */
export async function restoreBackup(ctx: ServiceContext, projectId: string, backupId: string): Promise<void> {
  const backup = listBackups(ctx, projectId).find((b) => b.id === backupId);
  if (!backup) throw notFound('backup', backupId);
  const source = path.join(ctx.workspace.backupDir(projectId), `${backupId}.klaster`);
  const facts = inspectProjectFile(source, ctx.store.openOptions);
  if (facts.projectId !== projectId) {
    throw new AppError('invalid_state', 'backup_other_project', 'The backup belongs to another project');
  }
  const target = ctx.workspace.projectFile(projectId);
  // Staged before the safety backup, whose pruning may remove the chosen backup when it is the oldest.
  const staged = `${target}.restoring`;
  fs.copyFileSync(source, staged);
  await createBackup(ctx, projectId, 'before-restore');
  ctx.store.close(projectId);
  removeDbFile(target);
  fs.renameSync(staged, target);
  ctx.store.db(projectId);
}
