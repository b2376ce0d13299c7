import { isAuthError, isTransient, type Call, type FetchLike, type PhoneError } from './api';
import { openStream } from './events';
import { flushOutbox, type Outbox, type OutboxItem } from './outbox';
import { backoffDelay } from './sse';
import type { PhoneView } from './types';

export type EndReason = 'closed' | 'removed' | 'unauthorized';

export interface LiveHandlers {
  board(b: PhoneView): void;
  /** Offline state or the number of queued cards changed. */
  status(): void;
  ended(why: EndReason): void;
  dropped(item: OutboxItem, error: PhoneError): void;
  notice(error: PhoneError): void;
}

export interface LiveOptions {
  call: Call;
  fetch: FetchLike;
  eventsUrl: string;
  token: string;
  code: string;
  outbox: Outbox;
  handlers: LiveHandlers;
}

const FLUSH_EVERY_MS = 5000;
// The server sends a keep-alive every 15 s: three missed ones mean the connection is dead.
const STREAM_IDLE_MS = 45000;

/** One joined session: the board, the event stream with reconnects, and the outbox retries. */
export class Live {
  offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  private stopped = false;
  private stream: ReturnType<typeof openStream> | null = null;
  private attempt = 0;
  private wake: (() => void) | null = null;
  private fetching = false;
  private fetchAgain = false;
  private flushing = false;
  private flushAgain = false;
  private boardRetry: ReturnType<typeof setTimeout> | undefined;
  private interval: ReturnType<typeof setInterval> | undefined;

  constructor(private o: LiveOptions) {}

  private readonly onOnline = () => { this.reconnectNow(); void this.flush(); };
  private readonly onOffline = () => this.setOffline(true);
  private readonly onVisible = () => {
    if (document.visibilityState !== 'visible') return;
    // A phone that slept may hold a connection that died quietly.
    if (this.stream && this.stream.idleFor() > 30000) this.stream.abort();
    this.reconnectNow();
    void this.refresh();
    void this.flush();
  };

  start(): void {
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    document.addEventListener('visibilitychange', this.onVisible);
    this.interval = setInterval(() => { void this.flush(); }, FLUSH_EVERY_MS);
    void this.refresh();
    void this.flush();
    void this.loop();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    document.removeEventListener('visibilitychange', this.onVisible);
    clearInterval(this.interval);
    clearTimeout(this.boardRetry);
    this.stream?.abort();
    this.wake?.();
  }

  /** Handles refusals every screen treats alike; true when the session is over. */
  fail(e: PhoneError): boolean {
    const over = e.reason === 'session_closed' ? 'closed' : isAuthError(e) ? 'unauthorized' : null;
    if (over) {
      this.end(over);
      return true;
    }
    if (e.reason === 'network') this.setOffline(true);
    return false;
  }

  /** A request got through. */
  ok(): void {
    this.setOffline(false);
  }

  async refresh(): Promise<void> {
    if (this.fetching) { this.fetchAgain = true; return; }
    this.fetching = true;
    try {
      do {
        this.fetchAgain = false;
        const res = await this.o.call<PhoneView>('board', {});
        if (this.stopped) return;
        if (res.ok) {
          this.setOffline(false);
          this.o.handlers.board(res.data);
        } else if (!this.fail(res.error)) {
          if (isTransient(res.error)) {
            clearTimeout(this.boardRetry);
            this.boardRetry = setTimeout(() => { void this.refresh(); }, FLUSH_EVERY_MS);
          } else this.o.handlers.notice(res.error);
        }
      } while (this.fetchAgain && !this.stopped);
    } finally {
      this.fetching = false;
    }
  }

  async flush(): Promise<void> {
    if (this.flushing) { this.flushAgain = true; return; }
    if (this.stopped || !this.o.outbox.of(this.o.code).length) return;
    this.flushing = true;
    try {
      do {
        this.flushAgain = false;
        const report = await flushOutbox(this.o.outbox, this.o.code, (item) => this.send(item));
        if (this.stopped) return;
        for (const d of report.dropped) this.o.handlers.dropped(d.item, d.error);
        if (report.sent || report.dropped.length) void this.refresh();
        this.o.handlers.status();
        if (report.stopped) { this.fail(report.stopped); return; }
      } while (this.flushAgain && !this.stopped);
    } finally {
      this.flushing = false;
    }
  }

  private async send(item: OutboxItem): Promise<PhoneError | null> {
    const res = item.kind === 'create'
      ? await this.o.call('cards.create', { text: item.text, clientId: item.clientId })
      : await this.o.call('cards.update', { cardId: item.cardId, text: item.text, clientId: item.clientId });
    if (res.ok) this.setOffline(false);
    return res.ok ? null : res.error;
  }

  private end(why: EndReason): void {
    if (this.stopped) return;
    this.stop();
    this.o.handlers.ended(why);
  }

  private setOffline(value: boolean): void {
    if (this.offline === value) return;
    this.offline = value;
    this.o.handlers.status();
  }

  private reconnectNow(): void {
    this.attempt = 0;
    this.wake?.();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() { clearTimeout(timer); resolve(); }
      this.wake = done;
    }).then(() => { this.wake = null; });
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      const openedAt = Date.now();
      let heard = false;
      this.stream = openStream({
        url: this.o.eventsUrl, token: this.o.token, fetch: this.o.fetch, idleMs: STREAM_IDLE_MS,
        // Anything may have changed while disconnected: read the board, send what waits.
        onOpen: () => { this.setOffline(false); void this.refresh(); void this.flush(); },
        onMessage: (m) => {
          heard = true;
          if (m.event === 'changed') void this.refresh();
          else if (m.event === 'closed') this.end('closed');
          else if (m.event === 'removed') this.end('removed');
        },
      });
      const end = await this.stream.result;
      this.stream = null;
      if (this.stopped) return;
      if (end === 'unauthorized') return this.end('unauthorized');
      if (end === 'closed') return this.end('closed');
      if (end === 'unreachable') this.setOffline(true);
      if (heard || Date.now() - openedAt > 20000) this.attempt = 0;
      await this.sleep(backoffDelay(this.attempt++));
    }
  }
}
