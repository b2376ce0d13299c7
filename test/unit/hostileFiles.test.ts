import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileHash, makeBackend, tempDir, type TestBackend } from './helpers';

/** Every file under a folder with its hash: "nothing changed" means this is equal before and after. */
function treeOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (!e.name.endsWith('-shm') && e.name !== 'workspace.lock') out[path.relative(dir, p)] = fileHash(p);
    }
  };
  walk(dir);
  return out;
}

/** A carried project file from a real export, then altered with SQLite as an attacker would. */
async function craftedFile(t: TestBackend, projectId: string, alter: (db: Database.Database) => void): Promise<string> {
  const exported = await t.ok('projects.exportFile', { projectId });
  const file = path.join(tempDir(), 'crafted.klaster');
  fs.writeFileSync(file, Buffer.from(exported.base64, 'base64'));
  const db = new Database(file);
  alter(db);
  db.close();
  return fs.readFileSync(file).toString('base64');
}

async function setUp() {
  const root = tempDir();
  const dataDir = path.join(root, 'data');
  const t = makeBackend(dataDir);
  const live = await t.ok('projects.create', { name: 'Klaster Rotan', regency: 'Kabupaten Cirebon' });
  await t.ok('stakeholders.create', { projectId: live.id, name: 'Bu Sari', kind: 'core_firm', organisation: 'UD Rotan Jaya' });
  return { t, root, dataDir, live };
}

describe('a crafted project file', () => {
  it('cannot write outside the data folder or replace a live project through its id', async () => {
    const { t, root, dataDir, live } = await setUp();
    const liveFile = path.join(dataDir, 'projects', `${live.id}.klaster`);
    const other = await t.ok('projects.create', { name: 'Proyek lain' });
    for (const id of ['../../x', `../projects/${other.id}`, '/tmp/x', 'bukan-uuid', '']) {
      const base64 = await craftedFile(t, live.id, (db) => db.prepare('UPDATE project SET id = ?').run(id));
      const before = treeOf(root);
      const res = await t.raw('projects.importFile', { fileName: 'x.klaster', base64 });
      expect(res.ok || res.error.reason, id).toBe('file_damaged');
      expect(treeOf(root), id).toEqual(before);
    }
    expect(fs.existsSync(path.join(root, 'x.klaster'))).toBe(false);
    expect((await t.ok('projects.list', {})).map((p) => p.name).sort()).toEqual(['Klaster Rotan', 'Proyek lain']);
    expect(fileHash(liveFile)).toBeTruthy();
  });

  it('with the id of a project already here comes in as a copy under a fresh id', async () => {
    const { t, dataDir, live } = await setUp();
    const base64 = await craftedFile(t, live.id, (db) => db.prepare("UPDATE project SET name = 'Tiruan'").run());
    const liveFile = path.join(dataDir, 'projects', `${live.id}.klaster`);
    await t.ok('projects.get', { projectId: live.id });
    const copy = await t.ok('projects.importFile', { fileName: 'tiruan.klaster', base64 });
    expect(copy.id).not.toBe(live.id);
    expect((await t.ok('projects.get', { projectId: live.id })).name).toBe('Klaster Rotan');
    expect(fs.existsSync(liveFile)).toBe(true);
    expect((await t.ok('projects.list', {})).map((p) => p.name).sort()).toEqual(['Klaster Rotan', 'Tiruan']);
  });

  it('whose schema differs from what our migrations make is refused with a reason', async () => {
    const { t, root, live } = await setUp();
    const cases: [string, (db: Database.Database) => void, string][] = [
      ['a trigger', (db) => db.exec("CREATE TRIGGER spy AFTER UPDATE ON stakeholders BEGIN UPDATE project SET notes = 'diubah'; END"), 'file_unexpected_schema'],
      ['a view', (db) => db.exec('CREATE VIEW v AS SELECT * FROM stakeholders'), 'file_unexpected_schema'],
      ['an unknown table', (db) => db.exec('CREATE TABLE extra (x TEXT)'), 'file_unexpected_schema'],
      ['an unknown index', (db) => db.exec('CREATE INDEX extra_idx ON stakeholders (phone)'), 'file_unexpected_schema'],
      ['a dropped table', (db) => db.exec('PRAGMA foreign_keys = OFF; DROP TABLE snapshots'), 'file_unexpected_schema'],
      ['a column too many', (db) => db.exec("ALTER TABLE stakeholders ADD COLUMN extra TEXT DEFAULT ''"), 'file_unexpected_schema'],
      ['user_version 0', (db) => db.pragma('user_version = 0'), 'file_unexpected_schema'],
      ['a negative user_version', (db) => db.pragma('user_version = -3'), 'file_unexpected_schema'],
      ['no project row', (db) => db.exec('PRAGMA foreign_keys = OFF; DELETE FROM project'), 'file_damaged'],
      ['two project rows', (db) => db.prepare("INSERT INTO project (id, name, created_at, updated_at) VALUES ('0b7a3a52-7c1e-4a55-9d0e-2f3b4c5d6e7f', 'B', 'x', 'x')").run(), 'file_damaged'],
    ];
    for (const [what, alter, reason] of cases) {
      const base64 = await craftedFile(t, live.id, alter);
      const before = treeOf(root);
      const res = await t.raw('projects.importFile', { fileName: 'x.klaster', base64 });
      expect(res.ok || res.error.reason, what).toBe(reason);
      expect(res.ok || res.error.code, what).not.toBe('internal');
      expect(treeOf(root), what).toEqual(before);
    }
    expect((await t.ok('projects.list', {})).map((p) => p.name)).toEqual(['Klaster Rotan']);
  });

  it('with an index that disagrees with its table is refused as damaged (quick_check misses it)', async () => {
    const { t, live } = await setUp();
    let quick: unknown;
    const base64 = await craftedFile(t, live.id, (db) => {
      // Hide the index from SQLite, change an indexed value (the index never hears of it), then show it again.
      const row = db.prepare("SELECT * FROM sqlite_master WHERE name = 'actions_undone'").get() as Record<string, unknown>;
      db.unsafeMode(true);
      db.pragma('writable_schema = ON');
      db.prepare("DELETE FROM sqlite_master WHERE name = 'actions_undone'").run();
      db.pragma('writable_schema = RESET');
      expect(db.prepare('UPDATE actions SET undone = 1 - undone').run().changes).toBeGreaterThan(0);
      db.pragma('writable_schema = ON');
      db.prepare('INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES (@type, @name, @tbl_name, @rootpage, @sql)').run(row);
      db.pragma('writable_schema = RESET');
      quick = db.pragma('quick_check', { simple: true });
    });
    expect(quick).toBe('ok');
    const res = await t.raw('projects.importFile', { fileName: 'x.klaster', base64 });
    expect(res.ok || res.error.reason).toBe('file_damaged');
  });

  it('is checked the same way when a backup is restored', async () => {
    const { t, dataDir, live } = await setUp();
    await t.ok('projects.open', { projectId: live.id });
    const [backup] = await t.ok('backups.list', { projectId: live.id });
    const file = path.join(dataDir, 'backups', live.id, `${backup!.id}.klaster`);
    const db = new Database(file);
    db.exec("CREATE TRIGGER spy AFTER INSERT ON stakeholders BEGIN DELETE FROM relations; END");
    db.close();
    const res = await t.raw('backups.restore', { projectId: live.id, backupId: backup!.id });
    expect(res.ok || res.error.reason).toBe('file_unexpected_schema');
    expect((await t.ok('projects.get', { projectId: live.id })).name).toBe('Klaster Rotan');
  });
});

describe('the recent-projects list', () => {
  it('skips a bad entry and never fails as a whole', async () => {
    const { t, dataDir, live } = await setUp();
    t.backend.close();
    const index = path.join(dataDir, 'workspace.json');
    const parsed = JSON.parse(fs.readFileSync(index, 'utf8'));
    parsed.projects.push({ id: '../../x', name: 'jahat' }, { id: live.id }, null, 'teks', { ...parsed.projects[0], id: 'not-a-uuid' });
    fs.writeFileSync(index, JSON.stringify(parsed));
    fs.writeFileSync(path.join(dataDir, 'projects', 'not-a-uuid.klaster'), 'x');
    const again = makeBackend(dataDir);
    expect((await again.ok('projects.list', {})).map((p) => p.id)).toEqual([live.id]);
    // An index that is not even JSON is rebuilt from the file names, skipping names that are not ids.
    fs.writeFileSync(index, '{"projects": [');
    expect((await again.ok('projects.list', {})).map((p) => p.id)).toEqual([live.id]);
  });
});
