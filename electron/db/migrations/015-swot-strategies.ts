import type { Migration } from './types';

// SWOT to strategy: SO/WO/ST/WT strategies of a SWOT workshop. The cards a strategy comes from
// are kept as a JSON list of card ids, read loosely: a card deleted later drops out of the list.
export const migration015: Migration = {
  version: 15,
  name: 'swot-strategies',
  up: (db) =>
    db.exec(`
      CREATE TABLE swot_strategies (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id),
        kind TEXT NOT NULL CHECK (kind IN ('SO', 'WO', 'ST', 'WT')),
        text TEXT NOT NULL,
        card_ids TEXT NOT NULL DEFAULT '[]',
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX swot_strategies_workshop ON swot_strategies (workshop_id, position);
    `),
};
