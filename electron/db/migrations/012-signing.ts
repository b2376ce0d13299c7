import type { Migration } from './types';

// Where and by whom papers are signed: one row per project (regency, place, the three officials
// as JSON, edited as a whole). Election witnesses are kept per meeting by its id without a
// foreign key, so deleting a meeting (done by the meetings service) is never blocked by them and
// undoing the deletion finds them again. The committee's initiator (Bappeda, the Dinas, or the
// cluster organisation) joins the committee row; existing drafts keep the cluster as sender.
export const migration012: Migration = {
  version: 12,
  name: 'signing',
  up: (db) =>
    db.exec(`
      CREATE TABLE signing (
        id TEXT PRIMARY KEY,
        regency_code TEXT NOT NULL DEFAULT '',
        regency_kind TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        officials TEXT NOT NULL
      ) STRICT;
      CREATE TABLE meeting_witnesses (
        id TEXT PRIMARY KEY,
        names TEXT NOT NULL DEFAULT '[]'
      ) STRICT;
      ALTER TABLE cedc ADD COLUMN initiator TEXT NOT NULL DEFAULT 'cluster';
    `),
};
