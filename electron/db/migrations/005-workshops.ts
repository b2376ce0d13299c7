import type { Migration } from './types';

// Children reference their workshop without cascades: services delete them through the change
// log, so one undo of a deleted workshop brings back its cards, groups and dots.
// Loose links (no REFERENCES), each for a reason:
// - participants.stakeholder_id: taking part in a workshop must never block deleting a stakeholder;
//   the name is copied so the results stay readable.
// - votes/scores.target_id: points at a card or a group (target_type says which).
// - rounds.workshop_id: the timer is written outside the change log, so undoing the creation of a
//   workshop may leave a round behind; a foreign key would make that undo fail.
// A score's halves are nullable: one may be set while the group still discusses the other.
export const migration005: Migration = {
  version: 5,
  name: 'workshops',
  up: (db) =>
    db.exec(`
      CREATE TABLE workshops (
        id TEXT PRIMARY KEY,
        template TEXT NOT NULL,
        theme TEXT NOT NULL,
        date TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        facilitator TEXT NOT NULL DEFAULT '',
        rules TEXT NOT NULL,
        dots_per_participant INTEGER NOT NULL DEFAULT 3,
        decision TEXT NOT NULL DEFAULT 'dots',
        rank_target TEXT NOT NULL DEFAULT 'group',
        cut_line INTEGER,
        private_writing INTEGER NOT NULL DEFAULT 0 CHECK (private_writing IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE workshop_participants (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id),
        stakeholder_id TEXT,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX workshop_participants_workshop ON workshop_participants (workshop_id, position);
      CREATE TABLE workshop_groups (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id),
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        colour TEXT NOT NULL,
        fixed_key TEXT
      ) STRICT;
      CREATE INDEX workshop_groups_workshop ON workshop_groups (workshop_id, position);
      CREATE TABLE workshop_cards (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id),
        group_id TEXT REFERENCES workshop_groups (id),
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        author_participant_id TEXT REFERENCES workshop_participants (id),
        author_name TEXT NOT NULL DEFAULT '',
        colour TEXT NOT NULL,
        hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX workshop_cards_place ON workshop_cards (workshop_id, group_id, position);
      CREATE INDEX workshop_cards_group ON workshop_cards (group_id);
      CREATE TABLE workshop_votes (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id),
        target_type TEXT NOT NULL CHECK (target_type IN ('card', 'group')),
        target_id TEXT NOT NULL,
        participant_id TEXT REFERENCES workshop_participants (id),
        dots INTEGER NOT NULL CHECK (dots > 0)
      ) STRICT;
      CREATE INDEX workshop_votes_target ON workshop_votes (target_id, participant_id);
      CREATE INDEX workshop_votes_workshop ON workshop_votes (workshop_id, participant_id);
      CREATE TABLE workshop_scores (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id),
        target_type TEXT NOT NULL CHECK (target_type IN ('card', 'group')),
        target_id TEXT NOT NULL UNIQUE,
        importance INTEGER CHECK (importance BETWEEN 1 AND 5),
        feasibility INTEGER CHECK (feasibility BETWEEN 1 AND 5)
      ) STRICT;
      CREATE INDEX workshop_scores_workshop ON workshop_scores (workshop_id);
      CREATE TABLE workshop_rounds (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        duration_seconds INTEGER NOT NULL,
        started_at TEXT NOT NULL,
        paused_remaining INTEGER,
        status TEXT NOT NULL CHECK (status IN ('running', 'paused', 'done')),
        ended_at TEXT
      ) STRICT;
      CREATE INDEX workshop_rounds_workshop ON workshop_rounds (workshop_id, position);
    `),
};
