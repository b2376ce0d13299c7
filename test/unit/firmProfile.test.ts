import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildPreview, parseCount, parseKind } from '../../electron/services/import/buildPreview';
import { guessMapping } from '../../electron/services/import/mapColumns';
import { makeBackend } from './helpers';

const firm = {
  sector: 'Industri kerajinan', cooperativeName: 'KUD Sumber Rejeki', salesVolume: 'Rp 25 juta/bulan', employees: 12,
  yearFounded: 1998, productSpec: 'Genteng press kodok, 24 x 40 cm', potential: true,
};

async function project() {
  const b = makeBackend();
  const { id: projectId } = await b.ok('projects.create', { name: 'Klaster Genteng Jatiwangi' });
  return { ...b, projectId };
}

describe('firm profile fields', () => {
  it('are saved, read back, kept apart from interest and influence, and undone in one step', async () => {
    const { ok, projectId } = await project();
    const pak = await ok('stakeholders.create', { projectId, name: 'H. Dadang', kind: 'core_firm', interest: 2 });
    expect(pak).toMatchObject({ sector: '', cooperativeName: '', salesVolume: '', employees: null, yearFounded: null, productSpec: '', potential: false });
    const updated = await ok('stakeholders.update', { projectId, id: pak.id, ...firm });
    expect(updated).toMatchObject({ ...firm, interest: 2, influence: null });
    expect((await ok('stakeholders.get', { projectId, id: pak.id }))).toMatchObject(firm);
    await ok('history.undo', { projectId });
    expect(await ok('stakeholders.get', { projectId, id: pak.id })).toMatchObject({ sector: '', employees: null, potential: false, interest: 2 });
    await ok('history.redo', { projectId });
    expect(await ok('stakeholders.get', { projectId, id: pak.id })).toMatchObject(firm);
  });

  it('refuse impossible numbers', async () => {
    const { raw, ok, projectId } = await project();
    const pak = await ok('stakeholders.create', { projectId, name: 'H. Dadang', kind: 'core_firm' });
    for (const bad of [{ employees: -1 }, { employees: 2.5 }, { yearFounded: 1492 }]) {
      expect((await raw('stakeholders.update', { projectId, id: pak.id, ...bad })).ok, JSON.stringify(bad)).toBe(false);
    }
  });

  it('BDS fields keep each service once, in the guideline\'s order', async () => {
    const { ok, projectId } = await project();
    const bank = await ok('stakeholders.create', { projectId, name: 'Bank BJB Cabang Majalengka', kind: 'bank' });
    const out = await ok('stakeholders.update', { projectId, id: bank.id, bdsServices: ['information', 'consultation', 'information'], bdsReachable: true });
    expect(out).toMatchObject({ bdsServices: ['consultation', 'information'], bdsReachable: true, bdsArea: '' });
  });
});

describe('import of the directory columns', () => {
  const table = {
    headers: ['Nama', 'Instansi', 'Sektor', 'Koperasi', 'Omzet per Bulan', 'Jumlah Tenaga Kerja', 'Tahun Berdiri', 'Spesifikasi Produk', 'Potensial'],
    rows: [
      ['Pak Oman', 'KUD Sumber Rejeki', 'Perdagangan', '', '', '', '', '', ''],
      ['Bu Entin', 'Genteng Super Entin', 'Industri kerajinan', 'KUD Sumber Rejeki', 'Rp 25 juta', '1.250', '1998', 'Genteng press', 'Ya'],
      ['Pak Ujang', 'Genteng Ujang', '', '', '', 'banyak', '98', '', 'mungkin'],
    ],
  };

  it('guesses the columns, reads counts, years and the potensial mark, and sees KUD as a cooperative', () => {
    const mapping = guessMapping(table.headers);
    expect(Object.values(mapping)).toEqual(['name', 'organisation', 'sector', 'cooperativeName', 'salesVolume', 'employees', 'yearFounded', 'productSpec', 'potential']);
    const p = buildPreview(table, mapping, [], { defaultKind: 'core_firm' });
    expect(p.rows[0]!.values).toMatchObject({ name: 'Pak Oman', kind: 'cooperative' });
    expect(p.rows[1]).toMatchObject({ errors: [], values: { kind: 'core_firm', sector: 'Industri kerajinan', cooperativeName: 'KUD Sumber Rejeki',
      salesVolume: 'Rp 25 juta', employees: 1250, yearFounded: 1998, productSpec: 'Genteng press', potential: true } });
    expect(p.rows[2]!.errors).toEqual([{ field: 'employees', reason: 'invalid' }, { field: 'yearFounded', reason: 'invalid' }, { field: 'potential', reason: 'invalid' }]);
  });

  it('names cooperatives by "Koperasi" and "KUD" but leaves the cooperatives office to the government', () => {
    expect(['KUD Sumber Rejeki', 'Koperasi Perajin Genteng', 'Dinas Koperasi dan UKM', 'Kementerian Koperasi dan UKM', 'Industri terkait', 'media', 'Investor']
      .map(parseKind)).toEqual(['cooperative', 'cooperative', 'gov_regency', 'gov_central', 'related_industry', 'media', 'investor']);
    expect(['25', '25 orang', '1.250', '12 org', 'dua belas', '1,5'].map(parseCount)).toEqual([25, 25, 1250, 12, undefined, undefined]);
  });

  it('commits the new columns as one undoable step', async () => {
    const { ok, projectId } = await project();
    await ok('import.commit', { projectId, rows: [{ name: 'Bu Entin', kind: 'core_firm', ...firm }, { name: 'KUD Sumber Rejeki', kind: 'cooperative' }] });
    const list = await ok('stakeholders.list', { projectId });
    expect(list.find((s) => s.name === 'Bu Entin')).toMatchObject(firm);
    expect(list.find((s) => s.name === 'KUD Sumber Rejeki')?.kind).toBe('cooperative');
    await ok('history.undo', { projectId });
    expect(await ok('stakeholders.list', { projectId })).toEqual([]);
  });
});

describe('CSV and XLSX of the registry', () => {
  it('carry the directory columns with Indonesian names, Ya/Tidak and the kind label', async () => {
    const { ok, projectId } = await project();
    await ok('stakeholders.create', { projectId, name: 'Bu Entin', kind: 'core_firm', influence: 3, ...firm });
    await ok('stakeholders.create', { projectId, name: 'KUD Sumber Rejeki', kind: 'cooperative' });
    const file = await ok('network.export', { projectId, format: 'csv' });
    const text = Buffer.from(file.base64, 'base64').toString('utf8').slice(1);
    const rows = Papa.parse<Record<string, string>>(text, { header: true, delimiter: ';', skipEmptyLines: true });
    const header = rows.meta.fields!;
    expect(header.slice(header.indexOf('pengaruh'), header.indexOf('in_degree') + 1)).toEqual(['pengaruh', 'sektor', 'koperasi',
      'volume_penjualan', 'tenaga_kerja', 'tahun_berdiri', 'spesifikasi_produk', 'potensial', 'in_degree']);
    expect(rows.data.find((r) => r.nama === 'Bu Entin')).toMatchObject({ sektor: 'Industri kerajinan', koperasi: 'KUD Sumber Rejeki',
      volume_penjualan: 'Rp 25 juta/bulan', tenaga_kerja: '12', tahun_berdiri: '1998', spesifikasi_produk: 'Genteng press kodok, 24 x 40 cm', potensial: 'Ya', pengaruh: '3' });
    expect(rows.data.find((r) => r.nama === 'KUD Sumber Rejeki')).toMatchObject({ jenis: 'Koperasi', potensial: 'Tidak', tenaga_kerja: '' });

    const xlsx = await ok('network.export', { projectId, format: 'xlsx' });
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.base64, 'base64') as never);
    const sheet = book.getWorksheet('Pemangku kepentingan')!;
    const head = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(head).toContain('tenaga_kerja');
    const entin = sheet.getRow(2).values as unknown[];
    expect(entin[head.indexOf('tenaga_kerja') + 1]).toBe(12);
  });
});

describe('a partial edit of a stakeholder', () => {
  it('leaves the firm and BDS fields it does not name as they were', async () => {
    const { makeBackend } = await import('./helpers');
    const { ok } = makeBackend();
    const { id: projectId } = await ok('projects.create', { name: 'Klaster Batik' });
    const s = await ok('stakeholders.create', { projectId, name: 'Hj. Siti Aminah', kind: 'core_firm', employees: 18, salesVolume: 'Rp 40 juta/bulan', potential: true });
    const u = await ok('stakeholders.update', { projectId, id: s.id, groupLeader: true, influence: 5 });
    expect(u).toMatchObject({ employees: 18, salesVolume: 'Rp 40 juta/bulan', potential: true, influence: 5 });
    const bank = await ok('stakeholders.create', { projectId, name: 'BRI Unit Lasem', kind: 'bank', bdsServices: ['consultation'], bdsReachable: true });
    expect(await ok('stakeholders.update', { projectId, id: bank.id, phone: '0295 123' })).toMatchObject({ bdsServices: ['consultation'], bdsReachable: true });
  });
});
