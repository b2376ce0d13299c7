import ExcelJS from 'exceljs';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { KIND_LABELS_ID } from '../../shared/labels';
import { makeBackend } from './helpers';

async function demoProject() {
  const b = makeBackend();
  const project = await b.ok('projects.createDemo', { story: false });
  return { ...b, projectId: project.id };
}

describe('map export', () => {
  it('writes GraphML and GEXF that graph tools read back with every stakeholder and arc', async () => {
    const { ok, projectId } = await demoProject();
    const ties = await ok('relations.list', { projectId });
    const arcs = ties.reduce((n, r) => n + (r.mutual ? 2 : 1), 0);

    const graphml = await ok('network.export', { projectId, format: 'graphml' });
    expect(graphml.fileName).toBe('peta-klaster-batik-tulis-lasem.graphml');
    const g1 = parseGraphml(MultiDirectedGraph, Buffer.from(graphml.base64, 'base64').toString('utf8'));
    expect(g1.order).toBe(34);
    expect(g1.size).toBe(arcs);

    const gexf = await ok('network.export', { projectId, format: 'gexf' });
    const g2 = parseGexf(MultiDirectedGraph, Buffer.from(gexf.base64, 'base64').toString('utf8'));
    expect(g2.order).toBe(34);
    expect(g2.size).toBe(arcs);
    // The metrics travel with the nodes: the trader of the demo is the top bridge.
    const trader = g2.findNode((_n, a) => a.organisasi === 'UD Cahaya Pesisir');
    const top = Math.max(...g2.mapNodes((_n, a) => Number(a.betweenness)));
    expect(Number(g2.getNodeAttribute(trader!, 'betweenness'))).toBe(top);
  });

  it('honours the filter: only the chosen stakeholders and tie kinds, metrics of the whole map', async () => {
    const { ok, projectId } = await demoProject();
    const people = await ok('stakeholders.list', { projectId });
    const firms = people.filter((s) => s.kind === 'core_firm').map((s) => s.id);
    const csv = await ok('network.export', { projectId, format: 'csv', stakeholderIds: firms, relationKinds: ['coordination'] });
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]!.split(';').slice(0, 3)).toEqual(['nama', 'organisasi', 'jenis']);
    expect(lines).toHaveLength(firms.length + 1);
    // The label the screens show, not the code.
    for (const line of lines.slice(1)) expect(line.split(';')[2]).toBe('Perusahaan inti');

    const xlsx = await ok('network.export', { projectId, format: 'xlsx', stakeholderIds: firms, relationKinds: ['coordination'] });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.base64, 'base64') as never);
    expect(book.getWorksheet('Pemangku kepentingan')!.rowCount).toBe(firms.length + 1);
    const tieSheet = book.getWorksheet('Hubungan')!;
    const kinds = new Set<string>();
    tieSheet.eachRow((row, n) => { if (n > 1) kinds.add(String(row.getCell(3).value)); });
    expect([...kinds]).toEqual(['Koordinasi/keanggotaan']);
  });

  it('CSV for Indonesian Excel and XLSX with real numbers, on the demo map', async () => {
    const { ok, projectId } = await demoProject();
    const metrics = new Map((await ok('network.metrics', { projectId })).map((m) => [m.name, m]));
    const text = Buffer.from((await ok('network.export', { projectId, format: 'csv' })).base64, 'base64').toString('utf8');
    expect(text).not.toMatch(/\d[eE][-+]?\d/);
    expect(text).not.toMatch(/;(true|false|core_firm|bank)(;|\r)/);
    const [header, ...lines] = text.slice(1).trim().split('\r\n');
    const cols = header!.split(';');
    const rows = lines.map((l) => Object.fromEntries(l.split(';').map((v, i) => [cols[i]!, v])));
    expect(new Set(rows.map((r) => r.ketua_kelompok))).toEqual(new Set(['Ya', 'Tidak']));
    expect(rows.map((r) => r.jenis)).toContain('Bank');
    let tiny = 0;
    for (const r of rows) {
      const m = metrics.get(r.nama!.replace(/^"|"$/g, ''))!;
      for (const [col, value] of [['closeness', m.closeness], ['betweenness', m.betweenness], ['eigenvector', m.eigenvector]] as const) {
        if (Number.isInteger(value)) { expect(r[col]).toBe(String(value)); continue; }
        expect(r[col], `${m.name} ${col}`).toBe(value.toFixed(4).replace('.', ','));
        if (value > 0 && value < 5e-5) { expect(r[col]).toBe('0,0000'); tiny++; }
      }
    }
    // The demo's chain ends have eigenvector scores near 1e-13: the values Excel misread.
    expect(tiny).toBeGreaterThan(0);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from((await ok('network.export', { projectId, format: 'xlsx' })).base64, 'base64') as never);
    const sheet = book.getWorksheet('Pemangku kepentingan')!;
    const head = (sheet.getRow(1).values as unknown[]).map(String);
    const row = sheet.getRow(2);
    const m = metrics.get(String(row.getCell(1).value))!;
    for (const [col, value] of [['in_degree', m.inDegree], ['closeness', m.closeness], ['betweenness', m.betweenness], ['eigenvector', m.eigenvector]] as const) {
      const cell = row.getCell(head.indexOf(col));
      expect(cell.type, col).toBe(ExcelJS.ValueType.Number);
      expect(cell.value, col).toBe(value);
      expect(cell.numFmt, col).toBe('0.0000');
    }
    expect(row.getCell(head.indexOf('jenis')).value).toBe(KIND_LABELS_ID[(await ok('stakeholders.list', { projectId })).find((s) => s.name === m.name)!.kind]);
    expect(book.getWorksheet('Hubungan')!.getRow(2).getCell(5).type).toBe(ExcelJS.ValueType.Number);
  });
});

describe('map snapshots', () => {
  it('freeze the map and compare it with a later state', async () => {
    const { ok, projectId } = await demoProject();
    const before = await ok('snapshots.create', { projectId, name: 'Sebelum FGD-1' });
    expect(before).toMatchObject({ name: 'Sebelum FGD-1', stakeholderCount: 34, relationCount: 88 });

    const bank = (await ok('stakeholders.list', { projectId })).find((s) => s.kind === 'bank')!;
    const trader2 = await ok('stakeholders.create', { projectId, name: 'Pak Wahyu', kind: 'leading_firm' });
    await ok('relations.create', { projectId, sourceId: bank.id, targetId: trader2.id, kind: 'finance', formality: 'formal' });

    const diff = await ok('snapshots.compare', { projectId, beforeId: before.id, afterId: 'current' });
    expect(diff.stakeholdersAdded.map((s) => s.name)).toEqual(['Pak Wahyu']);
    expect(diff.relationsAdded).toHaveLength(1);
    expect(diff.relationsAdded[0]).toMatchObject({ sourceName: bank.name, targetName: 'Pak Wahyu', formality: 'formal' });
    expect(diff.stakeholdersRemoved).toEqual([]);
    expect(diff.metricChanges[0]).toMatchObject({ name: 'Pak Wahyu', before: null });

    const later = await ok('snapshots.create', { projectId, name: 'Enam bulan kemudian' });
    const same = await ok('snapshots.compare', { projectId, beforeId: later.id, afterId: 'current' });
    expect(same.relationsAdded).toEqual([]);
    const saved = await ok('snapshots.get', { projectId, id: before.id });
    expect(saved.data.stakeholders).toHaveLength(34);
    expect((await ok('snapshots.list', { projectId })).map((s) => s.name)).toEqual(['Enam bulan kemudian', 'Sebelum FGD-1']);
  });
});
