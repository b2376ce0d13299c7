import type { FetchLike } from './api';
import { SseParser, type SseMessage } from './sse';

/** How one connection of the event stream ended. */
export type StreamEnd = 'unreachable' | 'unauthorized' | 'closed' | 'refused' | 'ended' | 'stalled' | 'aborted';

export interface StreamOptions {
  url: string;
  token: string;
  fetch: FetchLike;
  /** No byte for this long means a dead connection (a hotspot drops without closing it). */
  idleMs: number;
  onOpen(): void;
  onMessage(m: SseMessage): void;
}

/** One connection of GET /p/api/events, read with fetch so it can carry the token. */
export function openStream(opts: StreamOptions): { result: Promise<StreamEnd>; abort(): void; idleFor(): number } {
  const ctl = new AbortController();
  let aborted = false;
  let stalled = false;
  let lastByte = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    lastByte = Date.now();
    clearTimeout(timer);
    timer = setTimeout(() => { stalled = true; ctl.abort(); }, opts.idleMs);
  };

  const run = async (): Promise<StreamEnd> => {
    arm();
    let res: Response;
    try {
      res = await opts.fetch(opts.url, {
        headers: { Authorization: `Bearer ${opts.token}`, Accept: 'text/event-stream' },
        cache: 'no-store', credentials: 'omit', signal: ctl.signal,
      });
    } catch {
      return aborted ? 'aborted' : 'unreachable';
    }
    if (res.status === 401) return 'unauthorized';
    if (!res.ok || !res.body) {
      let reason = '';
      try { reason = ((await res.json()) as { error?: { reason?: string } }).error?.reason ?? ''; } catch { /* not JSON */ }
      return reason === 'session_closed' ? 'closed' : reason === 'unauthorized' ? 'unauthorized' : 'refused';
    }
    opts.onOpen();
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    const parser = new SseParser();
    try {
      for (;;) {
        arm();
        const { done, value } = await reader.read();
        if (done) return 'ended';
        for (const m of parser.feed(decoder.decode(value, { stream: true }))) opts.onMessage(m);
        if (aborted) return 'aborted';
      }
    } catch {
      return aborted ? 'aborted' : stalled ? 'stalled' : 'ended';
    }
  };

  const result = run().finally(() => clearTimeout(timer));
  return {
    result,
    abort: () => { aborted = true; ctl.abort(); },
    idleFor: () => Date.now() - lastByte,
  };
}
