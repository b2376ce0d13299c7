import type { Migration } from './types';

// The election of FGD-2 and the board it produces. JSON columns keep small lists (tallies,
// agreed ids, reopen reasons) with their row, so one change-log entry restores them whole.
export const migration006: Migration = {
  version: 6,
  name: 'organisation',
  up: (db) =>
    db.exec(`
      CREATE TABLE organisation (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        seat TEXT NOT NULL DEFAULT '',
        founding_date TEXT NOT NULL DEFAULT '',
        term_years INTEGER,
        announced_meeting_id TEXT REFERENCES meetings (id),
        announced_at TEXT
      ) STRICT;
      CREATE TABLE election_settings (
        id TEXT PRIMARY KEY REFERENCES meetings (id),
        quorum_rule TEXT NOT NULL DEFAULT 'more_than_half'
      ) STRICT;
      CREATE TABLE election_positions (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings (id),
        sort_order INTEGER NOT NULL,
        key TEXT NOT NULL,
        title TEXT NOT NULL,
        seats INTEGER NOT NULL CHECK (seats >= 1),
        method TEXT NOT NULL DEFAULT 'vote',
        ballot TEXT NOT NULL DEFAULT 'secret',
        status TEXT NOT NULL DEFAULT 'open',
        confirmed_at TEXT,
        agreed TEXT NOT NULL DEFAULT '[]',
        agreement_note TEXT NOT NULL DEFAULT '',
        reopen_log TEXT NOT NULL DEFAULT '[]'
      ) STRICT;
      CREATE INDEX election_positions_meeting ON election_positions (meeting_id, sort_order);
      CREATE TABLE election_candidates (
        id TEXT PRIMARY KEY,
        position_id TEXT NOT NULL REFERENCES election_positions (id),
        attendee_id TEXT NOT NULL REFERENCES attendees (id),
        UNIQUE (position_id, attendee_id)
      ) STRICT;
      CREATE TABLE election_rounds (
        id TEXT PRIMARY KEY,
        position_id TEXT NOT NULL REFERENCES election_positions (id),
        number INTEGER NOT NULL,
        candidate_ids TEXT NOT NULL,
        tallies TEXT NOT NULL,
        invalid INTEGER NOT NULL DEFAULT 0,
        blank INTEGER NOT NULL DEFAULT 0,
        voters_present INTEGER NOT NULL,
        open_votes TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE board_members (
        id TEXT PRIMARY KEY,
        position_id TEXT NOT NULL REFERENCES election_positions (id),
        sort_order INTEGER NOT NULL,
        position_title TEXT NOT NULL,
        attendee_id TEXT REFERENCES attendees (id),
        stakeholder_id TEXT REFERENCES stakeholders (id),
        name TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        term_start TEXT NOT NULL DEFAULT '',
        term_end TEXT NOT NULL DEFAULT ''
      ) STRICT;
    `),
};
