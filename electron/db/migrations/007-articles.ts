import type { Migration } from './types';

// The AD/ART drafts as one tree table: chapter > article > paragraph > point. Only text and the
// position among siblings are stored; the BAB/Pasal/ayat numbers are derived on read, so they
// can never go stale. Versions keep the whole tree as JSON, one row = one snapshot.
export const migration007: Migration = {
  version: 7,
  name: 'articles',
  up: (db) =>
    db.exec(`
      CREATE TABLE article_nodes (
        id TEXT PRIMARY KEY,
        doc TEXT NOT NULL CHECK (doc IN ('ad', 'art')),
        level TEXT NOT NULL CHECK (level IN ('chapter', 'article', 'paragraph', 'point')),
        parent_id TEXT REFERENCES article_nodes (id),
        seq INTEGER NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX article_nodes_parent ON article_nodes (doc, parent_id, seq);
      CREATE TABLE article_versions (
        id TEXT PRIMARY KEY,
        doc TEXT NOT NULL CHECK (doc IN ('ad', 'art')),
        number INTEGER NOT NULL,
        name TEXT NOT NULL,
        tree TEXT NOT NULL,
        created_at TEXT NOT NULL,
        authorised_meeting_id TEXT REFERENCES meetings (id),
        authorised_at TEXT
      ) STRICT;
    `),
};
