import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { medianChoice, spreadOf } from '../../shared/diagnosis/spread';
import { docxText, rowText, tableRows, tables, unzipDocx } from '../helpers/docx';
import { freePort } from '../freePort';
import { makeBackend } from './helpers';

type Reply = { status: number; body: { ok: boolean; data?: any; error?: any } };

/** A meeting of three invited people whose ANNEX-1 sitting is open to phones on loopback. */
async function openSitting(opts: { joinMode?: 'pick_or_type' | 'anonymous'; sittingId?: string; withMeeting?: boolean } = {}) {
  const t = makeBackend();
  const { id: projectId } = await t.ok('projects.create', { name: 'Klaster Genteng Jatiwangi' });
  const meeting = await t.ok('meetings.create', { projectId, kind: 'general', title: 'Rapat klaster Januari', date: '2027-01-12' });
  for (const name of ['Bu Sari', 'Pak Darsono', 'Mas Agus']) await t.ok('attendees.add', { projectId, meetingId: meeting.id, walkIn: false, name });
  const sittingId = opts.sittingId ?? randomUUID();
  const port = await freePort();
  const sitting = { sittingId, title: 'ANNEX-1 rapat Januari', meetingId: opts.withMeeting === false ? null : meeting.id, date: '2027-01-12' };
  const started = await t.ok('participation.start', { projectId, questionnaire: sitting, address: '127.0.0.1', port, joinMode: opts.joinMode });
  const post = async (method: string, body: unknown, token?: string): Promise<Reply> => {
    const res = await fetch(`http://127.0.0.1:${port}/p/api/${method}`, {
      method: 'POST', body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    });
    return { status: res.status, body: (await res.json()) as Reply['body'] };
  };
  const pick = async (name: string) => {
    const roster = await post('roster', { code: started.code });
    const person = roster.body.data.people.find((p: { name: string }) => p.name === name);
    return post('join', { code: started.code, participantId: person.id });
  };
  const tokenOf = async (r: Promise<Reply>) => {
    const joined = await r;
    expect(joined.status, JSON.stringify(joined.body)).toBe(200);
    return joined.body.data.token as string;
  };
  const answer = (token: string, base: number, choice: number | null) => post('answers.set', { base, choice, clientId: `c-${randomUUID()}` }, token);
  return { ...t, projectId, meeting, sittingId, started, post, pick, tokenOf, answer };
}

describe('the spread of a sitting', () => {
  it('counts each statement per Base and takes the later middle choice when the room splits evenly', () => {
    expect(medianChoice([])).toBeNull();
    expect(medianChoice([null, 3])).toBe(3);
    expect(medianChoice([1, 5, 3])).toBe(3);
    expect(medianChoice([2, 1, 4, 3])).toBe(3);
    const spread = spreadOf([[1, 2, null, 5, 5, 5, 5, 5], [1, 3, null, 4, 5, 5, 5, 5], [2, 3, 1, 4, 5, 5, 5, null]]);
    expect(spread[0]).toEqual({ base: 1, counts: [2, 1, 0, 0, 0], answered: 3, median: 1 });
    expect(spread[2]).toEqual({ base: 3, counts: [1, 0, 0, 0, 0], answered: 1, median: 1 });
    expect(spread[7]!.answered).toBe(2);
  });
});

describe('ANNEX-1 on participants\' phones', () => {
  it('gives each phone a round of its own in the sitting, and the facilitator the spread per Base', async () => {
    const s = await openSitting();
    const roster = await s.post('roster', { code: s.started.code });
    expect(roster.body.data).toMatchObject({ kind: 'questionnaire', title: 'ANNEX-1 rapat Januari', joinMode: 'pick_or_type' });
    expect(roster.body.data.people.map((p: { name: string }) => p.name)).toEqual(['Bu Sari', 'Pak Darsono', 'Mas Agus']);
    const sari = await s.tokenOf(s.pick('Bu Sari'));
    const darsono = await s.tokenOf(s.pick('Pak Darsono'));
    const walkIn = await s.tokenOf(s.post('join', { code: s.started.code, name: 'Bu Wati', organisation: 'Koperasi Genteng' }));

    for (const [token, choices] of [[sari, [1, 2, 3, 4, 5, 1, 2, 3]], [darsono, [1, 3, 3, 4, 4, 2, 2]], [walkIn, [2, 3]]] as const) {
      for (const [i, c] of choices.entries()) expect((await s.answer(token, i + 1, c)).status).toBe(200);
    }
    const board = await s.post('board', {}, darsono);
    expect(board.body.data).toMatchObject({ kind: 'questionnaire', name: 'Pak Darsono', choices: [1, 3, 3, 4, 4, 2, 2, null] });

    const rounds = (await s.ok('questionnaires.list', { projectId: s.projectId })).filter((r: any) => r.sittingId === s.sittingId);
    expect(rounds.map((r: any) => [r.respondent, r.answered, r.meetingTitle, r.date])).toEqual([
      ['Bu Sari', 8, 'Rapat klaster Januari', '2027-01-12'], ['Pak Darsono', 7, 'Rapat klaster Januari', '2027-01-12'],
      ['Bu Wati (Koperasi Genteng)', 2, 'Rapat klaster Januari', '2027-01-12'],
    ]);
    const spread = await s.ok('questionnaires.spread', { projectId: s.projectId, sittingId: s.sittingId });
    expect(spread).toMatchObject({ title: 'ANNEX-1 rapat Januari', respondents: 3, complete: 1, meetingTitle: 'Rapat klaster Januari' });
    expect(spread.bases[0]).toEqual({ base: 1, counts: [2, 1, 0, 0, 0], answered: 3, median: 1 });
    expect(spread.bases[1]).toEqual({ base: 2, counts: [0, 1, 2, 0, 0], answered: 3, median: 3 });
    expect(spread.bases[7]).toEqual({ base: 8, counts: [0, 0, 1, 0, 0], answered: 1, median: 3 });

    // The profile reads the sitting as one column of medians, beside a round entered by hand.
    const hand = await s.ok('questionnaires.create', { projectId: s.projectId, title: 'Wawancara Kepala Desa', date: '2026-12-01' });
    await s.ok('questionnaires.answer', { projectId: s.projectId, roundId: hand.id, base: 1, choice: 4 });
    const profile = await s.ok('questionnaires.profile', { projectId: s.projectId });
    expect(profile.rounds.map((r: any) => [r.id, r.respondents])).toEqual([[hand.id, 1], [s.sittingId, 3]]);
    expect(profile.bases[1]!.cells[1]).toEqual({ roundId: s.sittingId, choice: 3, grade: 3 });

    const status = await s.ok('participation.status', { projectId: s.projectId });
    expect(status).toMatchObject({ kind: 'questionnaire', targetId: s.sittingId, joined: 3, expected: 3 });
    expect(status.devices.map((d: any) => [d.name, d.answered])).toEqual([['Bu Sari', 8], ['Pak Darsono', 7], ['Bu Wati', 2]]);
  });

  it('lets a picked person go on with the same round, once, and refuses what is not this sitting\'s', async () => {
    const s = await openSitting();
    const sari = await s.tokenOf(s.pick('Bu Sari'));
    await s.answer(sari, 1, 2);
    const twice = await s.pick('Bu Sari');
    expect(twice.status).toBe(409);
    expect(twice.body.error.reason).toBe('name_taken');
    expect((await s.post('roster', { code: s.started.code })).body.data.people.find((p: any) => p.name === 'Bu Sari').taken).toBe(true);
    await s.post('leave', {}, sari);
    const again = await s.tokenOf(s.pick('Bu Sari'));
    expect((await s.post('board', {}, again)).body.data.choices[0]).toBe(2);

    for (const bad of [{ base: 9, choice: 1 }, { base: 1, choice: 6 }, { base: 1, choice: 2.5 }, { base: 1, choice: 1, extra: 1 }]) {
      expect((await s.post('answers.set', { ...bad, clientId: 'c-12345678' }, again)).status).toBe(400);
    }
    const card = await s.post('cards.create', { text: 'Harga tanah liat naik', clientId: 'c-abcdefgh' }, again);
    expect(card.body.error.reason).toBe('not_available');
    // A retried answer is answered once; a null takes the answer back.
    const first = await s.post('answers.set', { base: 2, choice: 4, clientId: 'c-retry-01' }, again);
    expect(await s.post('answers.set', { base: 2, choice: 4, clientId: 'c-retry-01' }, again)).toEqual(first);
    await s.answer(again, 1, null);
    const rounds = (await s.ok('questionnaires.list', { projectId: s.projectId })).filter((r: any) => r.sittingId === s.sittingId);
    expect(rounds).toHaveLength(1);
    expect(rounds[0]!.answers.slice(0, 2).map((a: any) => a.choice)).toEqual([null, 4]);

    // The facilitator deletes the round: the phone is told its answers are gone.
    await s.ok('questionnaires.delete', { projectId: s.projectId, id: rounds[0]!.id });
    expect((await s.post('board', {}, again)).body.error.reason).toBe('round_deleted');
  });

  it('numbers anonymous respondents on from those a reopened sitting already has', async () => {
    const s = await openSitting({ joinMode: 'anonymous' });
    expect((await s.post('roster', { code: s.started.code })).body.data.people).toEqual([]);
    const names = [];
    for (let i = 0; i < 2; i++) names.push((await s.post('join', { code: s.started.code })).body.data.name);
    expect(names).toEqual(['Responden 1', 'Responden 2']);
    const port = await freePort();
    const again = await s.ok('participation.start', {
      projectId: s.projectId, address: '127.0.0.1', port, joinMode: 'anonymous',
      questionnaire: { sittingId: s.sittingId, title: 'ANNEX-1 rapat Januari', meetingId: null, date: '' },
    });
    const res = await fetch(`http://127.0.0.1:${port}/p/api/join`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: again.code }) });
    expect(((await res.json()) as any).data.name).toBe('Responden 3');
  });

  it('refuses to open a sitting whose meeting does not exist, or two targets at once', async () => {
    const s = await openSitting({ withMeeting: false });
    const missing = await s.raw('participation.start', {
      projectId: s.projectId, address: '127.0.0.1', port: await freePort(),
      questionnaire: { sittingId: randomUUID(), title: 'X', meetingId: randomUUID(), date: '' },
    });
    expect(missing.ok ? null : missing.error.code).toBe('not_found');
    const both = await s.raw('participation.start', {
      projectId: s.projectId, meetingId: s.meeting.id, questionnaire: { sittingId: randomUUID(), title: 'X', meetingId: null, date: '' },
    });
    expect(both.ok ? null : both.error.code).toBe('invalid_input');
    // The first sitting is still open, untouched by the refusals.
    expect((await s.ok('participation.status', { projectId: s.projectId })).targetId).toBe(s.sittingId);
    expect((await s.post('roster', { code: s.started.code })).body.data.people).toEqual([]);
  });
});

describe('the ANNEX-1 document of a sitting', () => {
  it('prints how many respondents chose each statement, the median in bold, and the sitting as one profile column', async () => {
    const s = await openSitting();
    const sari = await s.tokenOf(s.pick('Bu Sari'));
    const darsono = await s.tokenOf(s.pick('Pak Darsono'));
    for (const [token, c] of [[sari, 2], [darsono, 4]] as const) await s.answer(token, 1, c);
    await s.answer(sari, 2, 1);
    const file = await s.ok('documents.render', { projectId: s.projectId, kind: 'annex1', sittingId: s.sittingId });
    expect(file.fileName).toBe('ANNEX-1 Kuesioner Klaster Genteng Jatiwangi - ANNEX-1 rapat Januari.docx');
    const bytes = Buffer.from(file.base64, 'base64');
    const text = docxText(bytes);
    for (const part of ['ANNEX-1 rapat Januari (dijawab di ponsel peserta)', '2 orang, 0 menjawab lengkap', 'Sebaran jawaban per Base',
      'Menjawab: 2 dari 2 responden.', 'Menjawab: 0 dari 2 responden.', '(median 2 responden)']) expect(text, part).toContain(part);
    expect(text).not.toContain('Responden,');
    const xml = unzipDocx(bytes).documentXml;
    const base1 = tables(xml).find((t) => rowText(tableRows(t)[0]!).startsWith('Jumlah responden') && rowText(tableRows(t)[2]!).startsWith('1\t'))!;
    const rows = tableRows(base1).map(rowText);
    expect(rows[0]).toBe('Jumlah responden\tPernyataan (terbaik di atas)\tNilai*');
    expect(rows.map((r) => r.split('\t')[0])).toEqual(['Jumlah responden', '0', '1', '0', '1', '0']);
    // Two respondents split between statements 2 and 4: the more cautious one is the median.
    expect(rows[4]).toContain('(median)');
    // Without naming anything, the latest column is printed: here the sitting.
    const latest = docxText(Buffer.from((await s.ok('documents.render', { projectId: s.projectId, kind: 'annex1' })).base64, 'base64'));
    expect(latest).toContain('Sebaran jawaban per Base');
  });
});
