import type { Database } from 'better-sqlite3';
import { migrations } from './migrations';

/** Runs every migration newer than the file's user_version, each in its own transaction. */
export function migrate(db: Database, upTo = Infinity): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const m of migrations) {
    if (m.version <= current || m.version > upTo) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
