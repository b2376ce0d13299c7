import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeBackend } from './helpers';

const fixture = (name: string) => fs.readFileSync(path.resolve(__dirname, '../fixtures/import', name)).toString('base64');

describe('importing a sign-in sheet', () => {
  it('previews without writing, then commits the confirmed rows as one undo step', async () => {
    const { ok } = makeBackend();
    const { id: projectId } = await ok('projects.create', { name: 'Klaster Batik' });
    const preview = await ok('import.preview', { projectId, fileName: 'daftar-hadir-1252.csv', base64: fixture('daftar-hadir-1252.csv') });
    expect(preview.summary.total).toBeGreaterThan(0);
    expect(Object.values(preview.mapping)).toContain('name');
    expect(await ok('stakeholders.list', { projectId })).toEqual([]);

    const rows = preview.rows
      .filter((r) => r.errors.length === 0 && r.duplicateOf === undefined)
      .map((r) => ({ ...r.values, name: r.values.name!, kind: r.values.kind ?? 'core_firm', smallGroupId: undefined }));
    const result = await ok('import.commit', { projectId, rows: rows.map(({ smallGroupId: _s, ...rest }) => rest) });
    expect(result.created).toBe(rows.length);
    expect(await ok('stakeholders.list', { projectId })).toHaveLength(rows.length);

    // Importing the same sheet again flags every row as a likely duplicate of an existing one.
    const again = await ok('import.preview', { projectId, fileName: 'daftar-hadir-1252.csv', base64: fixture('daftar-hadir-1252.csv') });
    expect(again.rows.filter((r) => r.errors.length === 0).every((r) => r.duplicateOf !== undefined)).toBe(true);

    await ok('history.undo', { projectId });
    expect(await ok('stakeholders.list', { projectId })).toEqual([]);
  });

  it('creates small groups named in the sheet once, and refuses the whole import if one row is invalid', async () => {
    const { ok, raw } = makeBackend();
    const { id: projectId } = await ok('projects.create', { name: 'Klaster Tahu' });
    const result = await ok('import.commit', {
      projectId,
      rows: [
        { name: 'Pak Karto', kind: 'core_firm', smallGroupName: 'Kelompok Sawahan', groupLeader: true },
        { name: 'Bu Sri', kind: 'core_firm', smallGroupName: 'kelompok sawahan' },
      ],
    });
    expect(result).toEqual({ created: 2, groupsCreated: 1 });
    expect(await ok('smallGroups.list', { projectId })).toHaveLength(1);

    const bad = await raw('import.commit', { projectId, rows: [{ name: 'Pak Budi', kind: 'core_firm' }, { name: 'X', kind: 'core_firm', interest: 9 }] });
    expect(bad.ok || bad.error.code).toBe('invalid_input');
    expect(await ok('stakeholders.list', { projectId })).toHaveLength(2);
  });

  it('refuses a file that is not a table, with a reason the screen can translate', async () => {
    const { ok, raw } = makeBackend();
    const { id: projectId } = await ok('projects.create', { name: 'A' });
    const res = await raw('import.preview', { projectId, fileName: 'notulen.pdf', base64: Buffer.from('%PDF-1.4').toString('base64') });
    expect(res.ok || res.error.reason).toBe('import_unsupported_type');
  });
});

describe('kinds without a kind column', () => {
  it('are read from the organisation where it names an institution, else the default kind', async () => {
    const { ok } = makeBackend();
    const { id: projectId } = await ok('projects.create', { name: 'Klaster Rotan' });
    const csv = 'Nama;Instansi\nIbu Ratna;Dinas Perindustrian dan Perdagangan Kabupaten Cirebon\nPak Asep;Bank Jabar Unit Plumbon\nBu Nining;Politeknik Negeri Cirebon\nPak Darto;UD Rotan Jaya\n';
    const preview = await ok('import.preview', { projectId, fileName: 'hadir.csv', base64: Buffer.from(csv).toString('base64'), defaultKind: 'core_firm' });
    expect(preview.rows.map((r) => r.values.kind)).toEqual(['gov_regency', 'bank', 'university', 'core_firm']);
  });
});

describe('duplicates of people already in the registry', () => {
  it('match on the name without titles or accents, with the same organisation or the same phone', async () => {
    const { ok } = makeBackend();
    const { id: projectId } = await ok('projects.create', { name: 'Klaster Batik' });
    await ok('stakeholders.create', { projectId, name: 'Hj. Siti Aminah', kind: 'core_firm', organisation: 'Batik Sekar Arum', phone: '0812-3456-789' });
    await ok('stakeholders.create', { projectId, name: 'Sugiarto', kind: 'supplier', organisation: 'UD Mori', phone: '' });
    const csv = [
      'Nama;Instansi;No HP',
      'Ibu SITI AMÍNAH, S.E.;Koperasi Lain;+62 812 3456 789', // same name and phone, other organisation
      'Siti Aminah;;628123456789', // same name and phone written with the country code
      'Bp. Sugiarto;ud mori;', // same name and organisation
      'Siti Aminah;Koperasi Lain;0813-0000-111', // same name, other organisation and phone
      'Sugiarto;;0812-3456-789', // same phone, other name
    ].join('\n');
    const preview = await ok('import.preview', { projectId, fileName: 'hadir.csv', base64: Buffer.from(csv).toString('base64') });
    expect(preview.rows.map((r) => r.duplicateOf)).toEqual(['existing', 'existing', 'existing', undefined, undefined]);
    expect(preview.summary).toMatchObject({ total: 5, valid: 5, duplicates: 3 });

    // Still the facilitator's choice: a flagged row can be imported.
    const row = preview.rows[0]!;
    await ok('import.commit', { projectId, rows: [{ ...row.values, name: row.values.name!, kind: row.values.kind ?? 'core_firm' }] });
    expect(await ok('stakeholders.list', { projectId })).toHaveLength(3);
  });
});
