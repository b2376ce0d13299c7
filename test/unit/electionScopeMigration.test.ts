// A project file saved before elections could run beyond FGD-2 (schema 17): its board and
// committee read as before, the board's seats now say which meeting elected them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/db/migrate';
import { LATEST_SCHEMA_VERSION } from '../../electron/db/migrations';
import { listMembers } from '../../electron/services/cedc';
import { readElection } from '../../electron/services/election/read';
import { readBoard } from '../../electron/services/organisation';

const MEETING = '11111111-1111-4111-8111-111111111111';
const POSITION = '22222222-2222-4222-8222-222222222222';

describe('a file from before migration 019', () => {
  it('keeps its board and committee, with the electing meeting filled in and the board as the election target', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'elect-')), 'old.klaster');
    const db = new Database(file);
    migrate(db, 17);
    db.exec(`
      INSERT INTO project (id, name, created_at, updated_at) VALUES ('6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b', 'Klaster Tahu', 'x', 'x');
      INSERT INTO meetings (id, kind, title, date, created_at, updated_at) VALUES ('${MEETING}', 'fgd2', 'FGD-2', '2026-12-09', 'x', 'x');
      INSERT INTO election_settings (id, quorum_rule) VALUES ('${MEETING}', 'more_than_half');
      INSERT INTO election_positions (id, meeting_id, sort_order, key, title, seats, status) VALUES ('${POSITION}', '${MEETING}', 0, 'ketua', 'Ketua', 1, 'confirmed');
      INSERT INTO board_members (id, position_id, sort_order, position_title, name) VALUES ('33333333-3333-4333-8333-333333333333', '${POSITION}', 0, 'Ketua', 'H. Sukardi');
      INSERT INTO cedc_members (id, position, institution, committee_position, person) VALUES ('44444444-4444-4444-8444-444444444444', 0, 'Bappeda', 'Ketua', 'Ir. Sri Wahyuni');
    `);
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(readBoard(db).map((m) => [m.positionTitle, m.name, m.meetingId])).toEqual([['Ketua', 'H. Sukardi', MEETING]]);
    expect(listMembers(db).map((m) => [m.committeePosition, m.person, m.electedIn])).toEqual([['Ketua', 'Ir. Sri Wahyuni', null]]);
    expect(readElection(db, MEETING).elects).toBe('board');
    db.close();
  });
});
