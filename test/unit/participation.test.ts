import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeBackend, tempDir } from './helpers';
import { freePort } from '../freePort';

/** A facilitator's back end with a workshop of three participants, open to phones on loopback. */
async function openWorkshop(opts: { joinMode?: 'pick' | 'pick_or_type' | 'anonymous'; privateWriting?: boolean; rankTarget?: 'card' | 'group' } = {}) {
  const t = makeBackend();
  const { id: projectId } = await t.ok('projects.create', { name: 'Klaster Rotan' });
  const w = await t.ok('workshops.create', {
    projectId, theme: 'Masalah utama klaster', participantNames: ['Bu Sari', 'Pak Darsono', 'Mas Agus'],
    privateWriting: opts.privateWriting ?? true, rankTarget: opts.rankTarget ?? 'card', dotsPerParticipant: 3,
  });
  const port = await freePort();
  const started = await t.ok('participation.start', { projectId, workshopId: w.id, address: '127.0.0.1', port, joinMode: opts.joinMode });
  const base = `http://127.0.0.1:${port}`;
  const post = async (method: string, body: unknown, token?: string, retry = true): Promise<{ status: number; body: { ok: boolean; data?: any; error?: any } }> => {
    let res: Response;
    try {
      res = await fetch(`${base}/p/api/${method}`, {
        method: 'POST', body: JSON.stringify(body),
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      });
    } catch (e) {
      // A pooled connection to a server that was closed since: once more on a fresh one.
      if (retry) return post(method, body, token, false);
      throw e;
    }
    return { status: res.status, body: (await res.json()) as { ok: boolean; data?: any; error?: any } };
  };
  const join = async (name: string) => {
    const roster = await post('roster', { code: started.code });
    const person = roster.body.data.people.find((p: { name: string }) => p.name === name);
    const joined = await post('join', { code: started.code, participantId: person.id });
    expect(joined.status).toBe(200);
    return joined.body.data.token as string;
  };
  return { ...t, projectId, workshop: w, started, base, post, join, port };
}

describe('the participant server', () => {
  it('has its own small surface: the facilitator API is not there, other hosts are refused', async () => {
    const { base, port, started } = await openWorkshop();
    expect(started.url).toBe(base);
    expect(started.qrSvg).toMatch(/^<svg/);
    const api = await fetch(`${base}/api/projects.list`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(api.status).toBe(404);
    expect((await fetch(`${base}/p/api/projects.list`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(404);
    const rebinding = await new Promise<number>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => s.end('POST /p/api/roster HTTP/1.1\r\nHost: evil.example\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}'));
      let a = '';
      s.on('data', (c) => (a += c));
      s.on('close', () => resolve(Number(a.slice(9, 12))));
    });
    expect(rebinding).toBe(403);
    const textPlain = await fetch(`${base}/p/api/roster`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{"code":"0000"}' });
    expect(textPlain.status).toBe(415);
    expect(textPlain.headers.get('set-cookie')).toBeNull();
    for (const p of ['/%', '/%zz', '/p/api%', '/assets/%c0']) expect([400, 404]).toContain((await fetch(`${base}${p}`)).status);
    const big = await fetch(`${base}/p/api/roster`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: 'x'.repeat(20_000) }) });
    expect(big.status).toBe(413);
  });

  it('admits a phone only with the code, and locks an address out after a few wrong tries', async () => {
    const { post, started } = await openWorkshop();
    const wrong = started.code === '0000' ? '0001' : '0000';
    const first = await post('roster', { code: wrong });
    expect(first.status).toBe(403);
    expect(first.body.error.reason).toBe('wrong_code');
    for (let i = 0; i < 4; i++) await post('roster', { code: wrong });
    const locked = await post('roster', { code: started.code });
    expect(locked.status).toBe(429);
    expect(locked.body.error.reason).toBe('too_many_attempts');
    expect(locked.body.error.params.seconds).toBeGreaterThan(0);
  });

  it('keeps private cards private until the facilitator reveals them; a retry never duplicates', async () => {
    const { post, join, ok, projectId, workshop } = await openWorkshop();
    const sari = await join('Bu Sari');
    const agus = await join('Mas Agus');
    expect((await post('join', { code: (await ok('participation.status', { projectId })).code, participantId: workshop.participants[0]!.id })).body.error.reason).toBe('name_taken');

    const card = await post('cards.create', { text: 'Bahan baku rotan mahal', clientId: 'c-sari-0001' }, sari);
    expect(card.status).toBe(200);
    const again = await post('cards.create', { text: 'Bahan baku rotan mahal', clientId: 'c-sari-0001' }, sari);
    expect(again.body.data.id).toBe(card.body.data.id);
    expect((await ok('cards.list', { projectId, workshopId: workshop.id })).map((c) => c.text)).toEqual(['Bahan baku rotan mahal']);

    const mine = (await post('board', {}, sari)).body.data;
    expect(mine.cards).toEqual([expect.objectContaining({ text: 'Bahan baku rotan mahal', mine: true, hidden: true })]);
    expect((await post('board', {}, agus)).body.data.cards).toEqual([]);
    // Editable by its author while hidden, by no one else.
    expect((await post('cards.update', { cardId: card.body.data.id, text: 'Harga rotan mahal', clientId: 'c-agus-0001' }, agus)).body.error.reason).toBe('card_not_editable');
    expect((await post('cards.update', { cardId: card.body.data.id, text: 'Harga rotan mahal', clientId: 'c-sari-0002' }, sari)).status).toBe(200);

    await ok('cards.reveal', { projectId, workshopId: workshop.id });
    expect((await post('board', {}, agus)).body.data.cards).toEqual([expect.objectContaining({ text: 'Harga rotan mahal', mine: false, hidden: false })]);
    expect((await post('cards.update', { cardId: card.body.data.id, text: 'Lagi', clientId: 'c-sari-0003' }, sari)).body.error.reason).toBe('card_not_editable');
    // A phone's card is an ordinary edit: Ctrl+Z on the laptop takes it back.
    const history = await ok('history.state', { projectId });
    expect(history.canUndo).toBe(true);
  });

  it('a card the facilitator takes off the wall leaves every phone, and a reveal does not bring it back', async () => {
    const { post, join, ok, projectId, workshop } = await openWorkshop();
    const sari = await join('Bu Sari');
    const agus = await join('Mas Agus');
    const rude = (await post('cards.create', { text: 'Kartu tidak sopan', clientId: 'c-rude-0001' }, sari)).body.data;
    await post('cards.create', { text: 'Pemasaran lemah', clientId: 'c-good-0001' }, sari);
    await ok('cards.update', { projectId, id: rude.id, withheld: true });
    await ok('cards.reveal', { projectId, workshopId: workshop.id });
    for (const token of [sari, agus]) expect((await post('board', {}, token)).body.data.cards.map((c: { text: string }) => c.text)).toEqual(['Pemasaran lemah']);
    expect((await post('votes.set', { targetId: rude.id, dots: 1 }, agus)).body.error.reason).toBe('target_not_found');
    expect((await ok('workshops.ranking', { projectId, id: workshop.id, target: 'card' })).map((r) => r.label)).toEqual(['Pemasaran lemah']);
    expect((await ok('cards.list', { projectId, workshopId: workshop.id })).find((c) => c.id === rude.id)).toMatchObject({ withheld: true, hidden: false });
    // One undo puts it back on the wall.
    await ok('history.undo', { projectId }); // the reveal
    await ok('history.undo', { projectId }); // taking it off
    expect((await ok('cards.list', { projectId, workshopId: workshop.id })).find((c) => c.id === rude.id)).toMatchObject({ withheld: false });
  });

  it('enforces the dots per participant and says how many are left', async () => {
    const { post, join, ok, projectId, workshop } = await openWorkshop({ privateWriting: false });
    const sari = await join('Bu Sari');
    const ids: string[] = [];
    for (const text of ['Rotan mahal', 'Pasar sempit', 'Modal kurang', 'Desain kuno']) {
      ids.push((await post('cards.create', { text, clientId: `c-${text.replace(/\W/g, '')}-00` }, sari)).body.data.id);
    }
    expect((await post('votes.set', { targetId: ids[0], dots: 2 }, sari)).body.data.dotsLeft).toBe(1);
    expect((await post('votes.set', { targetId: ids[1], dots: 1 }, sari)).body.data.dotsLeft).toBe(0);
    const fourth = await post('votes.set', { targetId: ids[2], dots: 1 }, sari);
    expect(fourth.status).toBe(409);
    expect(fourth.body.error).toMatchObject({ reason: 'workshop_dots_exceeded', params: { left: 0, limit: 3 } });
    const board = (await post('board', {}, sari)).body.data;
    expect(board).toMatchObject({ kind: 'workshop', theme: 'Masalah utama klaster', name: 'Bu Sari', dotsLeft: 0, dotsPerParticipant: 3, rankTarget: 'card', timer: null });
    expect(board.cards[0]).toEqual({ id: ids[0], text: 'Rotan mahal', groupId: null, hidden: false, mine: true, myDots: 2, myImportance: null, myFeasibility: null });
    expect(board.cards.map((c: { myDots: number }) => c.myDots)).toEqual([2, 1, 0, 0]);
    expect((await ok('votes.list', { projectId, workshopId: workshop.id })).reduce((a, v) => a + v.dots, 0)).toBe(3);
  });

  it('signs a phone out: its token dies with the device and with the session', async () => {
    const { post, join, ok, projectId } = await openWorkshop();
    const sari = await join('Bu Sari');
    const agus = await join('Mas Agus');
    const status = await ok('participation.status', { projectId });
    expect(status).toMatchObject({ open: true, joined: 2, expected: 3 });
    await ok('participation.removeDevice', { projectId, deviceId: status.devices.find((d) => d.name === 'Bu Sari')!.id });
    expect((await post('board', {}, sari)).status).toBe(401);
    expect((await post('board', {}, agus)).status).toBe(200);
    expect((await post('board', {}, 'not-a-real-token-at-all')).status).toBe(401);
    await ok('participation.stop', { projectId });
    expect((await ok('participation.status', { projectId })).open).toBe(false);
    await expect(post('board', {}, agus)).rejects.toThrow();
  });

  it('a token of one session cannot write to the next one', async () => {
    const w = await openWorkshop();
    const sari = await w.join('Bu Sari');
    await w.ok('participation.stop', { projectId: w.projectId });
    const again = await w.ok('participation.start', { projectId: w.projectId, workshopId: w.workshop.id, address: '127.0.0.1', port: w.port });
    expect(again.code).toMatch(/^\d{4}$/);
    const res = await w.post('cards.create', { text: 'Dari sesi lama', clientId: 'c-old-000001' }, sari);
    expect(res.status).toBe(401);
  });

  it('streams a change to the phones and says when the session closes', async () => {
    const { base, post, join, ok, projectId } = await openWorkshop({ privateWriting: false });
    const sari = await join('Bu Sari');
    const res = await fetch(`${base}/p/api/events`, { headers: { Authorization: `Bearer ${sari}` } });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    let text = '';
    const until = async (pattern: RegExp) => {
      while (!pattern.test(text)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
      return pattern.test(text);
    };
    expect(await until(/event: changed/)).toBe(true);
    text = '';
    await post('cards.create', { text: 'Kartu baru', clientId: 'c-stream-001' }, sari);
    expect(await until(/event: changed\ndata: \{"revision":\d+\}/)).toBe(true);
    await ok('participation.stop', { projectId });
    expect(await until(/event: closed/)).toBe(true);
  });

  it('slows down a phone that writes too fast', async () => {
    const { post, join } = await openWorkshop({ privateWriting: false });
    const sari = await join('Bu Sari');
    let limited = 0;
    for (let i = 0; i < 62; i++) {
      const r = await post('cards.create', { text: `Kartu ${i}`, clientId: `c-fast-${String(i).padStart(4, '0')}` }, sari);
      if (r.status === 429) {
        limited += 1;
        expect(r.body.error.reason).toBe('rate_limited');
      }
    }
    expect(limited).toBe(2);
  });

  it('joins by typed name or anonymously when the workshop allows it', async () => {
    const typed = await openWorkshop({ joinMode: 'pick_or_type' });
    const joined = await typed.post('join', { code: typed.started.code, name: 'Pak Harun', village: 'Tegalwangi' });
    expect(joined.body.data.name).toBe('Pak Harun');
    const w = await typed.ok('workshops.get', { projectId: typed.projectId, id: typed.workshop.id });
    expect(w.participants.map((p) => [p.name, p.organisation])).toContainEqual(['Pak Harun', 'Tegalwangi']);
    expect((await typed.post('join', { code: typed.started.code, name: 'Orang lain', participantId: undefined })).status).toBe(200);

    const anon = await openWorkshop({ joinMode: 'anonymous', privateWriting: false });
    expect((await anon.post('roster', { code: anon.started.code })).body.data.people).toEqual([]);
    const a = await anon.post('join', { code: anon.started.code });
    expect(a.body.data.name).toBe('Peserta 1');
    await anon.post('cards.create', { text: 'Tanpa nama', clientId: 'c-anon-0001' }, a.body.data.token);
    const cards = await anon.ok('cards.list', { projectId: anon.projectId, workshopId: anon.workshop.id });
    expect(cards[0]).toMatchObject({ text: 'Tanpa nama', author: null });
  });
});

describe('self check-in at a meeting', () => {
  it('marks an invited person present and adds a walk-in', async () => {
    const t = makeBackend();
    const { id: projectId } = await t.ok('projects.create', { name: 'Klaster Rotan' });
    const sari = await t.ok('stakeholders.create', { projectId, name: 'Bu Sari', kind: 'core_firm' });
    const meeting = await t.ok('meetings.create', { projectId, kind: 'fgd1', title: 'FGD-1 Klaster Rotan' });
    await t.ok('attendees.invite', { projectId, meetingId: meeting.id, stakeholderIds: [sari.id] });
    const port = await freePort();
    const started = await t.ok('participation.start', { projectId, meetingId: meeting.id, address: '127.0.0.1', port });
    const post = async (method: string, body: unknown, token?: string) =>
      (await fetch(`http://127.0.0.1:${port}/p/api/${method}`, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) } })).json() as Promise<any>;
    const roster = await post('roster', { code: started.code });
    expect(roster.data).toMatchObject({ kind: 'meeting', title: 'FGD-1 Klaster Rotan', people: [expect.objectContaining({ name: 'Bu Sari', taken: false })] });
    const invited = await post('join', { code: started.code, participantId: roster.data.people[0].id });
    expect((await post('board', {}, invited.data.token)).data).toMatchObject({ kind: 'meeting', checkedIn: true, name: 'Bu Sari' });
    await post('join', { code: started.code, name: 'Pak Walid', organisation: 'UD Walid', village: 'Tegalwangi', phone: '0812 3456 7890' });
    const record = await t.ok('meetings.get', { projectId, id: meeting.id });
    expect(record.attendees.map((a) => [a.name, a.present, a.walkIn])).toEqual([['Bu Sari', true, false], ['Pak Walid', true, true]]);
    expect((await post('cards.create', { text: 'x', clientId: 'c-meet-0001' }, invited.data.token)).error.reason).toBe('not_available');
  });
});

describe('opening to phones', () => {
  it('refuses an unknown project or target before listening, with the usual reason', async () => {
    const t = makeBackend();
    const { id: projectId } = await t.ok('projects.create', { name: 'Klaster Rotan' });
    const missing = '00000000-0000-4000-8000-000000000000';
    const start = async (input: { projectId: string; workshopId?: string; meetingId?: string }) => {
      const res = await t.raw('participation.start', { ...input, address: '127.0.0.1', port: await freePort() });
      return res.ok || [res.error.code, res.error.reason];
    };
    expect(await start({ projectId: missing, workshopId: missing })).toEqual(['not_found', 'project_not_found']);
    expect(await start({ projectId, workshopId: missing })).toEqual(['not_found', 'workshop_not_found']);
    expect(await start({ projectId, meetingId: missing })).toEqual(['not_found', 'meeting_not_found']);
    expect((await t.ok('participation.status', { projectId })).open).toBe(false);
  });
});
