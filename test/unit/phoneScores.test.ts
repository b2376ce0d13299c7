import { describe, expect, it } from 'vitest';
import { networkError, type PhoneError, type Result } from '../../phone/api';
import { ScoreSender, type Scores } from '../../phone/scores';

/** Requests held until the test answers them, to play a slow hotspot. */
function slowServer() {
  const calls: { targetId: string; scores: Scores; clientId: string; answer(r: Result<unknown>): void }[] = [];
  const send = (targetId: string, scores: Scores, clientId: string) =>
    new Promise<Result<unknown>>((resolve) => { calls.push({ targetId, scores, clientId, answer: resolve }); });
  return { calls, send };
}
const tick = () => new Promise((r) => setTimeout(r, 0));
let n = 0;
const ids = () => `s-test-${String(++n).padStart(4, '0')}`;

describe('phone scoring', () => {
  it('shows taps at once, sends one request per target at a time, the last scores winning; a second tap clears', async () => {
    const server = slowServer();
    const settled: (PhoneError | null)[] = [];
    const scores = new ScoreSender(server.send, (_, e) => settled.push(e), ids);
    scores.sync(new Map([['c1', { importance: null, feasibility: null }]]));
    scores.set('c1', 'importance', 4);
    scores.set('c1', 'feasibility', 2);
    scores.set('c1', 'feasibility', 3);
    expect(scores.scores('c1')).toEqual({ importance: 4, feasibility: 3 });
    expect(scores.pending('c1')).toBe(true);
    expect(server.calls.map((c) => c.scores)).toEqual([{ importance: 4, feasibility: null }]);
    server.calls[0]!.answer({ ok: true, data: {} });
    await tick();
    expect(server.calls.map((c) => c.scores)).toEqual([{ importance: 4, feasibility: null }, { importance: 4, feasibility: 3 }]);
    server.calls[1]!.answer({ ok: true, data: {} });
    await tick();
    expect(scores.pending('c1')).toBe(false);
    expect(settled).toEqual([null, null]);

    scores.set('c1', 'importance', 4);
    expect(scores.scores('c1')).toEqual({ importance: null, feasibility: 3 });
  });

  it('goes back to the laptop\'s scores on a refusal', async () => {
    const server = slowServer();
    const settled: (PhoneError | null)[] = [];
    const scores = new ScoreSender(server.send, (_, e) => settled.push(e), ids);
    scores.sync(new Map([['c1', { importance: 2, feasibility: 2 }]]));
    scores.set('c1', 'importance', 5);
    const refusal: PhoneError = { code: 'invalid_state', reason: 'scores_not_open', message: '', params: {}, status: 409 };
    server.calls[0]!.answer({ ok: false, error: refusal });
    await tick();
    expect(scores.scores('c1')).toEqual({ importance: 2, feasibility: 2 });
    expect(settled).toEqual([refusal]);
  });

  it('keeps a score that got no answer, through a new board, and sends it again with the same clientId', async () => {
    const server = slowServer();
    const scores = new ScoreSender(server.send, () => {}, ids, 5);
    scores.sync(new Map());
    scores.set('g1', 'feasibility', 4);
    server.calls[0]!.answer({ ok: false, error: networkError() });
    await tick();
    scores.sync(new Map([['g1', { importance: null, feasibility: null }]]));
    expect(scores.scores('g1')).toEqual({ importance: null, feasibility: 4 });
    await new Promise((r) => setTimeout(r, 20));
    expect(server.calls).toHaveLength(2);
    expect(server.calls[1]!.clientId).toBe(server.calls[0]!.clientId);
    server.calls[1]!.answer({ ok: true, data: {} });
    await tick();
    expect(scores.pending('g1')).toBe(false);
    scores.stop();
  });

  it('sends newer scores under a new clientId when they changed while waiting', async () => {
    const server = slowServer();
    const scores = new ScoreSender(server.send, () => {}, ids, 60_000);
    scores.sync(new Map());
    scores.set('g1', 'importance', 3);
    server.calls[0]!.answer({ ok: false, error: networkError() });
    await tick();
    scores.set('g1', 'importance', 5);
    expect(server.calls).toHaveLength(2);
    expect(server.calls[1]!.scores).toEqual({ importance: 5, feasibility: null });
    expect(server.calls[1]!.clientId).not.toBe(server.calls[0]!.clientId);
    scores.stop();
  });
});
