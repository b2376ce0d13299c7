import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeBackend } from './helpers';

async function workshop(names = ['H. Sukardi', 'Bu Wati', 'Pak Darto']) {
  const b = makeBackend();
  const { id: projectId } = await b.ok('projects.create', { name: 'Klaster Mebel Rotan' });
  const w = await b.ok('workshops.create', { projectId, theme: 'Masalah utama klaster', participantNames: names });
  return { ...b, projectId, w };
}

/** Eight themes as the wall shows them after grouping (SCENARIO step 5). */
const THEMES = ['Bahan baku', 'Pemasaran', 'Modal', 'Desain', 'Mutu', 'Pelatihan', 'Kemitraan', 'Promosi'];

describe('dot voting', () => {
  it('refuses a participant more dots than the workshop gives, saying who and how many are left', async () => {
    const { ok, raw, projectId, w } = await workshop();
    const sukardi = w.participants[0]!;
    const [a, b, c] = await Promise.all(['Bahan baku', 'Pemasaran', 'Modal'].map((name) => ok('groups.create', { projectId, workshopId: w.id, name })));
    const vote = (targetId: string, dots: number, participantId: string | null = sukardi.id) =>
      raw('votes.set', { projectId, workshopId: w.id, targetType: 'group', targetId, participantId, dots });
    expect(await vote(a!.id, 2)).toMatchObject({ ok: true, data: { dots: 2, targetDots: 2, dotsLeft: 1 } });
    expect(await vote(b!.id, 1)).toMatchObject({ ok: true, data: { dotsLeft: 0 } });
    expect(await vote(c!.id, 1)).toMatchObject({
      ok: false, error: { code: 'conflict', reason: 'workshop_dots_exceeded', params: { name: 'H. Sukardi', limit: 3, left: 0, used: 3, requested: 1 } },
    });
    expect(await vote(a!.id, 1)).toMatchObject({ ok: true, data: { dotsLeft: 1 } }); // setting replaces, it does not add
    expect(await vote(c!.id, 1)).toMatchObject({ ok: true, data: { dotsLeft: 0 } });
    expect(await vote(a!.id, 0)).toMatchObject({ ok: true, data: { targetDots: 0, dotsLeft: 1 } });
    expect((await ok('votes.list', { projectId, workshopId: w.id })).map((v) => v.dots)).toEqual([1, 1]);
    expect(await raw('workshops.update', { projectId, id: w.id, dotsPerParticipant: 1 }))
      .toMatchObject({ ok: false, error: { reason: 'workshop_dots_in_use', params: { name: 'H. Sukardi', used: 2 } } });
    expect((await ok('history.undo', { projectId })).undone).toBe('votes.set');
    expect(await ok('votes.clear', { projectId, workshopId: w.id })).toEqual({ removed: 3 });
  });

  it('counts dots from the wall without a participant, ranks with ties and keeps ties at the cut line', async () => {
    const { ok, projectId, w } = await workshop();
    const groups = [];
    for (const name of THEMES) groups.push(await ok('groups.create', { projectId, workshopId: w.id, name }));
    const wall = [9, 7, 7, 5, 5, 3, 0, 0];
    for (const [i, dots] of wall.entries()) {
      await ok('votes.set', { projectId, workshopId: w.id, targetType: 'group', targetId: groups[i]!.id, participantId: null, dots });
    }
    // A participant's own dots add to the wall count of the same theme.
    await ok('votes.set', { projectId, workshopId: w.id, targetType: 'group', targetId: groups[5]!.id, participantId: w.participants[1]!.id, dots: 1 });

    const ranking = await ok('workshops.ranking', { projectId, id: w.id });
    expect(ranking.map((i) => [i.label, i.dots, i.rank, i.tied])).toEqual([
      ['Bahan baku', 9, 1, false], ['Pemasaran', 7, 2, true], ['Modal', 7, 2, true], ['Desain', 5, 4, true],
      ['Mutu', 5, 4, true], ['Pelatihan', 4, 6, false], ['Kemitraan', 0, null, false], ['Promosi', 0, null, false],
    ]);
    expect(ranking.every((i) => !i.shortlisted)).toBe(true); // no cut line yet

    await ok('workshops.update', { projectId, id: w.id, cutLine: 4 });
    let list = await ok('workshops.shortlist', { projectId, id: w.id });
    expect(list.items.filter((i) => i.shortlisted).map((i) => i.label)).toEqual(['Bahan baku', 'Pemasaran', 'Modal', 'Desain', 'Mutu']);
    expect(list.items.filter((i) => i.tiedAtCut).map((i) => i.label)).toEqual(['Desain', 'Mutu']);
    expect(list).toMatchObject({ cutLine: 4, shortlistedCount: 5, needsDecision: true, target: 'group', decision: 'dots' });

    await ok('workshops.update', { projectId, id: w.id, cutLine: 3 });
    list = await ok('workshops.shortlist', { projectId, id: w.id });
    expect(list).toMatchObject({ shortlistedCount: 3, needsDecision: false });
    await ok('workshops.update', { projectId, id: w.id, cutLine: 2 });
    list = await ok('workshops.shortlist', { projectId, id: w.id });
    expect(list.items.filter((i) => i.shortlisted).map((i) => [i.label, i.tiedAtCut])).toEqual([['Bahan baku', false], ['Pemasaran', true], ['Modal', true]]);
    await ok('workshops.update', { projectId, id: w.id, cutLine: null });
    expect((await ok('workshops.shortlist', { projectId, id: w.id })).shortlistedCount).toBe(0);
  });

  it('scores importance x feasibility, ranks by the product then importance, half a score is not ranked', async () => {
    const { ok, projectId, w } = await workshop();
    await ok('workshops.update', { projectId, id: w.id, decision: 'scores', rankTarget: 'card', cutLine: 2 });
    const texts = ['Koperasi bahan baku', 'Pameran bersama', 'Pelatihan desain', 'Merek bersama', 'Kredit bank', 'Gudang bersama'];
    const cards = [];
    for (const text of texts) cards.push(await ok('cards.create', { projectId, workshopId: w.id, text }));
    const scores: [number | null, number | null][] = [[5, 4], [4, 5], [5, 2], [2, 5], [3, null], [5, 4]];
    for (const [i, [importance, feasibility]] of scores.entries()) {
      const out = await ok('scores.set', { projectId, workshopId: w.id, targetType: 'card', targetId: cards[i]!.id, importance, feasibility });
      expect(out.product).toBe(importance && feasibility ? importance * feasibility : null);
    }
    const list = await ok('workshops.shortlist', { projectId, id: w.id });
    expect(list.items.map((i) => [i.label, i.product, i.rank, i.tied, i.shortlisted])).toEqual([
      ['Koperasi bahan baku', 20, 1, true, true], ['Gudang bersama', 20, 1, true, true], ['Pameran bersama', 20, 3, false, false],
      ['Pelatihan desain', 10, 4, false, false], ['Merek bersama', 10, 5, false, false], ['Kredit bank', null, null, false, false],
    ]);
    await ok('scores.set', { projectId, workshopId: w.id, targetType: 'card', targetId: cards[5]!.id, importance: null, feasibility: null });
    expect((await ok('workshops.get', { projectId, id: w.id })).scores).toHaveLength(5);
  });
});

describe('round timer', () => {
  afterEach(() => vi.useRealTimers());

  it('survives a reload, pauses, resumes and extends, and stays out of the undo history', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const t0 = Date.parse('2026-11-11T02:00:00.000Z');
    const at = (seconds: number) => vi.setSystemTime(t0 + seconds * 1000);
    at(0);
    const { ok, backend, dataDir, projectId, w } = await workshop();
    const round = await ok('rounds.start', { projectId, workshopId: w.id, label: 'Menulis kartu', durationSeconds: 600 });
    expect(round).toMatchObject({ status: 'running', remainingSeconds: 600, endsAt: '2026-11-11T02:10:00.000Z' });
    at(90);
    expect((await ok('workshops.get', { projectId, id: w.id })).currentRound).toMatchObject({ remainingSeconds: 510 });
    at(100);
    expect(await ok('rounds.pause', { projectId, id: round.id })).toMatchObject({ status: 'paused', remainingSeconds: 500, endsAt: null });

    backend.close(); // the facilitator reloads the app
    const again = makeBackend(dataDir);
    at(1000);
    expect((await again.ok('workshops.get', { projectId, id: w.id })).currentRound).toMatchObject({ id: round.id, status: 'paused', remainingSeconds: 500 });
    expect(await again.ok('rounds.resume', { projectId, id: round.id })).toMatchObject({ status: 'running', endsAt: '2026-11-11T02:25:00.000Z' });
    at(1100);
    expect((await again.ok('rounds.list', { projectId, workshopId: w.id }))[0]).toMatchObject({ remainingSeconds: 400 });
    expect(await again.ok('rounds.extend', { projectId, id: round.id, minutes: 2 })).toMatchObject({ remainingSeconds: 520, durationSeconds: 720 });
    at(1800); // over time: 0 left, and "+1 minute" counts from now
    expect((await again.ok('rounds.extend', { projectId, id: round.id, minutes: 1 })).remainingSeconds).toBe(60);
    expect(await again.ok('rounds.finish', { projectId, id: round.id })).toMatchObject({ status: 'done', endedAt: '2026-11-11T02:30:00.000Z' });
    expect(await again.raw('rounds.pause', { projectId, id: round.id })).toMatchObject({ ok: false, error: { reason: 'workshop_round_state' } });

    const next = await again.ok('rounds.start', { projectId, workshopId: w.id, durationSeconds: 300 });
    expect(next.position).toBe(1);
    expect((await again.ok('history.state', { projectId })).undoLabel).toBe('workshops.create');
    // Undoing the workshop itself works although its rounds were never in the log, and redo finds them again.
    await again.ok('history.undo', { projectId });
    expect(await again.ok('workshops.list', { projectId })).toEqual([]);
    await again.ok('history.redo', { projectId });
    expect((await again.ok('workshops.get', { projectId, id: w.id })).currentRound).toMatchObject({ id: next.id, status: 'running' });
  });
});
