import { describe, expect, it } from 'vitest';
import { createApi, isAuthError, readEnvelope } from '../../phone/api';

describe('phone API envelope', () => {
  it('passes data through and keeps reason and params of a refusal', () => {
    expect(readEnvelope(200, { ok: true, data: { token: 't' } })).toEqual({ ok: true, data: { token: 't' } });
    const refused = readEnvelope(409, { ok: false, error: { code: 'conflict', reason: 'workshop_dots_exceeded', message: 'No', params: { left: 1, limit: 5 } } });
    expect(refused).toEqual({ ok: false, error: { code: 'conflict', reason: 'workshop_dots_exceeded', message: 'No', params: { left: 1, limit: 5 }, status: 409 } });
  });

  it('names a refusal by its status when the reason is missing', () => {
    const reason = (status: number, body: unknown) => { const r = readEnvelope(status, body); return r.ok ? null : r.error.reason; };
    expect(reason(401, { ok: false, error: { code: 'forbidden', message: 'x' } })).toBe('unauthorized');
    expect(reason(429, null)).toBe('rate_limited');
    expect(reason(413, 'Payload Too Large')).toBe('too_large');
    expect(reason(502, null)).toBe('internal');
    expect(reason(400, { ok: false, error: { code: 'invalid_input', message: 'x' } })).toBe('invalid_input');
    // A hotspot login page or anything that is not our envelope: as if there were no answer.
    expect(reason(200, '<html>')).toBe('network');
  });

  it('tells a dead token from a closed session', () => {
    const e = { code: 'forbidden', reason: 'unauthorized', message: '', params: {}, status: 401 };
    expect(isAuthError(e)).toBe(true);
    expect(isAuthError({ ...e, reason: 'session_closed' })).toBe(false);
    expect(isAuthError({ ...e, reason: 'name_taken', status: 409 })).toBe(false);
  });

  it('posts JSON with the bearer token, and answers network when the request hangs', async () => {
    let seen: RequestInit | undefined;
    const ok = createApi({ base: '/p/api/', token: () => 'abc', fetch: async (_u, init) => { seen = init; return new Response('{"ok":true,"data":1}'); } });
    expect(await ok('board', {})).toEqual({ ok: true, data: 1 });
    expect(new Headers(seen?.headers).get('Content-Type')).toBe('application/json');
    expect(new Headers(seen?.headers).get('Authorization')).toBe('Bearer abc');
    expect(seen?.credentials).toBe('omit');

    const hang = createApi({
      base: '/p/api/', token: () => null, timeoutMs: 20,
      fetch: (_u, init) => new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
    });
    const res = await hang('roster', { code: '1234' });
    expect(res.ok ? null : res.error.reason).toBe('network');
  });
});
