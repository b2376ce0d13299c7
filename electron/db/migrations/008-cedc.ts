import type { Migration } from './types';

// The letter and the decree are small documents edited as a whole: kept as JSON in one row.
export const migration008: Migration = {
  version: 8,
  name: 'cedc',
  up: (db) =>
    db.exec(`
      CREATE TABLE cedc (
        id TEXT PRIMARY KEY,
        committee_name TEXT NOT NULL,
        regional_head TEXT NOT NULL,
        region_name TEXT NOT NULL,
        regional_head_name TEXT NOT NULL DEFAULT '',
        letter TEXT NOT NULL,
        decree TEXT NOT NULL
      ) STRICT;
      CREATE TABLE cedc_members (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        institution TEXT NOT NULL,
        committee_position TEXT NOT NULL,
        official_position TEXT NOT NULL DEFAULT '',
        person TEXT NOT NULL DEFAULT '',
        stakeholder_id TEXT REFERENCES stakeholders (id)
      ) STRICT;
    `),
};
