import type { Migration } from './types';

// Elections beyond FGD-2. Each election meeting says what it elects (the organisation's board,
// or the committee's chair and main members); board seats record the meeting that elected them,
// so a later general meeting can replace FGD-2's interim holders; committee seats filled by an
// election name their position, and a hand entry they replace is kept, marked, for a reopening
// to bring back. Backfilled from the positions, so older files read as before.
export const migration019: Migration = {
  version: 19,
  name: 'election-scope',
  up: (db) =>
    db.exec(`
      ALTER TABLE election_settings ADD COLUMN elects TEXT NOT NULL DEFAULT 'board' CHECK (elects IN ('board', 'committee'));
      ALTER TABLE board_members ADD COLUMN meeting_id TEXT;
      UPDATE board_members SET meeting_id = (SELECT p.meeting_id FROM election_positions p WHERE p.id = board_members.position_id);
      ALTER TABLE cedc_members ADD COLUMN elected_position_id TEXT;
      ALTER TABLE cedc_members ADD COLUMN replaced_by_position_id TEXT;
    `),
};
