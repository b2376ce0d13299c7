import type { Migration } from './types';

// The initiation plan (Stage 1): one row per activity, in the facilitator's order.
export const migration016: Migration = {
  version: 16,
  name: 'initiation-plan',
  up: (db) =>
    db.exec(`
      CREATE TABLE initiation_activities (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        start_date TEXT NOT NULL DEFAULT '',
        end_date TEXT NOT NULL DEFAULT '',
        output TEXT NOT NULL DEFAULT '',
        meeting_kind TEXT CHECK (meeting_kind IN ('kickoff', 'small_group', 'fgd1', 'fgd2', 'general', 'other')),
        budget INTEGER NOT NULL DEFAULT 0 CHECK (budget >= 0),
        funding TEXT NOT NULL DEFAULT 'apbd' CHECK (funding IN ('apbd', 'apbn', 'members', 'sponsor', 'other')),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `),
};
