import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../electron/errors';
import { buildPreview, nameKey, parseKind, personKey, phoneKey } from '../../electron/services/import/buildPreview';
import { guessMapping } from '../../electron/services/import/mapColumns';
import { parseTable } from '../../electron/services/import/parseTable';

// Fixtures are real files as Excel writes them: daftar-hadir-1252.csv is ';'-separated ANSI
// (windows-1252) with title rows; peserta-utf8-bom.csv is ','-separated UTF-8 with a BOM.
const fixture = (name: string) => fs.readFileSync(path.resolve(__dirname, '../fixtures/import', name));

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe('invalid_input');
  return e as AppError;
}

/** A regency-office style workbook: an empty first sheet, a merged title, numbers where text was meant. */
async function officeWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1');
  const ws = wb.addWorksheet('Daftar Hadir');
  ws.getCell('A1').value = 'DAFTAR HADIR KICK-OFF KLASTER GERABAH';
  ws.mergeCells('A1:G1');
  ws.getRow(3).values = ['No', 'Nama', 'Instansi', 'No. HP', 'Tanggal', 'Jumlah', 'Skor'];
  ws.getRow(4).values = [1, { richText: [{ text: 'Bu ', font: { bold: true } }, { text: 'Wartini' }] }, 'UD Gerabah Kasongan',
    81234567890, new Date(Date.UTC(2025, 2, 12)), { formula: 'SUM(2,3)', result: 5 }, 0.1 + 0.2];
  ws.getRow(7).values = [2, 'Pak Slamet', 'Dinas Koperasi dan UKM', '0274 367890', '12/03/2025', { formula: 'A7*2', result: 4 }, 4];
  ws.getRow(8).values = ['', '   ', ''];
  ws.getRow(9).values = [3, 'Sumarni', { text: 'Paguyuban Gerabah', hyperlink: 'https://example.org' }, 628112223334];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('parseTable', () => {
  it('reads a windows-1252 ";" CSV with title rows above the header', async () => {
    const t = await parseTable('Daftar Hadir.CSV', fixture('daftar-hadir-1252.csv'));
    expect(t.headerRow).toBe(4);
    expect(t.headers).toEqual(['No', 'Nama Lengkap', 'Instansi/Lembaga', 'Jabatan', 'Desa', 'Kecamatan', 'No. HP',
      'Jenis', 'Kepentingan', 'Tanda Tangan']);
    expect(t.rowNumbers).toEqual([5, 6, 7, 9, 10, 11, 12, 13]);
    expect(t.rows[1]![1]).toBe('H. Ma\u2019ruf Hidayat, S.E.'); // 0x92 is a curly quote only in windows-1252
    expect(t.rows[1]![3]).toBe('Kabid Industri, Perdagangan');
    expect(t.rows[2]!.slice(1, 3)).toEqual(['André Setiawan', 'Koperasi Batik "Sido Mukti"']);
    expect(t.sheetName).toBeUndefined();
  });

  it('reads a UTF-8 CSV with BOM, "," separator and a line break inside a cell', async () => {
    const t = await parseTable('peserta.csv', fixture('peserta-utf8-bom.csv'));
    expect(t.headerRow).toBe(1);
    expect(t.headers[0]).toBe('Nama'); // no BOM glued to the first header
    expect(t.rows[0]!.slice(0, 2)).toEqual(['Ni Luh Putu Ayu', 'Tenun Ikat Bali – Sidemen']);
    expect(t.rows[0]![7]).toBe('✓');
    expect(t.rows[1]![10]).toBe('Narasumber,\r\nhadir sesi pagi');
    expect(t.rowNumbers).toEqual([2, 3, 5, 6]); // the quoted line break stays inside Excel row 3
  });

  it('detects tab-separated text', async () => {
    const t = await parseTable('x.txt', Buffer.from('Nama\tHP\nAni\t0811\n'));
    expect(t.rows).toEqual([['Ani', '0811']]);
  });

  it('reads an XLSX: first non-empty sheet, merged title, phones, dates, formulas, empty rows', async () => {
    const t = await parseTable('daftar.xlsx', await officeWorkbook());
    expect(t.sheetName).toBe('Daftar Hadir');
    expect(t.headerRow).toBe(3);
    expect(t.rowNumbers).toEqual([4, 7, 9]);
    expect(t.rows[0]).toEqual(['1', 'Bu Wartini', 'UD Gerabah Kasongan', '081234567890', '2025-03-12', '5', '0.3']);
    expect(t.rows[1]).toEqual(['2', 'Pak Slamet', 'Dinas Koperasi dan UKM', '0274 367890', '12/03/2025', '4', '4']);
    expect(t.rows[2]).toEqual(['3', 'Sumarni', 'Paguyuban Gerabah', '628112223334', '', '', '']);
  });

  it('refuses other types, empty and broken files', async () => {
    expect((await refusal(parseTable('notulen.pdf', Buffer.from('%PDF-1.7')))).reason).toBe('import_unsupported_type');
    expect((await refusal(parseTable('lama.xls', Buffer.from('x')))).reason).toBe('import_unsupported_type');
    expect((await refusal(parseTable('kosong.csv', Buffer.alloc(0)))).reason).toBe('import_empty');
    expect((await refusal(parseTable('judul.csv', Buffer.from('DAFTAR HADIR;;;\n;;;\n')))).reason).toBe('import_empty');
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    expect((await refusal(parseTable('rusak.xlsx', random))).reason).toBe('import_unreadable');
    const fakeZip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), random]);
    expect((await refusal(parseTable('rusak.xlsx', fakeZip))).reason).toBe('import_unreadable');
    expect((await refusal(parseTable('rusak.csv', Buffer.from([0x41, 0, 0x3b, 0x42, 0, 0x0a])))).reason).toBe('import_unreadable');
  });

  it('refuses more than 20,000 rows', async () => {
    const csv = 'Nama;HP\n' + 'Ani;0811\n'.repeat(20_001);
    const e = await refusal(parseTable('besar.csv', Buffer.from(csv)));
    expect([e.reason, e.params]).toEqual(['import_too_many_rows', { max: 20_000 }]);
  });
});

describe('guessMapping', () => {
  it('maps Indonesian headers and ignores row numbers and signatures', () => {
    expect(guessMapping(['No', 'Nama Lengkap', 'Instansi/Lembaga', 'Jabatan', 'Desa', 'Kecamatan', 'No. HP', 'Jenis',
      'Kepentingan', 'Tanda Tangan'])).toEqual({
      0: null, 1: 'name', 2: 'organisation', 3: 'role', 4: 'village', 5: 'district', 6: 'phone', 7: 'kind',
      8: 'interest', 9: null,
    });
  });

  it('uses keywords, falls back to Alamat for the village, and gives each field to one column', () => {
    expect(guessMapping(['NAMA', 'usaha / kelompok', 'Bidang Usaha', 'NO HP/WA AKTIF', 'Kategori', 'Kelompok',
      'Ketua Kelompok (Ya/Tidak)', 'Anggota Klaster', 'Pengaruh', 'Alamat', 'Keterangan', 'Nama'])).toEqual({
      0: 'name', 1: 'organisation', 2: 'coreBusiness', 3: 'phone', 4: 'kind', 5: 'smallGroup', 6: 'groupLeader',
      7: 'clusterMember', 8: 'influence', 9: 'village', 10: 'notes', 11: null,
    });
    expect(guessMapping(['Nama', 'Alamat', 'Desa/Kel.'])).toEqual({ 0: 'name', 1: null, 2: 'village' });
    expect(guessMapping(['Full name', 'Organization', 'Phone number', ''])).toEqual({
      0: 'name', 1: 'organisation', 2: 'phone', 3: null,
    });
  });
});

describe('buildPreview', () => {
  const existing = [{ name: 'Siti Aminah', organisation: 'Bank BRI Unit Wiradesa' }];

  it('converts values, keeps Excel row numbers, reports errors and duplicates', async () => {
    const t = await parseTable('daftar.csv', fixture('daftar-hadir-1252.csv'));
    const p = buildPreview(t, guessMapping(t.headers), existing, { defaultKind: 'core_firm' });
    const at = (n: number) => p.rows.find((r) => r.rowNumber === n)!;
    expect(at(5)).toEqual({ rowNumber: 5, errors: [], values: { kind: 'core_firm', name: 'Ny. Sri Rahayu',
      organisation: 'Batik Sekar Arum', role: 'Pemilik', village: 'Pekajangan', district: 'Kedungwuni',
      phone: '0812-3456-7890', interest: 5 } });
    expect(at(6).values).toMatchObject({ kind: 'gov_regency', interest: 4 }); // "4,0"
    expect(at(7).values.kind).toBe('leading_firm');
    expect(at(9).errors).toEqual([{ field: 'name', reason: 'name_required' }]);
    expect(at(10).errors).toEqual([{ field: 'kind', reason: 'unknown_kind' }, { field: 'interest', reason: 'out_of_range' }]);
    expect(at(10).values.kind).toBe('core_firm');
    expect(at(11).duplicateOf).toBe(5); // "Sri Rahayu" / "batik  sekar arum"
    expect(at(12)).toMatchObject({ duplicateOf: 6, errors: [{ field: 'phone', reason: 'invalid' }] });
    expect(at(13)).toMatchObject({ duplicateOf: 'existing', values: { kind: 'bank' } });
    expect(p.summary).toEqual({ total: 8, valid: 5, withErrors: 3, duplicates: 3 });
  });

  it('reads yes/no, scores, groups and notes from the UTF-8 sheet', async () => {
    const t = await parseTable('peserta.csv', fixture('peserta-utf8-bom.csv'));
    const p = buildPreview(t, guessMapping(t.headers), [], { defaultKind: 'core_firm' });
    expect(p.rows[0]!.values).toMatchObject({ kind: 'core_firm', groupLeader: true, clusterMember: true, influence: 3,
      smallGroupName: 'KUB Sekar Jagad', village: 'Desa Sidemen, Karangasem', coreBusiness: 'Tenun ikat' });
    expect(p.rows[1]!.values).toMatchObject({ kind: 'university', groupLeader: false, clusterMember: false,
      notes: 'Narasumber,\r\nhadir sesi pagi' });
    expect(p.rows[2]).toMatchObject({ rowNumber: 5, values: { kind: 'supplier' }, errors: [{ field: 'influence', reason: 'out_of_range' }] });
    expect(p.rows[3]).toMatchObject({ rowNumber: 6, values: { kind: 'bank' }, errors: [{ field: 'groupLeader', reason: 'invalid' }] });
    expect(p.summary).toEqual({ total: 4, valid: 2, withErrors: 2, duplicates: 0 });
  });

  it('turns an XLSX into rows with the restored phone number', async () => {
    const t = await parseTable('daftar.xlsx', await officeWorkbook());
    const p = buildPreview(t, guessMapping(t.headers), [], { defaultKind: 'supplier' });
    expect(p.rows.map((r) => [r.rowNumber, r.values.name, r.values.phone, r.values.kind])).toEqual([
      [4, 'Bu Wartini', '081234567890', 'supplier'], [7, 'Pak Slamet', '0274 367890', 'gov_regency'],
      [9, 'Sumarni', '628112223334', 'association'],
    ]);
  });

  it('recognises Indonesian kind words and compares names without titles', () => {
    expect(['Pengrajin', 'IKM', 'Pemasok', 'Pengepul', 'Pembeli', 'Dinas Perindustrian', 'Dinas Provinsi',
      'Kementerian Perindustrian', 'Bank', 'Politeknik', 'LSM', 'Paguyuban', 'KADIN', 'Konsultan', 'BLK',
      'Balai Besar Kerajinan', 'Fasilitator', 'gov_central'].map(parseKind)).toEqual(['core_firm', 'core_firm', 'supplier',
      'leading_firm', 'buyer', 'gov_regency', 'gov_provincial', 'gov_central', 'bank', 'university', 'ngo',
      'association', 'kadin', 'consultant', 'training_centre', 'rnd_institute', 'facilitator', 'gov_central']);
    expect(parseKind('Tukang sulap')).toBeUndefined();
    expect(personKey('Bp. H. Ma\u2019ruf, S.E., M.M.', 'CV. Maju')).toBe(personKey('maruf', 'cv maju'));
    expect(personKey('Ibu', '')).toBe('ibu|');
    expect(nameKey('Hj. Śiti Āminah, S.E.')).toBe('siti aminah');
    expect(['0812-3456-789', '+62 812 3456 789', '628123456789'].map(phoneKey)).toEqual(['08123456789', '08123456789', '08123456789']);
  });
});
