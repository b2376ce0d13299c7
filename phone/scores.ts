import type { PhoneError, Result } from './api';
import { LatestSender } from './latestSender';

export interface Scores { importance: number | null; feasibility: number | null }
export type Which = keyof Scores;
export type ScoreSend = (targetId: string, scores: Scores, clientId: string) => Promise<Result<unknown>>;

const NONE: Scores = { importance: null, feasibility: null };
const same = (a: Scores, b: Scores) => a.importance === b.importance && a.feasibility === b.feasibility;

/** Importance and feasibility of cards or themes, sent like every tapped value (latestSender.ts). */
export class ScoreSender extends LatestSender<Scores> {
  constructor(send: ScoreSend, settled: (targetId: string, error: PhoneError | null) => void, newClientId: () => string, retryMs?: number) {
    super(send, settled, newClientId, NONE, same, retryMs);
  }

  scores(targetId: string): Scores {
    return this.value(targetId);
  }

  /** Sets one half; tapping the chosen number again takes it back. */
  set(targetId: string, which: Which, value: number): void {
    const now = this.scores(targetId);
    const next: Scores = { importance: now.importance, feasibility: now.feasibility };
    next[which] = now[which] === value ? null : value;
    this.put(targetId, next);
  }
}
