import type { Migration } from './types';

// Step 1's assessment of the cluster, one row per project: the estimate of yearly sales, the
// pilot study's two scores (growth opportunity out of 54, action-taking capacity out of 36) and
// the cluster's history for its profile.
export const migration017: Migration = {
  version: 17,
  name: 'cluster-assessment',
  up: (db) =>
    db.exec(`
      CREATE TABLE cluster_assessment (
        id TEXT PRIMARY KEY,
        annual_sales INTEGER CHECK (annual_sales >= 0),
        growth_score INTEGER CHECK (growth_score BETWEEN 0 AND 54),
        capacity_score INTEGER CHECK (capacity_score BETWEEN 0 AND 36),
        note TEXT NOT NULL DEFAULT '',
        history TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
      ) STRICT;
    `),
};
