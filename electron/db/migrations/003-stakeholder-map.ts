import type { Migration } from './types';

// Ties reference stakeholders without ON DELETE CASCADE on purpose: the service deletes ties
// through the change log first, so that undoing a deletion brings them back too.
export const migration003: Migration = {
  version: 3,
  name: 'stakeholder-map',
  up: (db) =>
    db.exec(`
      CREATE TABLE small_groups (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        area TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE stakeholders (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        village TEXT NOT NULL DEFAULT '',
        district TEXT NOT NULL DEFAULT '',
        core_business TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        small_group_id TEXT REFERENCES small_groups (id),
        group_leader INTEGER NOT NULL DEFAULT 0 CHECK (group_leader IN (0, 1)),
        cluster_member INTEGER NOT NULL DEFAULT 0 CHECK (cluster_member IN (0, 1)),
        interest INTEGER CHECK (interest BETWEEN 1 AND 5),
        influence INTEGER CHECK (influence BETWEEN 1 AND 5),
        notes TEXT NOT NULL DEFAULT '',
        pos_x REAL,
        pos_y REAL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX stakeholders_group ON stakeholders (small_group_id);
      CREATE TABLE relations (
        id TEXT PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES stakeholders (id),
        target_id TEXT NOT NULL REFERENCES stakeholders (id),
        kind TEXT NOT NULL,
        formality TEXT NOT NULL,
        strength INTEGER NOT NULL CHECK (strength BETWEEN 1 AND 3),
        mutual INTEGER NOT NULL DEFAULT 0 CHECK (mutual IN (0, 1)),
        since TEXT,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        CHECK (source_id <> target_id),
        UNIQUE (source_id, target_id, kind)
      ) STRICT;
      CREATE INDEX relations_target ON relations (target_id);
      CREATE TABLE snapshots (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        taken_at TEXT NOT NULL,
        data TEXT NOT NULL
      ) STRICT;
    `),
};
