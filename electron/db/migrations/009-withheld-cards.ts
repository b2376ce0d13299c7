import type { Migration } from './types';

// A card the facilitator takes off the wall (rude, off the theme) is kept, but shown to no one:
// apart from `hidden`, which a private writing round uses and a reveal clears.
export const migration009: Migration = {
  version: 9,
  name: 'withheld-cards',
  up: (db) => db.exec(`ALTER TABLE workshop_cards ADD COLUMN withheld INTEGER NOT NULL DEFAULT 0 CHECK (withheld IN (0, 1))`),
};
