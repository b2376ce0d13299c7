import type { Migration } from './types';

// ANNEX-1 answered on participants' phones: each phone fills a round of its own, and the rounds
// of one phone session share a sitting id, so the profile reads them as one sitting and the
// screen shows the spread of answers per Base. NULL for rounds entered by hand (as before).
export const migration018: Migration = {
  version: 18,
  name: 'questionnaire-sittings',
  up: (db) =>
    db.exec(`
      ALTER TABLE questionnaire_rounds ADD COLUMN sitting_id TEXT;
      CREATE INDEX questionnaire_rounds_sitting ON questionnaire_rounds (sitting_id);
    `),
};
