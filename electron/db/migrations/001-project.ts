import type { Migration } from './types';

export const migration001: Migration = {
  version: 1,
  name: 'project',
  up: (db) =>
    db.exec(`
      CREATE TABLE project (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        product TEXT NOT NULL DEFAULT '',
        regency TEXT NOT NULL DEFAULT '',
        province TEXT NOT NULL DEFAULT '',
        facilitator_name TEXT NOT NULL DEFAULT '',
        facilitator_office TEXT NOT NULL DEFAULT '',
        start_date TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `),
};
