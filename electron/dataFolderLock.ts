import fs from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { AppError } from './errors';

/** A crashed holder's lock counts as abandoned after this long. */
export const LOCK_STALE_MS = 15_000;

/**
 * One process per data folder. Two hosts on one folder would each keep their own view of the
 * index and of open project files, and acknowledge edits into files the other has replaced.
 * Returns the release function; a second process gets `data_folder_in_use`.
 */
export function lockDataFolder(dataDir: string, log: (e: unknown) => void = console.error): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    return lockfile.lockSync(dataDir, {
      lockfilePath: path.join(dataDir, 'workspace.lock'),
      stale: LOCK_STALE_MS,
      // The default throws from a timer and would end the process; keep working and say so.
      onCompromised: (e) => log(e),
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ELOCKED') throw e;
    throw new AppError(
      'conflict',
      'data_folder_in_use',
      `The data folder ${dataDir} is in use by another Klaster Workbench; close it first (a crashed one frees the folder after ${LOCK_STALE_MS / 1000} s)`,
      { dataDir, seconds: LOCK_STALE_MS / 1000 },
    );
  }
}
