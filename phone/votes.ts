import type { PhoneError, Result } from './api';

export type VoteSend = (targetId: string, dots: number) => Promise<Result<unknown>>;

/**
 * Dots shown at once when a +/- is tapped, sent one request per target at a time: taps during a
 * slow request end in one more request with the latest count, never in answers out of order.
 */
export class VoteSender {
  private confirmed = new Map<string, number>();
  private desired = new Map<string, number>();
  private inflight = new Set<string>();
  private serverLeft = 0;

  constructor(private send: VoteSend, private settled: (targetId: string, error: PhoneError | null) => void) {}

  /** Takes the board's counts; targets with a request on the way keep what was tapped. */
  sync(dots: Map<string, number>, dotsLeft: number): void {
    this.confirmed = dots;
    this.serverLeft = dotsLeft;
    this.desired.forEach((_, id) => { if (!this.inflight.has(id)) this.desired.delete(id); });
  }

  dots(targetId: string): number {
    const want = this.desired.get(targetId);
    return want !== undefined ? want : this.confirmed.get(targetId) ?? 0;
  }

  left(): number {
    let pending = 0;
    this.desired.forEach((want, id) => { pending += want - (this.confirmed.get(id) ?? 0); });
    return this.serverLeft - pending;
  }

  set(targetId: string, dots: number): void {
    this.desired.set(targetId, Math.max(0, Math.min(20, dots)));
    void this.pump(targetId);
  }

  private async pump(targetId: string): Promise<void> {
    if (this.inflight.has(targetId)) return;
    const want = this.desired.get(targetId);
    const had = this.confirmed.get(targetId) ?? 0;
    if (want === undefined) return;
    if (want === had) { this.desired.delete(targetId); return; }
    this.inflight.add(targetId);
    const res = await this.send(targetId, want);
    this.inflight.delete(targetId);
    if (res.ok) {
      const left = (res.data as { dotsLeft?: unknown } | null)?.dotsLeft;
      this.serverLeft = typeof left === 'number' ? left : this.serverLeft - (want - (this.confirmed.get(targetId) ?? 0));
      this.confirmed.set(targetId, want);
      if (this.desired.get(targetId) === want) this.desired.delete(targetId);
      this.settled(targetId, null);
      void this.pump(targetId);
      return;
    }
    // Refused or not sent: show what the server has, not what was tapped.
    this.desired.delete(targetId);
    // `left` is what this target could hold: the dots free elsewhere plus its own.
    const left = Number(res.error.params.left);
    if (res.error.reason === 'workshop_dots_exceeded' && Number.isFinite(left)) this.serverLeft = left - (this.confirmed.get(targetId) ?? 0);
    this.settled(targetId, res.error);
  }
}
