import type { Migration } from './types';

// Each participant's own importance and feasibility (1-5) per card or group, given on a phone or
// typed by the facilitator; the agreed score stays in workshop_scores. One row per target and
// participant; removed through the change log with the target or the participant, like dots.
export const migration011: Migration = {
  version: 11,
  name: 'participant-scores',
  up: (db) =>
    db.exec(`
      CREATE TABLE workshop_participant_scores (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id),
        target_type TEXT NOT NULL CHECK (target_type IN ('card', 'group')),
        target_id TEXT NOT NULL,
        participant_id TEXT NOT NULL REFERENCES workshop_participants (id),
        importance INTEGER CHECK (importance BETWEEN 1 AND 5),
        feasibility INTEGER CHECK (feasibility BETWEEN 1 AND 5),
        UNIQUE (target_id, participant_id)
      ) STRICT;
      CREATE INDEX workshop_participant_scores_workshop ON workshop_participant_scores (workshop_id, participant_id);
    `),
};
