/** Writes per device in a sliding minute: a stuck retry loop or a prank cannot flood the wall. */
export const WRITES_PER_MINUTE = 60;
/** Wrong codes per address before it has to wait. */
export const CODE_TRIES = 5;
export const CODE_LOCK_MS = 5 * 60_000;

export class SlidingWindow {
  private readonly times: number[] = [];
  constructor(private readonly limit: number, private readonly windowMs: number) {}

  /** Counts one event now; false when it would pass the limit (the event is not counted). */
  take(now: number): boolean {
    while (this.times.length && this.times[0]! <= now - this.windowMs) this.times.shift();
    if (this.times.length >= this.limit) return false;
    this.times.push(now);
    return true;
  }

  /** Milliseconds until the next event would be allowed. */
  retryAfter(now: number): number {
    return this.times.length < this.limit ? 0 : Math.max(0, this.times[0]! + this.windowMs - now);
  }
}

/** Wrong session codes per remote address; after CODE_TRIES the address waits CODE_LOCK_MS. */
export class CodeGuard {
  private readonly tries = new Map<string, { wrong: number; lockedUntil: number }>();

  lockedFor(address: string, now: number): number {
    const t = this.tries.get(address);
    return t && t.lockedUntil > now ? t.lockedUntil - now : 0;
  }

  wrong(address: string, now: number): void {
    const t = this.tries.get(address) ?? { wrong: 0, lockedUntil: 0 };
    t.wrong += 1;
    if (t.wrong >= CODE_TRIES) {
      t.wrong = 0;
      t.lockedUntil = now + CODE_LOCK_MS;
    }
    this.tries.set(address, t);
  }

  right(address: string): void {
    this.tries.delete(address);
  }
}
