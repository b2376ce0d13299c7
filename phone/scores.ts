import { isTransient, type PhoneError, type Result } from './api';

export interface Scores { importance: number | null; feasibility: number | null }
export type Which = keyof Scores;
export type ScoreSend = (targetId: string, scores: Scores, clientId: string) => Promise<Result<unknown>>;

const NONE: Scores = { importance: null, feasibility: null };
const same = (a: Scores, b: Scores) => a.importance === b.importance && a.feasibility === b.feasibility;
const RETRY_MS = 4000;

/**
 * Scores shown at once when tapped, sent like dots: one request per target at a time, the last
 * tap winning. A request that got no answer is tried again with the same clientId (the server
 * replays its first answer), so a weak hotspot loses no score and stores none twice.
 */
export class ScoreSender {
  private confirmed = new Map<string, Scores>();
  private desired = new Map<string, Scores>();
  private inflight = new Set<string>();
  /** Targets waiting to retry, with the clientId of the request that got no answer. */
  private waiting = new Map<string, { scores: Scores; clientId: string; timer: ReturnType<typeof setTimeout> }>();

  constructor(
    private send: ScoreSend,
    private settled: (targetId: string, error: PhoneError | null) => void,
    private newClientId: () => string,
    private retryMs = RETRY_MS,
  ) {}

  /** Takes the board's scores; targets still being sent keep what was tapped. */
  sync(scores: Map<string, Scores>): void {
    this.confirmed = scores;
    this.desired.forEach((_, id) => { if (!this.inflight.has(id) && !this.waiting.has(id)) this.desired.delete(id); });
  }

  scores(targetId: string): Scores {
    return this.desired.get(targetId) || this.confirmed.get(targetId) || NONE;
  }

  /** Tapped but not yet acknowledged by the laptop. */
  pending(targetId: string): boolean {
    return this.desired.has(targetId);
  }

  /** Sets one half; tapping the chosen number again takes it back. */
  set(targetId: string, which: Which, value: number): void {
    const now = this.scores(targetId);
    const next: Scores = { importance: now.importance, feasibility: now.feasibility };
    next[which] = now[which] === value ? null : value;
    this.desired.set(targetId, next);
    void this.pump(targetId);
  }

  /** Sends what waits for a retry now (the connection came back). */
  retryNow(): void {
    this.waiting.forEach((w, id) => { clearTimeout(w.timer); void this.pump(id); });
  }

  stop(): void {
    this.waiting.forEach((w) => clearTimeout(w.timer));
    this.waiting.clear();
  }

  private async pump(targetId: string): Promise<void> {
    if (this.inflight.has(targetId)) return;
    const want = this.desired.get(targetId);
    if (!want) return;
    const earlier = this.waiting.get(targetId);
    if (earlier) clearTimeout(earlier.timer);
    this.waiting.delete(targetId);
    if (same(want, this.confirmed.get(targetId) || NONE)) { this.desired.delete(targetId); return; }
    const clientId = earlier && same(earlier.scores, want) ? earlier.clientId : this.newClientId();
    this.inflight.add(targetId);
    const res = await this.send(targetId, want, clientId);
    this.inflight.delete(targetId);
    if (res.ok) {
      this.confirmed.set(targetId, want);
      if (this.desired.get(targetId) === want) this.desired.delete(targetId);
      this.settled(targetId, null);
      void this.pump(targetId);
      return;
    }
    if (isTransient(res.error) && this.desired.has(targetId)) {
      const latest = this.desired.get(targetId)!;
      // Unchanged since: the same request again later. Changed: the newer scores go at once.
      if (same(latest, want)) {
        this.waiting.set(targetId, { scores: want, clientId, timer: setTimeout(() => { void this.pump(targetId); }, this.retryMs) });
      } else void this.pump(targetId);
      this.settled(targetId, res.error);
      return;
    }
    // Refused on its merits: show what the laptop has, not what was tapped.
    this.desired.delete(targetId);
    this.settled(targetId, res.error);
  }
}
