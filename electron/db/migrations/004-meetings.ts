import type { Migration } from './types';

// Children reference their meeting without cascades: services delete them through the change
// log, so that undoing the deletion of a meeting brings its agenda, notes and attendance back.
export const migration004: Migration = {
  version: 4,
  name: 'meetings',
  up: (db) =>
    db.exec(`
      CREATE TABLE meetings (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        date TEXT NOT NULL DEFAULT '',
        start_time TEXT NOT NULL DEFAULT '',
        end_time TEXT NOT NULL DEFAULT '',
        time_zone TEXT NOT NULL DEFAULT 'WIB',
        place TEXT NOT NULL DEFAULT '',
        chair_name TEXT NOT NULL DEFAULT '',
        chair_role TEXT NOT NULL DEFAULT '',
        minute_taker_name TEXT NOT NULL DEFAULT '',
        minute_taker_role TEXT NOT NULL DEFAULT '',
        closing_time TEXT NOT NULL DEFAULT '',
        next_meeting_date TEXT NOT NULL DEFAULT '',
        next_meeting_agenda TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE agenda_items (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings (id),
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        discussion TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position);
      CREATE TABLE decisions (
        id TEXT PRIMARY KEY,
        agenda_item_id TEXT NOT NULL REFERENCES agenda_items (id),
        position INTEGER NOT NULL,
        text TEXT NOT NULL
      ) STRICT;
      CREATE INDEX decisions_item ON decisions (agenda_item_id, position);
      CREATE TABLE follow_ups (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings (id),
        agenda_item_id TEXT REFERENCES agenda_items (id),
        position INTEGER NOT NULL,
        what TEXT NOT NULL,
        who TEXT NOT NULL DEFAULT '',
        due TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX follow_ups_meeting ON follow_ups (meeting_id, position);
      CREATE TABLE attendees (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings (id),
        stakeholder_id TEXT REFERENCES stakeholders (id),
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        village TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        invited INTEGER NOT NULL DEFAULT 0 CHECK (invited IN (0, 1)),
        present INTEGER NOT NULL DEFAULT 0 CHECK (present IN (0, 1)),
        walk_in INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1)),
        UNIQUE (meeting_id, stakeholder_id)
      ) STRICT;
      CREATE INDEX attendees_meeting ON attendees (meeting_id, position);
      CREATE TABLE vision_versions (
        id TEXT PRIMARY KEY,
        number INTEGER NOT NULL UNIQUE,
        vision TEXT NOT NULL,
        missions TEXT NOT NULL,
        proposed_by TEXT NOT NULL DEFAULT '',
        meeting_id TEXT REFERENCES meetings (id),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        adopted_at TEXT,
        adopted_meeting_id TEXT REFERENCES meetings (id)
      ) STRICT;
      CREATE TABLE org_rules (
        id TEXT PRIMARY KEY REFERENCES meetings (id),
        positions TEXT NOT NULL,
        term_years INTEGER,
        allowances TEXT NOT NULL DEFAULT '',
        membership_eligibility TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE letterhead (
        id TEXT PRIMARY KEY,
        institution TEXT NOT NULL DEFAULT '',
        sub_institution TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        contact TEXT NOT NULL DEFAULT '',
        logo_base64 TEXT,
        logo_type TEXT
      ) STRICT;
    `),
};
