import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/db/migrations';
import { makeBackend, tempDir } from './helpers';

describe('projects', () => {
  it('are created with details, listed, edited and deleted', async () => {
    const { ok, raw, dataDir } = makeBackend();
    const created = await ok('projects.create', { name: 'Klaster Mebel Rotan', product: 'Mebel rotan', startDate: '2026-11-02' });
    expect(created).toMatchObject({ name: 'Klaster Mebel Rotan', product: 'Mebel rotan', regency: '', startDate: '2026-11-02' });
    expect(fs.existsSync(path.join(dataDir, 'projects', `${created.id}.klaster`))).toBe(true);

    const updated = await ok('projects.update', { projectId: created.id, regency: 'Kabupaten Cirebon', province: 'Jawa Barat' });
    expect(updated.updatedAt >= created.updatedAt).toBe(true);
    expect((await ok('projects.list', {})).map((p) => p.name)).toEqual(['Klaster Mebel Rotan']);

    await ok('projects.delete', { projectId: created.id });
    expect(await ok('projects.list', {})).toEqual([]);
    expect(fs.existsSync(path.join(dataDir, 'projects', `${created.id}.klaster`))).toBe(false);
    const again = await raw('projects.get', { projectId: created.id });
    expect(again.ok || again.error.code).toBe('not_found');
  });

  it('refuse impossible dates and over-long names', async () => {
    const { raw, ok } = makeBackend();
    const { id: projectId } = await ok('projects.create', { name: 'A' });
    for (const bad of [{ startDate: '2026-02-30' }, { startDate: '26/11/2026' }, { name: 'x'.repeat(121) }, { name: '   ' }]) {
      const res = await raw('projects.update', { projectId, ...bad });
      expect(res.ok || res.error.code).toBe('invalid_input');
    }
    expect((await ok('projects.get', { projectId })).startDate).toBe('');
  });

  it('are duplicated into an independent project without the original undo history', async () => {
    const { ok } = makeBackend();
    const { id } = await ok('projects.create', { name: 'Asli' });
    await ok('projects.update', { projectId: id, product: 'Genteng' });
    const copy = await ok('projects.duplicate', { projectId: id, name: 'Asli (salinan)' });
    expect(copy).toMatchObject({ name: 'Asli (salinan)', product: 'Genteng' });
    expect(copy.id).not.toBe(id);
    expect((await ok('history.state', { projectId: copy.id })).canUndo).toBe(false);
    await ok('projects.update', { projectId: copy.id, product: 'Bata' });
    expect((await ok('projects.get', { projectId: id })).product).toBe('Genteng');
  });

  it('open the shipped demo as a fresh, editable copy each time', async () => {
    const { ok } = makeBackend();
    const a = await ok('projects.createDemo', {});
    const b = await ok('projects.createDemo', {});
    expect(a.id).not.toBe(b.id);
    expect(a).toMatchObject({ regency: 'Kabupaten Rembang', province: 'Jawa Tengah' });
    await ok('projects.update', { projectId: a.id, name: 'Ubah' });
    expect((await ok('projects.get', { projectId: b.id })).name).not.toBe('Ubah');
  });
});

describe('carried project files', () => {
  it('are saved as one self-contained file and opened again as a copy', async () => {
    const office = makeBackend();
    const { id } = await office.ok('projects.create', { name: 'Klaster Tahu Tempe' });
    await office.ok('projects.update', { projectId: id, regency: 'Kabupaten Kediri' });
    const file = await office.ok('projects.exportFile', { projectId: id });
    expect(file.fileName).toBe('Klaster Tahu Tempe.klaster');
    const bytes = Buffer.from(file.base64, 'base64');
    expect(bytes.subarray(0, 15).toString()).toBe('SQLite format 3');
    // Journal mode DELETE: the header's read/write version bytes are 1, not WAL's 2.
    expect([bytes[18], bytes[19]]).toEqual([1, 1]);

    const laptop = makeBackend();
    const opened = await laptop.ok('projects.importFile', { fileName: file.fileName, base64: file.base64 });
    expect(opened).toMatchObject({ id, name: 'Klaster Tahu Tempe', regency: 'Kabupaten Kediri' });
    // The same file opened twice becomes a second project rather than overwriting the first.
    const twice = await laptop.ok('projects.importFile', { fileName: file.fileName, base64: file.base64 });
    expect(twice.id).not.toBe(id);
    expect(await laptop.ok('projects.list', {})).toHaveLength(2);
  });

  it('that are not projects, or from a newer version, are refused and nothing is added', async () => {
    const { ok, raw, dataDir } = makeBackend();
    const junk = await raw('projects.importFile', { fileName: 'notulen.klaster', base64: Buffer.from('bukan proyek').toString('base64') });
    expect(junk.ok || junk.error.reason).toBe('file_not_project');

    const source = makeBackend();
    const { id } = await source.ok('projects.create', { name: 'Masa depan' });
    const newer = path.join(tempDir(), 'newer.klaster');
    fs.writeFileSync(newer, Buffer.from((await source.ok('projects.exportFile', { projectId: id })).base64, 'base64'));
    const db = new Database(newer);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const refused = await raw('projects.importFile', { fileName: 'newer.klaster', base64: fs.readFileSync(newer).toString('base64') });
    expect(refused.ok || refused.error.reason).toBe('file_newer_version');

    expect(await ok('projects.list', {})).toEqual([]);
    expect(fs.readdirSync(path.join(dataDir, 'projects'))).toEqual([]);
    expect(fs.readdirSync(path.join(dataDir, 'tmp'))).toEqual([]);
  });
});
