import type { Migration } from './types';

// One log for every feature: an action groups the row changes of one user step.
export const migration002: Migration = {
  version: 2,
  name: 'change-log',
  up: (db) =>
    db.exec(`
      CREATE TABLE actions (
        id INTEGER PRIMARY KEY,
        method TEXT NOT NULL,
        created_at TEXT NOT NULL,
        undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
      ) STRICT;
      CREATE INDEX actions_undone ON actions (undone, id);
      CREATE TABLE changes (
        id INTEGER PRIMARY KEY,
        action_id INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        before TEXT,
        after TEXT
      ) STRICT;
      CREATE INDEX changes_action ON changes (action_id, id);
    `),
};
