import { isTransient, type PhoneError, type Result } from './api';

export type LatestSend<V> = (targetId: string, value: V, clientId: string) => Promise<Result<unknown>>;

const RETRY_MS = 4000;

/**
 * A value per target (scores of a card, the statement chosen for a Base) shown at once when
 * tapped and sent one request per target at a time, the last tap winning. A request that got no
 * answer is tried again with the same clientId (the server replays its first answer), so a weak
 * hotspot loses nothing and stores nothing twice.
 */
export class LatestSender<V> {
  private confirmed = new Map<string, V>();
  private desired = new Map<string, V>();
  private inflight = new Set<string>();
  /** Targets waiting to retry, with the clientId of the request that got no answer. */
  private waiting = new Map<string, { value: V; clientId: string; timer: ReturnType<typeof setTimeout> }>();

  constructor(
    private send: LatestSend<V>,
    private settled: (targetId: string, error: PhoneError | null) => void,
    private newClientId: () => string,
    private readonly none: V,
    private readonly same: (a: V, b: V) => boolean,
    private retryMs = RETRY_MS,
  ) {}

  /** Takes the board's values; targets still being sent keep what was tapped. */
  sync(values: Map<string, V>): void {
    this.confirmed = values;
    this.desired.forEach((_, id) => { if (!this.inflight.has(id) && !this.waiting.has(id)) this.desired.delete(id); });
  }

  value(targetId: string): V {
    return this.desired.has(targetId) ? this.desired.get(targetId)! : this.confirmed.has(targetId) ? this.confirmed.get(targetId)! : this.none;
  }

  /** Tapped but not yet acknowledged by the laptop. */
  pending(targetId: string): boolean {
    return this.desired.has(targetId);
  }

  put(targetId: string, value: V): void {
    this.desired.set(targetId, value);
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

  private confirmedOf(targetId: string): V {
    return this.confirmed.has(targetId) ? this.confirmed.get(targetId)! : this.none;
  }

  private async pump(targetId: string): Promise<void> {
    if (this.inflight.has(targetId) || !this.desired.has(targetId)) return;
    const want = this.desired.get(targetId)!;
    const earlier = this.waiting.get(targetId);
    if (earlier) clearTimeout(earlier.timer);
    this.waiting.delete(targetId);
    if (this.same(want, this.confirmedOf(targetId))) { this.desired.delete(targetId); return; }
    const clientId = earlier && this.same(earlier.value, want) ? earlier.clientId : this.newClientId();
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
      // Unchanged since: the same request again later. Changed: the newer value goes at once.
      if (this.same(latest, want)) {
        this.waiting.set(targetId, { value: want, clientId, timer: setTimeout(() => { void this.pump(targetId); }, this.retryMs) });
      } else void this.pump(targetId);
      this.settled(targetId, res.error);
      return;
    }
    // Refused on its merits: show what the laptop has, not what was tapped.
    this.desired.delete(targetId);
    this.settled(targetId, res.error);
  }
}
