import type { Migration } from './types';

// The ANNEX-1 questionnaire: rounds (who answered, or in which meeting, and when) and one answer
// per Base per round. Answers reference their round without a cascade: the service deletes them
// through the change log, so one undo brings a deleted round back whole. meeting_id is loose (no
// REFERENCES): a deleted meeting reads as none, and undoing its deletion links it again.
export const migration013: Migration = {
  version: 13,
  name: 'questionnaires',
  up: (db) =>
    db.exec(`
      CREATE TABLE questionnaire_rounds (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        respondent TEXT NOT NULL DEFAULT '',
        meeting_id TEXT,
        date TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE questionnaire_answers (
        id TEXT PRIMARY KEY,
        round_id TEXT NOT NULL REFERENCES questionnaire_rounds (id),
        base INTEGER NOT NULL CHECK (base BETWEEN 1 AND 8),
        choice INTEGER CHECK (choice BETWEEN 1 AND 5),
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (round_id, base)
      ) STRICT;
    `),
};
