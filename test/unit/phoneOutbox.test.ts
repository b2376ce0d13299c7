import { describe, expect, it } from 'vitest';
import { createApi, type FetchLike } from '../../phone/api';
import { Outbox, flushOutbox, outcomeOf, type KeyValue, type OutboxItem } from '../../phone/outbox';

function memory(): KeyValue & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => { data.set(k, v); }, removeItem: (k) => { data.delete(k); } };
}

const item = (over: Partial<OutboxItem> = {}): OutboxItem => ({ clientId: 'c-1234567890', kind: 'create', text: 'Bahan baku mahal', code: '4821', at: 1, ...over });
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** A fake server: answers in turn, records what was sent. */
function fakeFetch(answers: (() => Response)[]) {
  const sent: { url: string; body: Record<string, unknown>; auth: string | null }[] = [];
  const fetch: FetchLike = async (url, init) => {
    sent.push({ url, body: JSON.parse(String(init?.body)), auth: new Headers(init?.headers).get('Authorization') });
    const next = answers.shift();
    if (!next) throw new Error('no answer planned');
    return next();
  };
  return { fetch, sent };
}

const sender = (call: ReturnType<typeof createApi>) => async (i: OutboxItem) => {
  const res = i.kind === 'create'
    ? await call('cards.create', { text: i.text, clientId: i.clientId })
    : await call('cards.update', { cardId: i.cardId, text: i.text, clientId: i.clientId });
  return res.ok ? null : res.error;
};

describe('phone outbox', () => {
  it('keeps a card through a failed send and retries it with the same clientId', async () => {
    const kv = memory();
    const box = new Outbox(kv, 'outbox:http://10.0.0.1:5180');
    box.add(item());
    const server = fakeFetch([
      () => { throw new TypeError('Failed to fetch'); },
      () => json(200, { ok: true, data: { id: 'x' } }),
    ]);
    const call = createApi({ base: '/p/api/', fetch: server.fetch, token: () => 'tok' });

    const first = await flushOutbox(box, '4821', sender(call));
    expect(first.stopped?.reason).toBe('network');
    // Still stored, as a reload would find it.
    expect(new Outbox(kv, 'outbox:http://10.0.0.1:5180').all()).toHaveLength(1);

    const second = await flushOutbox(box, '4821', sender(call));
    expect(second).toEqual({ sent: 1, dropped: [], stopped: null });
    expect(box.all()).toEqual([]);
    expect(server.sent.map((s) => s.body.clientId)).toEqual(['c-1234567890', 'c-1234567890']);
    expect(server.sent[0]).toMatchObject({ url: '/p/api/cards.create', auth: 'Bearer tok' });
  });

  it('sends oldest first, drops a card refused on its merits, stops on rate limits and dead tokens', async () => {
    const box = new Outbox(memory(), 'k');
    box.add(item({ clientId: 'c-aaaaaaaa', text: 'a' }));
    box.add(item({ clientId: 'c-bbbbbbbb', text: 'b' }));
    box.add(item({ clientId: 'c-cccccccc', text: 'c' }));
    const server = fakeFetch([
      () => json(413, { ok: false, error: { code: 'too_large', message: 'Too large' } }),
      () => json(429, { ok: false, error: { code: 'forbidden', reason: 'rate_limited', message: 'Slow down' } }),
    ]);
    const report = await flushOutbox(box, '4821', sender(createApi({ base: '/p/api/', fetch: server.fetch, token: () => 't' })));
    expect(report.sent).toBe(0);
    expect(report.dropped.map((d) => [d.item.text, d.error.reason])).toEqual([['a', 'too_large']]);
    expect(report.stopped?.reason).toBe('rate_limited');
    expect(box.all().map((i) => i.text)).toEqual(['b', 'c']);

    const dead = fakeFetch([() => json(401, { ok: false, error: { code: 'forbidden', message: 'Unknown token' } })]);
    const stopped = await flushOutbox(box, '4821', sender(createApi({ base: '/p/api/', fetch: dead.fetch, token: () => 't' })));
    expect(outcomeOf(stopped.stopped)).toBe('auth');
    expect(box.all()).toHaveLength(2);
  });

  it('stops without losing anything when the session is closed or the laptop answers with an error page', () => {
    const closed = { code: 'conflict', reason: 'session_closed', message: '', params: {}, status: 409 };
    expect(outcomeOf(closed)).toBe('closed');
    expect(outcomeOf({ ...closed, reason: 'internal', status: 500 })).toBe('retry');
    expect(outcomeOf({ ...closed, reason: 'card_not_editable', status: 409 })).toBe('drop');
  });

  it('sends only cards of the session they were written in; earlier ones wait to be adopted or thrown away', async () => {
    const box = new Outbox(memory(), 'k');
    box.add(item({ clientId: 'c-old-create', code: '1111', text: 'old' }));
    box.add(item({ clientId: 'c-old-update', code: '1111', kind: 'update', cardId: 'card-1', text: 'old edit' }));
    box.add(item({ clientId: 'c-new-create', code: '4821', text: 'new' }));
    const server = fakeFetch([() => json(200, { ok: true, data: {} })]);
    const call = createApi({ base: '/p/api/', fetch: server.fetch, token: () => 't' });
    expect((await flushOutbox(box, '4821', sender(call))).sent).toBe(1);
    expect(server.sent.map((s) => s.body.text)).toEqual(['new']);

    expect(box.others('4821').map((i) => i.text)).toEqual(['old', 'old edit']);
    box.adopt('4821');
    // An edit points at a card of the other session: it cannot come along.
    expect(box.all().map((i) => [i.text, i.code])).toEqual([['old', '4821']]);
    box.add(item({ clientId: 'c-other', code: '2222' }));
    box.dropOthers('4821');
    expect(box.all().map((i) => i.clientId)).toEqual(['c-old-create']);
  });

  it('keeps one queued edit per card, the newest', () => {
    const box = new Outbox(memory(), 'k');
    box.add(item({ clientId: 'c-edit-0001', kind: 'update', cardId: 'card-1', text: 'first' }));
    box.add(item({ clientId: 'c-edit-0002', kind: 'update', cardId: 'card-2', text: 'other' }));
    box.add(item({ clientId: 'c-edit-0003', kind: 'update', cardId: 'card-1', text: 'second' }));
    expect(box.all().map((i) => i.text)).toEqual(['other', 'second']);
  });

  it('sends cards written while a flush is running in the same run', async () => {
    const box = new Outbox(memory(), 'k');
    box.add(item({ clientId: 'c-first-001' }));
    const sent: string[] = [];
    const report = await flushOutbox(box, '4821', async (i) => {
      sent.push(i.clientId);
      if (i.clientId === 'c-first-001') box.add(item({ clientId: 'c-second-01' }));
      return null;
    });
    expect(sent).toEqual(['c-first-001', 'c-second-01']);
    expect(report.sent).toBe(2);
  });

  it('survives storage that is garbage or holds foreign entries', () => {
    const kv = memory();
    kv.setItem('k', '{not json');
    expect(new Outbox(kv, 'k').all()).toEqual([]);
    kv.setItem('k', JSON.stringify([item(), { clientId: 3 }, null, item({ kind: 'update' })]));
    expect(new Outbox(kv, 'k').all()).toEqual([item()]);
  });
});
