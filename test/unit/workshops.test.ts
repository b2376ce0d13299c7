import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../shared/domain/workshop';
import { makeBackend } from './helpers';

/** Ibu Ratna's workshop "Masalah utama klaster" with the group leaders (SCENARIO step 5). */
async function workshop(template: 'free' | 'swot' | 'diamond' = 'free') {
  const b = makeBackend();
  const { id: projectId } = await b.ok('projects.create', { name: 'Klaster Mebel Rotan', regency: 'Kabupaten Cirebon' });
  const leader = await b.ok('stakeholders.create', { projectId, name: 'H. Sukardi', kind: 'core_firm', organisation: 'UD Rotan Jaya' });
  const w = await b.ok('workshops.create', {
    projectId, template, theme: 'Masalah utama klaster', date: '2026-11-11', place: 'Balai Desa Tegalwangi',
    facilitator: 'Ratna Sari', stakeholderIds: [leader.id], participantNames: ['Bu Wati', 'Pak Darto'],
  });
  const card = (text: string, extra: Record<string, unknown> = {}) => b.ok('cards.create', { projectId, workshopId: w.id, text, ...extra });
  const board = () => b.ok('workshops.get', { projectId, id: w.id });
  return { ...b, projectId, w, card, board };
}

describe('workshops', () => {
  it('start with the ANNEX-4 rules, the participants, and for SWOT its four fixed columns', async () => {
    const { ok, projectId, w } = await workshop('swot');
    expect(w.rules).toEqual(DEFAULT_RULES);
    expect(w.rules[0]).toMatch(/^Tidak ada kritik/);
    expect(w.participants.map((p) => [p.name, p.organisation, !!p.stakeholderId])).toEqual([
      ['H. Sukardi', 'UD Rotan Jaya', true], ['Bu Wati', '', false], ['Pak Darto', '', false],
    ]);
    expect(w.groups.map((g) => [g.fixedKey, g.name])).toEqual([['S', 'Kekuatan'], ['W', 'Kelemahan'], ['O', 'Peluang'], ['T', 'Ancaman']]);
    expect(w.rankTarget).toBe('card');
    const free = await ok('workshops.create', { projectId, theme: 'Bebas' });
    expect(free).toMatchObject({ template: 'free', groups: [], dotsPerParticipant: 3, cutLine: null, rankTarget: 'group' });
    const rules = ['Satu kartu satu gagasan.', 'Tidak ada kritik.'];
    expect((await ok('workshops.update', { projectId, id: free.id, rules })).rules).toEqual(rules);
    expect((await ok('workshops.list', { projectId })).map((x) => [x.theme, x.groupCount, x.participantCount])).toEqual([
      ['Masalah utama klaster', 4, 3], ['Bebas', 0, 0],
    ]);
  });

  it('keeps the SWOT columns: renaming is fine, deleting or merging one away is refused', async () => {
    const { ok, raw, projectId, w } = await workshop('swot');
    const [s, wk] = w.groups;
    await ok('groups.update', { projectId, id: s!.id, name: 'Kekuatan klaster' });
    const del = await raw('groups.delete', { projectId, id: s!.id });
    expect(del).toMatchObject({ ok: false, error: { reason: 'workshop_group_fixed' } });
    const merge = await raw('groups.merge', { projectId, targetId: s!.id, sourceIds: [wk!.id] });
    expect(merge).toMatchObject({ ok: false, error: { reason: 'workshop_group_fixed', params: { name: 'Kelemahan' } } });
  });

  it('a diagnosis workshop starts with the diamond\'s four determinants, opportunities, government and social capital, kept like SWOT', async () => {
    const { raw, projectId, w } = await workshop('diamond');
    expect(w.groups.map((g) => [g.fixedKey, g.name])).toEqual([
      ['F', 'Faktor input'], ['R', 'Industri pendukung dan terkait'], ['D', 'Kondisi permintaan'], ['C', 'Strategi, struktur dan persaingan'],
      ['P', 'Peluang'], ['G', 'Pemerintah'], ['K', 'Modal sosial'],
    ]);
    expect(await raw('groups.delete', { projectId, id: w.groups[6]!.id })).toMatchObject({ ok: false, error: { reason: 'workshop_group_fixed', params: { name: 'Modal sosial' } } });
    expect(await raw('documents.render', { projectId, kind: 'workshop-results', workshopId: w.id })).toMatchObject({ ok: true });
  });

  it('cards: create, edit, delete, each undoable; authors by participant, typed name or none', async () => {
    const { ok, raw, projectId, w, card, board } = await workshop();
    const sukardi = w.participants[0]!;
    const a = await card('Bahan baku rotan mahal', { authorParticipantId: sukardi.id, colour: 'pink' });
    const b = await card('Pemasaran hanya lewat pengepul', { authorName: 'Pak Joko' });
    const c = await card('Tidak ada desain baru');
    expect([a.author, b.author, c.author]).toEqual(['H. Sukardi', 'Pak Joko', null]);
    expect([a.position, b.position, c.position]).toEqual([0, 1, 2]);
    expect((await raw('cards.create', { projectId, workshopId: w.id, text: 'x'.repeat(501) })).ok).toBe(false);

    await ok('cards.update', { projectId, id: a.id, text: 'Harga bahan baku rotan mahal', authorName: 'Bu Wati' });
    expect((await ok('cards.list', { projectId, workshopId: w.id }))[0]).toMatchObject({ text: 'Harga bahan baku rotan mahal', author: 'Bu Wati', authorParticipantId: null });
    await ok('history.undo', { projectId });
    expect((await board()).cards[0]).toMatchObject({ text: 'Bahan baku rotan mahal', author: 'H. Sukardi' });

    await ok('cards.delete', { projectId, id: b.id });
    expect((await board()).cards).toHaveLength(2);
    const undo = await ok('history.undo', { projectId });
    expect(undo.undone).toBe('cards.delete');
    expect((await board()).cards.map((x) => x.id)).toEqual([a.id, b.id, c.id]);
    await ok('history.undo', { projectId }); // the edit was undone already; this undoes creating c
    expect((await board()).cards).toHaveLength(2);
    await ok('history.redo', { projectId });
    expect((await board()).cards).toHaveLength(3);
  });

  it('private writing: cards go in hidden and one reveal shows them all, as one undo step', async () => {
    const { ok, projectId, w, card, board } = await workshop();
    await ok('workshops.update', { projectId, id: w.id, privateWriting: true });
    for (const text of ['Modal kerja kurang', 'Mutu anyaman tidak seragam', 'Tidak ada merek bersama']) await card(text);
    await card('Contoh dari fasilitator', { hidden: false });
    expect((await board()).cards.map((c) => c.hidden)).toEqual([true, true, true, false]);
    expect(await ok('cards.reveal', { projectId, workshopId: w.id })).toEqual({ revealed: 3 });
    expect((await board()).cards.every((c) => !c.hidden)).toBe(true);
    expect((await ok('history.undo', { projectId })).undone).toBe('cards.reveal');
    expect((await board()).cards.filter((c) => c.hidden)).toHaveLength(3);
  });

  it('merge joins texts and sums dots per participant; split makes one card per line; each one undo', async () => {
    const { ok, raw, projectId, w, card, board } = await workshop();
    const [p1, p2] = w.participants;
    const g = await ok('groups.create', { projectId, workshopId: w.id, name: 'Bahan baku' });
    const a = await card('Rotan mahal', { groupId: g.id });
    const b = await card('Pasokan rotan tidak menentu', { groupId: g.id });
    const c = await card('Rotan dari luar daerah', { groupId: g.id });
    await ok('votes.set', { projectId, workshopId: w.id, targetType: 'card', targetId: a.id, participantId: p1!.id, dots: 1 });
    await ok('votes.set', { projectId, workshopId: w.id, targetType: 'card', targetId: b.id, participantId: p1!.id, dots: 1 });
    await ok('votes.set', { projectId, workshopId: w.id, targetType: 'card', targetId: c.id, participantId: p2!.id, dots: 2 });

    const merged = await ok('cards.merge', { projectId, targetId: a.id, cardIds: [b.id, c.id] });
    expect(merged.text).toBe('Rotan mahal\nPasokan rotan tidak menentu\nRotan dari luar daerah');
    let state = await board();
    expect(state.cards.map((x) => x.id)).toEqual([a.id]);
    expect(state.votes.map((v) => [v.targetId, v.participantId, v.dots]).sort()).toEqual([[a.id, p1!.id, 2], [a.id, p2!.id, 2]].sort());
    expect((await ok('history.undo', { projectId })).undone).toBe('cards.merge');
    state = await board();
    expect(state.cards.map((x) => x.text)).toEqual(['Rotan mahal', 'Pasokan rotan tidak menentu', 'Rotan dari luar daerah']);
    expect(state.votes).toHaveLength(3);
    await ok('history.redo', { projectId });

    const parts = await ok('cards.split', { projectId, id: a.id });
    expect(parts.map((x) => [x.text, x.groupId])).toEqual([['Rotan mahal', g.id], ['Pasokan rotan tidak menentu', g.id], ['Rotan dari luar daerah', g.id]]);
    expect((await board()).votes.every((v) => v.targetId === a.id)).toBe(true); // the original keeps the dots
    await ok('history.undo', { projectId });
    expect((await board()).cards.map((x) => x.text)).toEqual([merged.text]);
    expect(await raw('cards.split', { projectId, id: (await card('Satu baris')).id })).toMatchObject({ ok: false, error: { reason: 'workshop_card_single_line' } });
    const long = await card('y'.repeat(450));
    expect(await raw('cards.merge', { projectId, targetId: long.id, cardIds: [a.id] })).toMatchObject({ ok: false, error: { reason: 'workshop_card_too_long' } });
  });

  it('groups: cards.move many at once, merge and delete, with undo', async () => {
    const { ok, projectId, w, card, board } = await workshop();
    const cards = [];
    for (let i = 1; i <= 6; i++) cards.push(await card(`Kartu ${i}`));
    const pasar = await ok('groups.create', { projectId, workshopId: w.id, name: 'Pemasaran', colour: 'blue' });
    const modal = await ok('groups.create', { projectId, workshopId: w.id, name: 'Modal' });
    await ok('cards.move', { projectId, cardIds: [cards[0]!.id, cards[2]!.id, cards[4]!.id], groupId: pasar.id });
    await ok('cards.move', { projectId, cardIds: [cards[5]!.id, cards[1]!.id], groupId: pasar.id, index: 1 });
    const inGroup = (s: Awaited<ReturnType<typeof board>>, id: string) => s.cards.filter((c) => c.groupId === id).map((c) => c.text);
    let state = await board();
    expect(inGroup(state, pasar.id)).toEqual(['Kartu 1', 'Kartu 6', 'Kartu 2', 'Kartu 3', 'Kartu 5']);
    expect((await ok('history.undo', { projectId })).undone).toBe('cards.move');
    expect(inGroup(await board(), pasar.id)).toEqual(['Kartu 1', 'Kartu 3', 'Kartu 5']);
    await ok('history.redo', { projectId });

    await ok('cards.move', { projectId, cardIds: [cards[3]!.id], groupId: modal.id });
    await ok('votes.set', { projectId, workshopId: w.id, targetType: 'group', targetId: modal.id, participantId: null, dots: 4 });
    await ok('votes.set', { projectId, workshopId: w.id, targetType: 'group', targetId: pasar.id, participantId: null, dots: 5 });
    const merged = await ok('groups.merge', { projectId, targetId: pasar.id, sourceIds: [modal.id] });
    expect(merged.name).toBe('Pemasaran');
    state = await board();
    expect(state.groups.map((g) => g.name)).toEqual(['Pemasaran']);
    expect(inGroup(state, pasar.id)).toEqual(['Kartu 1', 'Kartu 6', 'Kartu 2', 'Kartu 3', 'Kartu 5', 'Kartu 4']);
    expect(state.votes).toEqual([expect.objectContaining({ targetId: pasar.id, dots: 9 })]);
    await ok('history.undo', { projectId });
    expect((await ok('groups.list', { projectId, workshopId: w.id })).map((g) => [g.name, g.cardCount])).toEqual([['Pemasaran', 5], ['Modal', 1]]);
    await ok('history.redo', { projectId });

    expect(await ok('groups.delete', { projectId, id: pasar.id })).toEqual({ deleted: true, cardsReleased: 6 });
    state = await board();
    expect(state.groups).toEqual([]);
    expect(state.cards.every((c) => c.groupId === null)).toBe(true);
    expect(state.votes).toEqual([]);
    await ok('history.undo', { projectId });
    expect(inGroup(await board(), pasar.id)).toHaveLength(6);
  });

  it('deleting a workshop removes its wall; one undo brings it back', async () => {
    const { ok, projectId, w, card } = await workshop('swot');
    await card('Pengrajin terampil', { groupId: w.groups[0]!.id });
    await ok('workshops.delete', { projectId, id: w.id });
    expect(await ok('workshops.list', { projectId })).toEqual([]);
    await ok('history.undo', { projectId });
    const back = await ok('workshops.get', { projectId, id: w.id });
    expect([back.groups.length, back.cards.length, back.participants.length]).toEqual([4, 1, 3]);
  });

  it('refuses cards, groups and participants of another workshop', async () => {
    const { ok, raw, projectId, w, card } = await workshop();
    const other = await ok('workshops.create', { projectId, theme: 'Lain' });
    const g = await ok('groups.create', { projectId, workshopId: other.id, name: 'Di sana' });
    const c = await card('Di sini');
    expect(await raw('cards.move', { projectId, cardIds: [c.id], groupId: g.id })).toMatchObject({ ok: false, error: { reason: 'workshop_mismatch' } });
    expect(await raw('cards.create', { projectId, workshopId: other.id, text: 'x', authorParticipantId: w.participants[0]!.id }))
      .toMatchObject({ ok: false, error: { reason: 'workshop_mismatch' } });
  });
});
