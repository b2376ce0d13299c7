import { describe, expect, it } from 'vitest';
import type { PhoneError, Result } from '../../phone/api';
import { VoteSender } from '../../phone/votes';

/** Requests held until the test answers them, to play a slow hotspot. */
function slowServer() {
  const calls: { targetId: string; dots: number; answer(r: Result<unknown>): void }[] = [];
  const send = (targetId: string, dots: number) => new Promise<Result<unknown>>((resolve) => { calls.push({ targetId, dots, answer: resolve }); });
  return { calls, send };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('phone dot voting', () => {
  it('shows taps at once and sends one request at a time per target, the last count winning', async () => {
    const server = slowServer();
    const settled: (PhoneError | null)[] = [];
    const votes = new VoteSender(server.send, (_, e) => settled.push(e));
    votes.sync(new Map([['g1', 0]]), 5);
    votes.set('g1', 1);
    votes.set('g1', 2);
    votes.set('g1', 3);
    expect(votes.dots('g1')).toBe(3);
    expect(votes.left()).toBe(2);
    expect(server.calls.map((c) => c.dots)).toEqual([1]);

    server.calls[0]!.answer({ ok: true, data: { dotsLeft: 4 } });
    await tick();
    expect(server.calls.map((c) => c.dots)).toEqual([1, 3]);
    server.calls[1]!.answer({ ok: true, data: { dotsLeft: 2 } });
    await tick();
    expect(votes.dots('g1')).toBe(3);
    expect(votes.left()).toBe(2);
    expect(settled).toEqual([null, null]);
  });

  it('goes back to the server count on a refusal and reports the dots left', async () => {
    const server = slowServer();
    const settled: (PhoneError | null)[] = [];
    const votes = new VoteSender(server.send, (_, e) => settled.push(e));
    votes.sync(new Map([['c1', 2], ['c2', 0]]), 1);
    votes.set('c2', 2);
    expect(votes.left()).toBe(-1);
    const refusal: PhoneError = { code: 'conflict', reason: 'workshop_dots_exceeded', message: '', params: { left: 1, limit: 3 }, status: 409 };
    server.calls[0]!.answer({ ok: false, error: refusal });
    await tick();
    expect(votes.dots('c2')).toBe(0);
    expect(votes.left()).toBe(1);
    expect(settled).toEqual([refusal]);
  });

  it('reads the allowance of a refusal as room on that target, its own dots included', async () => {
    const server = slowServer();
    const votes = new VoteSender(server.send, () => {});
    // Out of date: the phone thinks one dot is free, the laptop knows none is.
    votes.sync(new Map([['c1', 2]]), 1);
    votes.set('c1', 3);
    server.calls[0]!.answer({ ok: false, error: { code: 'conflict', reason: 'workshop_dots_exceeded', message: '', params: { left: 2, limit: 4 }, status: 409 } });
    await tick();
    expect(votes.dots('c1')).toBe(2);
    expect(votes.left()).toBe(0);
  });

  it('sends nothing when taps end where the server already is', async () => {
    const server = slowServer();
    const votes = new VoteSender(server.send, () => {});
    votes.sync(new Map([['c1', 1]]), 4);
    votes.set('c1', 1);
    await tick();
    expect(server.calls).toEqual([]);
    votes.set('c1', -3);
    expect(server.calls.map((c) => c.dots)).toEqual([0]);
  });

  it('keeps a count still on its way when a board arrives meanwhile', () => {
    const server = slowServer();
    const votes = new VoteSender(server.send, () => {});
    votes.sync(new Map([['c1', 0]]), 5);
    votes.set('c1', 2);
    votes.sync(new Map([['c1', 0], ['c2', 1]]), 4);
    expect(votes.dots('c1')).toBe(2);
    expect(votes.dots('c2')).toBe(1);
    expect(votes.left()).toBe(2);
  });
});
