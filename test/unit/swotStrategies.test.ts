import { describe, expect, it } from 'vitest';
import { docxText } from '../helpers/docx';
import { makeBackend } from './helpers';

/** A SWOT of the rattan cluster with two cards in each column. */
async function swot() {
  const b = makeBackend();
  const { id: projectId } = await b.ok('projects.create', { name: 'Klaster Mebel Rotan' });
  const w = await b.ok('workshops.create', { projectId, template: 'swot', theme: 'Analisis SWOT klaster rotan' });
  const [S, W, O, T] = w.groups;
  const card = (text: string, groupId: string) => b.ok('cards.create', { projectId, workshopId: w.id, text, groupId });
  const c = {
    perajin: await card('Perajin terampil dan banyak', S!.id), desain: await card('Desain anyaman khas', S!.id),
    modal: await card('Modal kerja kecil', W!.id), pembukuan: await card('Pembukuan belum tertata', W!.id),
    ekspor: await card('Permintaan ekspor naik', O!.id), kur: await card('KUR bunga rendah', O!.id),
    sintetis: await card('Rotan sintetis murah', T!.id), bahan: await card('Pasokan rotan tidak menentu', T!.id),
  };
  return { ...b, projectId, w, c };
}

describe('from SWOT to strategy', () => {
  it('keeps SO, WO, ST and WT strategies linked to the cards they come from, each undoable', async () => {
    const { ok, projectId, w, c } = await swot();
    const so = await ok('strategies.create', { projectId, workshopId: w.id, kind: 'SO', text: 'Pameran ekspor bersama dengan desain khas', cardIds: [c.desain.id, c.ekspor.id] });
    expect(so.sources).toEqual([
      { cardId: c.desain.id, text: 'Desain anyaman khas', column: 'S' },
      { cardId: c.ekspor.id, text: 'Permintaan ekspor naik', column: 'O' },
    ]);
    await ok('strategies.create', { projectId, workshopId: w.id, kind: 'WO', text: 'Pelatihan pembukuan untuk mengakses KUR', cardIds: [c.pembukuan.id, c.kur.id] });
    await ok('strategies.create', { projectId, workshopId: w.id, kind: 'WT', text: 'Koperasi pembelian rotan bersama', cardIds: [c.modal.id, c.bahan.id] });
    expect((await ok('strategies.list', { projectId, workshopId: w.id })).map((s) => s.kind)).toEqual(['SO', 'WO', 'WT']);

    await ok('strategies.update', { projectId, id: so.id, text: 'Pameran ekspor bersama' });
    await ok('history.undo', { projectId });
    expect((await ok('strategies.list', { projectId, workshopId: w.id }))[0]!.text).toBe('Pameran ekspor bersama dengan desain khas');
    await ok('strategies.delete', { projectId, id: so.id });
    expect(await ok('strategies.list', { projectId, workshopId: w.id })).toHaveLength(2);
    await ok('history.undo', { projectId });
    expect(await ok('strategies.list', { projectId, workshopId: w.id })).toHaveLength(3);

    // A card deleted later drops out of the strategy; undoing the delete brings the link back.
    await ok('cards.delete', { projectId, id: c.kur.id });
    const wo = (await ok('strategies.list', { projectId, workshopId: w.id })).find((s) => s.kind === 'WO')!;
    expect(wo.sources.map((s) => s.text)).toEqual(['Pembukuan belum tertata']);
    await ok('history.undo', { projectId });
    expect((await ok('strategies.list', { projectId, workshopId: w.id })).find((s) => s.kind === 'WO')!.cardIds).toHaveLength(2);
  });

  it('refuses a card from the wrong column, and strategies outside a SWOT workshop', async () => {
    const { ok, raw, projectId, w, c } = await swot();
    expect(await raw('strategies.create', { projectId, workshopId: w.id, kind: 'SO', text: 'Salah kolom', cardIds: [c.modal.id] }))
      .toMatchObject({ ok: false, error: { reason: 'strategy_card_column', params: { kind: 'SO', text: 'Modal kerja kecil' } } });
    const free = await ok('workshops.create', { projectId, template: 'free' });
    expect(await raw('strategies.create', { projectId, workshopId: free.id, kind: 'SO', text: 'x', cardIds: [] }))
      .toMatchObject({ ok: false, error: { reason: 'strategy_needs_swot' } });
    expect(await ok('strategies.list', { projectId, workshopId: w.id })).toEqual([]);
  });

  it('carries the strategies into a long-list workshop, one card each, and goes away with its workshop', async () => {
    const { ok, raw, projectId, w, c } = await swot();
    expect(await raw('strategies.toLongList', { projectId, workshopId: w.id })).toMatchObject({ ok: false, error: { reason: 'strategy_none' } });
    await ok('strategies.create', { projectId, workshopId: w.id, kind: 'ST', text: 'Merek bersama melawan rotan sintetis', cardIds: [c.perajin.id, c.sintetis.id] });
    await ok('strategies.create', { projectId, workshopId: w.id, kind: 'SO', text: 'Pameran ekspor bersama', cardIds: [c.ekspor.id] });
    const long = await ok('strategies.toLongList', { projectId, workshopId: w.id });
    expect(long).toMatchObject({ template: 'longlist', theme: 'Daftar panjang strategi dari Analisis SWOT klaster rotan' });
    expect(long.cards.map((x) => x.text)).toEqual(['SO: Pameran ekspor bersama', 'ST: Merek bersama melawan rotan sintetis']);

    // The results document prints the strategies with the cards they come from.
    const file = await ok('documents.render', { projectId, kind: 'workshop-results', workshopId: w.id });
    const text = docxText(Buffer.from(file.base64, 'base64'));
    expect(text).toContain('Strategi dari Analisis SWOT');
    expect(text).toMatch(/ST: kekuatan untuk menghadapi ancaman\s+Merek bersama melawan rotan sintetis\s+S: Perajin terampil dan banyak\s+T: Rotan sintetis murah/);

    await ok('workshops.delete', { projectId, id: w.id });
    await ok('history.undo', { projectId });
    expect(await ok('strategies.list', { projectId, workshopId: w.id })).toHaveLength(2);
  });
});
