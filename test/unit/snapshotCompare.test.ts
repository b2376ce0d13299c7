import { describe, expect, it } from 'vitest';
import { docxText } from '../helpers/docx';
import { makeBackend } from './helpers';

const bytesOf = (f: { base64: string }) => Buffer.from(f.base64, 'base64');

/** Batik makers who all sell through one trader, H. Rasidi: he is the only bridge to the buyers. */
async function traderCluster() {
  const t = makeBackend();
  const { id: projectId } = await t.ok('projects.create', { name: 'Klaster Batik Pesisir', regency: 'Kabupaten Rembang' });
  const add = (name: string, kind: 'core_firm' | 'buyer' | 'association') => t.ok('stakeholders.create', { projectId, name, kind });
  const rasidi = await add('H. Rasidi', 'buyer');
  const firms = await Promise.all(['Bu Aminah', 'Pak Ridwan', 'Bu Sri', 'Pak Joko'].map((n) => add(n, 'core_firm')));
  const shops = await Promise.all(['Toko Solo', 'Butik Jakarta'].map((n) => add(n, 'buyer')));
  for (const f of firms) await t.ok('relations.create', { projectId, sourceId: f.id, targetId: rasidi.id, kind: 'downstream' });
  for (const s of shops) await t.ok('relations.create', { projectId, sourceId: rasidi.id, targetId: s.id, kind: 'downstream' });
  await t.ok('stakeholders.savePositions', { projectId, positions: [rasidi, ...firms, ...shops].map((s, i) => ({ id: s.id, x: i * 100, y: (i % 3) * 80 })) });
  const before = await t.ok('snapshots.create', { projectId, name: 'Sebelum FGD-1' });
  return { ...t, projectId, rasidi, firms, shops, before };
}

describe('comparing two states of the map', () => {
  it('says in plain facts what changed: new actors, ties, and the trader who is no longer the only bridge', async () => {
    const s = await traderCluster();
    const { projectId, ok } = s;
    const kop = await ok('stakeholders.create', { projectId, name: 'Koperasi Batik Lasem', kind: 'association' });
    await ok('stakeholders.create', { projectId, name: 'Galeri Semarang', kind: 'buyer' });
    await ok('stakeholders.create', { projectId, name: 'Bu Wartini', kind: 'core_firm' });
    for (const f of s.firms) await ok('relations.create', { projectId, sourceId: f.id, targetId: kop.id, kind: 'downstream' });
    for (const b of s.shops) await ok('relations.create', { projectId, sourceId: kop.id, targetId: b.id, kind: 'downstream' });

    const diff = await ok('snapshots.compare', { projectId, beforeId: s.before.id, afterId: 'current' });
    expect(diff.summary).toContainEqual({ key: 'added', count: 3, names: 'Bu Wartini, Galeri Semarang, Koperasi Batik Lasem' });
    expect(diff.summary).toContainEqual({ key: 'ties', added: 6, removed: 0 });
    expect(diff.summary).toContainEqual({ key: 'soleBridgeGone', name: 'H. Rasidi', kind: 'buyer' });
    // Two actors without ties appeared: the gallery and Bu Wartini.
    expect(diff.summary).toContainEqual({ key: 'isolated', before: 0, after: 2 });

    // The two maps to draw: the snapshot's own positions, new nodes and ties marked on the later map.
    expect(diff.maps.before.nodes).toHaveLength(7);
    expect(diff.maps.before.nodes.find((n) => n.name === 'H. Rasidi')).toMatchObject({ x: 0, y: 0, change: 'same' });
    expect(diff.maps.after.nodes.filter((n) => n.change === 'added').map((n) => n.name).sort()).toEqual(['Bu Wartini', 'Galeri Semarang', 'Koperasi Batik Lasem']);
    expect(diff.maps.after.nodes.find((n) => n.name === 'Galeri Semarang')).toMatchObject({ x: null, y: null });
    expect(diff.maps.after.edges.filter((e) => e.change === 'added')).toHaveLength(6);
  });

  it('says nothing changed when nothing did, and marks what a later snapshot lost', async () => {
    const s = await traderCluster();
    const same = await s.ok('snapshots.compare', { projectId: s.projectId, beforeId: s.before.id, afterId: 'current' });
    expect(same.summary).toEqual([{ key: 'unchanged' }]);
    await s.ok('stakeholders.delete', { projectId: s.projectId, id: s.shops[1]!.id });
    const after = await s.ok('snapshots.create', { projectId: s.projectId, name: 'Sesudah' });
    const diff = await s.ok('snapshots.compare', { projectId: s.projectId, beforeId: s.before.id, afterId: after.id });
    expect(diff.summary).toContainEqual({ key: 'removed', count: 1, names: 'Butik Jakarta' });
    expect(diff.maps.before.nodes.find((n) => n.name === 'Butik Jakarta')?.change).toBe('removed');
    expect(diff.maps.before.edges.filter((e) => e.change === 'removed')).toHaveLength(1);
  });

  it('prints the comparison for the report in Indonesian, with the measures named in plain words', async () => {
    const s = await traderCluster();
    const kop = await s.ok('stakeholders.create', { projectId: s.projectId, name: 'Koperasi Batik Lasem', kind: 'association' });
    for (const f of s.firms) await s.ok('relations.create', { projectId: s.projectId, sourceId: f.id, targetId: kop.id, kind: 'downstream' });
    for (const b of s.shops) await s.ok('relations.create', { projectId: s.projectId, sourceId: kop.id, targetId: b.id, kind: 'downstream' });
    const file = await s.ok('documents.render', { projectId: s.projectId, kind: 'map-comparison', snapshotId: s.before.id });
    expect(file.fileName).toMatch(/^Perbandingan Peta Klaster Batik Pesisir .*\.docx$/);
    const text = docxText(bytesOf(file));
    expect(text).toContain('PERBANDINGAN PETA PEMANGKU KEPENTINGAN');
    expect(text).toContain('Dari: Potret "Sebelum FGD-1"');
    expect(text).toContain('Ke: Peta saat ini');
    expect(text).toContain('1 pelaku baru: Koperasi Batik Lasem.');
    expect(text).toContain('H. Rasidi (pembeli) tidak lagi satu-satunya jembatan di antara para pelaku.');
    expect(text).toMatch(/Jembatan\s*\(betweenness\)/);
    expect(text).toContain('Bu Aminah');
    expect(await s.raw('documents.render', { projectId: s.projectId, kind: 'map-comparison' }))
      .toMatchObject({ ok: false, error: { reason: 'document_needs' } });
  });
});
