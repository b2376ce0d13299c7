import { describe, expect, it } from 'vitest';
import { meanRoundedHalfUp } from '../../electron/services/workshops/participantScores';
import { makeBackend } from './helpers';
import { freePort } from '../freePort';

/** A scoring workshop with three participants and four revealed cards. */
async function scoring() {
  const b = makeBackend();
  const { id: projectId } = await b.ok('projects.create', { name: 'Klaster Mebel Rotan' });
  const w = await b.ok('workshops.create', {
    projectId, theme: 'Tema kegiatan', template: 'longlist', decision: 'scores', participantNames: ['Bu Sari', 'Pak Darsono', 'Mas Agus'],
  });
  const cards = [];
  for (const text of ['Koperasi bahan baku', 'Pameran bersama', 'Merek bersama', 'Gudang bersama']) cards.push(await b.ok('cards.create', { projectId, workshopId: w.id, text }));
  const [sari, darsono, agus] = w.participants.map((p) => p.id);
  const give = (participantId: string, targetId: string, importance: number | null, feasibility: number | null) =>
    b.ok('participantScores.set', { projectId, workshopId: w.id, targetType: 'card', targetId, participantId, importance, feasibility });
  const board = () => b.ok('workshops.get', { projectId, id: w.id });
  return { ...b, projectId, w, cards: cards.map((c) => c.id), sari: sari!, darsono: darsono!, agus: agus!, give, board };
}

describe("participants' own scores", () => {
  it('are set, changed and cleared per participant and target, each an undo step', async () => {
    const { ok, raw, projectId, w, cards, sari, give, board } = await scoring();
    const first = await give(sari, cards[0]!, 4, null);
    expect(first).toMatchObject({ importance: 4, feasibility: null, average: { importance: 4, importanceCount: 1, feasibility: null, feasibilityCount: 0, count: 1 } });
    await give(sari, cards[0]!, 4, 2);
    expect((await board()).participantScores).toEqual([expect.objectContaining({ targetId: cards[0], participantId: sari, importance: 4, feasibility: 2 })]);
    expect(await ok('participantScores.list', { projectId, workshopId: w.id })).toHaveLength(1);
    expect((await ok('history.state', { projectId })).undoLabel).toBe('participantScores.set');

    expect((await give(sari, cards[0]!, null, null)).average).toBeNull();
    expect((await board()).participantScores).toEqual([]);
    await ok('history.undo', { projectId });
    expect((await board()).participantScores).toEqual([expect.objectContaining({ importance: 4, feasibility: 2 })]);
    // The agreed score is not touched by anyone's own.
    expect((await board()).scores).toEqual([]);

    const other = await ok('workshops.create', { projectId, participantNames: ['Orang lain'] });
    expect(await raw('participantScores.set', { projectId, workshopId: w.id, targetType: 'card', targetId: cards[1], participantId: other.participants[0]!.id, importance: 3, feasibility: 3 }))
      .toMatchObject({ ok: false, error: { reason: 'workshop_mismatch' } });
    expect(await raw('participantScores.set', { projectId, workshopId: w.id, targetType: 'card', targetId: cards[1], participantId: sari, importance: 6, feasibility: 3 }))
      .toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await raw('participantScores.set', { projectId, workshopId: w.id, targetType: 'group', targetId: cards[1], participantId: sari, importance: 3, feasibility: 3 }))
      .toMatchObject({ ok: false, error: { reason: 'card_group_not_found' } });
  });

  it('are averaged per target over those who gave each half, with how many scored', async () => {
    const { cards, sari, darsono, agus, give, board } = await scoring();
    await give(sari, cards[0]!, 5, 4);
    await give(darsono, cards[0]!, 4, null);
    await give(agus, cards[0]!, 2, 3);
    await give(agus, cards[1]!, null, 1);
    const averages = (await board()).scoreAverages;
    expect(averages.find((a) => a.targetId === cards[0])).toEqual({
      targetType: 'card', targetId: cards[0], importance: 11 / 3, importanceCount: 3, feasibility: 3.5, feasibilityCount: 2, count: 3,
    });
    expect(averages.find((a) => a.targetId === cards[1])).toMatchObject({ importance: null, importanceCount: 0, feasibility: 1, count: 1 });
    expect(averages).toHaveLength(2);
  });

  it('become the agreed scores, rounded half up, in one undoable step; a half nobody gave keeps the agreed one', async () => {
    expect([meanRoundedHalfUp(9, 2), meanRoundedHalfUp(5, 2), meanRoundedHalfUp(10, 4), meanRoundedHalfUp(8, 3), meanRoundedHalfUp(7, 3)]).toEqual([5, 3, 3, 3, 2]);
    const { ok, projectId, w, cards, sari, darsono, agus, give, board } = await scoring();
    await ok('scores.set', { projectId, workshopId: w.id, targetType: 'card', targetId: cards[2]!, importance: 1, feasibility: 5 });
    await ok('scores.set', { projectId, workshopId: w.id, targetType: 'card', targetId: cards[3]!, importance: 2, feasibility: 2 });
    await give(sari, cards[0]!, 4, 2);
    await give(darsono, cards[0]!, 5, 3);
    await give(agus, cards[0]!, null, 3); // importance 4.5 -> 5, feasibility 2.67 -> 3
    await give(sari, cards[1]!, 2, 1);
    await give(darsono, cards[1]!, 3, 2); // 2.5 -> 3, 1.5 -> 2
    await give(sari, cards[2]!, 4, null);
    await give(agus, cards[2]!, 4, null); // importance 4; feasibility nobody gave: the agreed 5 stays

    expect(await ok('scores.adoptAverages', { projectId, workshopId: w.id })).toEqual({ adopted: 3 });
    const agreed = async () => Object.fromEntries((await board()).scores.map((s) => [cards.indexOf(s.targetId), [s.importance, s.feasibility]]));
    expect(await agreed()).toEqual({ 0: [5, 3], 1: [3, 2], 2: [4, 5], 3: [2, 2] });
    const ranking = await ok('workshops.ranking', { projectId, id: w.id });
    expect(ranking.map((r) => [r.label, r.product])).toEqual([
      ['Merek bersama', 20], ['Koperasi bahan baku', 15], ['Pameran bersama', 6], ['Gudang bersama', 4],
    ]);
    expect((await ok('history.state', { projectId })).undoLabel).toBe('scores.adoptAverages');

    await ok('history.undo', { projectId });
    expect(await agreed()).toEqual({ 2: [1, 5], 3: [2, 2] });
    expect((await board()).participantScores).toHaveLength(7);
    await ok('history.redo', { projectId });
    expect(await agreed()).toEqual({ 0: [5, 3], 1: [3, 2], 2: [4, 5], 3: [2, 2] });
  });

  it('adopting with nothing scored changes nothing and leaves no undo step', async () => {
    const { ok, projectId, w } = await scoring();
    const before = (await ok('history.state', { projectId })).undoLabel;
    expect(await ok('scores.adoptAverages', { projectId, workshopId: w.id })).toEqual({ adopted: 0 });
    expect((await ok('history.state', { projectId })).undoLabel).toBe(before);
  });

  it('go with their card or group, and one undo brings them back; merging keeps each participant\'s own score of the target', async () => {
    const { ok, projectId, w, cards, sari, darsono, give, board } = await scoring();
    await give(sari, cards[0]!, 5, 5);
    await give(darsono, cards[1]!, 2, 2);
    await ok('cards.delete', { projectId, id: cards[0]! });
    expect((await board()).participantScores.map((s) => s.targetId)).toEqual([cards[1]]);
    await ok('history.undo', { projectId });
    expect((await board()).participantScores).toHaveLength(2);

    // Sari scored both: her score of the target stays. Darsono scored only the source: his moves over.
    await give(sari, cards[1]!, 1, 1);
    await ok('cards.merge', { projectId, targetId: cards[0]!, cardIds: [cards[1]!] });
    expect((await board()).participantScores.map((s) => [s.targetId, s.participantId, s.importance])).toEqual(
      expect.arrayContaining([[cards[0], sari, 5], [cards[0], darsono, 2]]));
    expect((await board()).participantScores).toHaveLength(2);
    await ok('history.undo', { projectId });
    expect((await board()).participantScores).toHaveLength(3);

    const g = await ok('groups.create', { projectId, workshopId: w.id, name: 'Pemasaran' });
    await ok('participantScores.set', { projectId, workshopId: w.id, targetType: 'group', targetId: g.id, participantId: sari, importance: 3, feasibility: 4 });
    await ok('groups.delete', { projectId, id: g.id });
    expect((await board()).participantScores).toHaveLength(3);
    await ok('history.undo', { projectId });
    expect((await board()).scoreAverages.find((a) => a.targetId === g.id)).toMatchObject({ targetType: 'group', importance: 3, feasibility: 4, count: 1 });
  });

  it('go with their participant, and with the workshop; undo brings them back', async () => {
    const { ok, projectId, w, cards, sari, darsono, give, board } = await scoring();
    await give(sari, cards[0]!, 5, 4);
    await give(sari, cards[1]!, 3, 3);
    await give(darsono, cards[0]!, 1, 2);
    await ok('participants.remove', { projectId, id: sari });
    expect((await board()).participantScores.map((s) => s.participantId)).toEqual([darsono]);
    await ok('history.undo', { projectId });
    expect((await board()).participantScores).toHaveLength(3);

    await ok('workshops.delete', { projectId, id: w.id });
    expect(await ok('workshops.list', { projectId })).toEqual([]);
    await ok('history.undo', { projectId });
    expect((await board()).scoreAverages.find((a) => a.targetId === cards[0])).toMatchObject({ importance: 3, feasibility: 3, count: 2 });
  });
});

/** The same workshop open to phones on loopback; phones speak the participant API. */
async function openToPhones(decision: 'scores' | 'dots') {
  const t = makeBackend();
  const { id: projectId } = await t.ok('projects.create', { name: 'Klaster Rotan' });
  const w = await t.ok('workshops.create', { projectId, theme: 'Tema kegiatan', template: 'longlist', decision, participantNames: ['Bu Sari', 'Mas Agus'] });
  const port = await freePort();
  const { code } = await t.ok('participation.start', { projectId, workshopId: w.id, address: '127.0.0.1', port });
  const post = async (method: string, body: unknown, token?: string) => {
    const res = await fetch(`http://127.0.0.1:${port}/p/api/${method}`, {
      method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    });
    return { status: res.status, body: (await res.json()) as { ok: boolean; data?: any; error?: any } };
  };
  const join = async (index: number) => (await post('join', { code, participantId: w.participants[index]!.id })).body.data.token as string;
  return { ...t, projectId, w, post, join };
}

describe('scoring on a phone', () => {
  it('gives importance and feasibility to a card, seen on the phone\'s board and on the facilitator\'s; undo takes it back', async () => {
    const { ok, projectId, w, post, join } = await openToPhones('scores');
    const sari = await join(0);
    const agus = await join(1);
    const card = (await post('cards.create', { text: 'Merek bersama', clientId: 'c-card-0001' }, sari)).body.data;
    const scored = await post('scores.set', { targetId: card.id, importance: 4, feasibility: null, clientId: 's-sari-0001' }, sari);
    expect(scored).toMatchObject({ status: 200, body: { data: { targetId: card.id, importance: 4, feasibility: null } } });
    await post('scores.set', { targetId: card.id, importance: 4, feasibility: 2, clientId: 's-sari-0002' }, sari);
    await post('scores.set', { targetId: card.id, importance: 3, feasibility: 5, clientId: 's-agus-0001' }, agus);

    expect((await post('board', {}, sari)).body.data.cards[0]).toEqual({
      id: card.id, text: 'Merek bersama', groupId: null, hidden: false, mine: true, myDots: 0, myImportance: 4, myFeasibility: 2,
    });
    expect((await post('board', {}, agus)).body.data.cards[0]).toMatchObject({ myImportance: 3, myFeasibility: 5 });
    const board = await ok('workshops.get', { projectId, id: w.id });
    expect(board.scoreAverages).toEqual([expect.objectContaining({ targetId: card.id, importance: 3.5, feasibility: 3.5, count: 2 })]);
    expect((await ok('history.state', { projectId })).undoLabel).toBe('participantScores.set');
    await ok('history.undo', { projectId });
    expect((await post('board', {}, agus)).body.data.cards[0]).toMatchObject({ myImportance: null, myFeasibility: null });

    // Both null take a phone's scores back.
    await post('scores.set', { targetId: card.id, importance: null, feasibility: null, clientId: 's-sari-0003' }, sari);
    expect((await ok('workshops.get', { projectId, id: w.id })).participantScores).toEqual([]);
  });

  it('a retry with the same clientId gets the first answer and writes nothing more', async () => {
    const { ok, projectId, w, post, join } = await openToPhones('scores');
    const sari = await join(0);
    const card = (await post('cards.create', { text: 'Gudang bersama', clientId: 'c-card-0002' }, sari)).body.data;
    const first = await post('scores.set', { targetId: card.id, importance: 5, feasibility: 4, clientId: 's-retry-0001' }, sari);
    const again = await post('scores.set', { targetId: card.id, importance: 5, feasibility: 4, clientId: 's-retry-0001' }, sari);
    expect(again.body).toEqual(first.body);
    // Even a retry whose body changed meanwhile is the first request: the first answer, no write.
    const stale = await post('scores.set', { targetId: card.id, importance: 1, feasibility: 1, clientId: 's-retry-0001' }, sari);
    expect(stale.body).toEqual(first.body);
    expect(await ok('participantScores.list', { projectId, workshopId: w.id })).toEqual([expect.objectContaining({ importance: 5, feasibility: 4 })]);
  });

  it('is refused with a reason while the workshop decides by dots, and on what may not be scored', async () => {
    const { ok, projectId, w, post, join } = await openToPhones('dots');
    const sari = await join(0);
    const card = (await post('cards.create', { text: 'Pameran bersama', clientId: 'c-card-0003' }, sari)).body.data;
    const refused = await post('scores.set', { targetId: card.id, importance: 3, feasibility: 3, clientId: 's-dots-0001' }, sari);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'invalid_state', reason: 'scores_not_open' });
    expect(await ok('participantScores.list', { projectId, workshopId: w.id })).toEqual([]);

    await ok('workshops.update', { projectId, id: w.id, decision: 'scores' });
    // Refusals are not replayed: the same clientId goes through once scoring is open.
    expect((await post('scores.set', { targetId: card.id, importance: 3, feasibility: 3, clientId: 's-dots-0001' }, sari)).status).toBe(200);
    await ok('cards.update', { projectId, id: card.id, withheld: true });
    expect((await post('scores.set', { targetId: card.id, importance: 2, feasibility: 2, clientId: 's-dots-0002' }, sari)).body.error.reason).toBe('target_not_found');
    const g = await ok('groups.create', { projectId, workshopId: w.id, name: 'Pemasaran' });
    expect((await post('scores.set', { targetId: g.id, importance: 2, feasibility: 2, clientId: 's-dots-0003' }, sari)).body.error.reason).toBe('target_not_found');
    expect((await post('scores.set', { targetId: card.id, importance: 0, feasibility: 2, clientId: 's-dots-0004' }, sari)).body.error.code).toBe('invalid_input');
  });
});
