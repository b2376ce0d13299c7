import { isAuthError, isTransient, type PhoneError } from './api';

/** A card (or an edit of one) written on this phone and not yet acknowledged by the laptop. */
export interface OutboxItem {
  /** Made once when the card is written and reused on every retry, so the server stores it once. */
  clientId: string;
  kind: 'create' | 'update';
  text: string;
  cardId?: string;
  /** The code of the session it was written in: never sent into another session unasked. */
  code: string;
  at: number;
}

export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const valid = (x: unknown): x is OutboxItem => {
  const i = x as OutboxItem;
  return !!i && typeof i.clientId === 'string' && (i.kind === 'create' || i.kind === 'update') && typeof i.text === 'string'
    && typeof i.code === 'string' && (i.kind === 'create' || typeof i.cardId === 'string');
};

/** The queue lives in localStorage, so a closed tab or a dead battery loses nothing written. */
export class Outbox {
  constructor(private kv: KeyValue, private key: string) {}

  all(): OutboxItem[] {
    try {
      const parsed: unknown = JSON.parse(this.kv.getItem(this.key) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(valid) : [];
    } catch {
      return [];
    }
  }

  private save(items: OutboxItem[]): void {
    try {
      if (items.length) this.kv.setItem(this.key, JSON.stringify(items));
      else this.kv.removeItem(this.key);
    } catch { /* storage full or blocked: the item still goes out while the page is open */ }
  }

  add(item: OutboxItem): void {
    // A newer edit of the same card replaces an unsent older one.
    const items = this.all().filter((i) => !(item.kind === 'update' && i.kind === 'update' && i.cardId === item.cardId));
    items.push(item);
    this.save(items);
  }

  remove(clientId: string): void {
    this.save(this.all().filter((i) => i.clientId !== clientId));
  }

  of(code: string): OutboxItem[] {
    return this.all().filter((i) => i.code === code);
  }

  others(code: string): OutboxItem[] {
    return this.all().filter((i) => i.code !== code);
  }

  /** New cards from an earlier session go into this one; edits of that session's cards cannot. */
  adopt(code: string): void {
    this.save(this.all().filter((i) => i.code === code || i.kind === 'create').map((i) => ({ ...i, code })));
  }

  dropOthers(code: string): void {
    this.save(this.of(code));
  }

  clear(): void {
    this.save([]);
  }
}

/** What a refusal means for a queued item. */
export type Outcome = 'sent' | 'retry' | 'drop' | 'auth' | 'closed';

export function outcomeOf(error: PhoneError | null): Outcome {
  if (!error) return 'sent';
  if (error.reason === 'session_closed') return 'closed';
  if (isAuthError(error)) return 'auth';
  if (isTransient(error)) return 'retry';
  // Refused on its merits (too long, card revealed meanwhile...): retrying cannot help.
  return 'drop';
}

export interface FlushReport {
  sent: number;
  dropped: { item: OutboxItem; error: PhoneError }[];
  /** Why sending stopped early, with items left in the queue. */
  stopped: PhoneError | null;
}

/** Sends this session's items oldest first; stops at the first failure that later may not repeat. */
export async function flushOutbox(box: Outbox, code: string, send: (item: OutboxItem) => Promise<PhoneError | null>): Promise<FlushReport> {
  const report: FlushReport = { sent: 0, dropped: [], stopped: null };
  const tried = new Set<string>();
  for (;;) {
    // Read again each time: cards written meanwhile join the same run.
    const item = box.of(code).filter((i) => !tried.has(i.clientId))[0];
    if (!item) return report;
    tried.add(item.clientId);
    const error = await send(item);
    const outcome = outcomeOf(error);
    if (outcome === 'sent') {
      box.remove(item.clientId);
      report.sent++;
    } else if (outcome === 'drop') {
      box.remove(item.clientId);
      report.dropped.push({ item, error: error! });
    } else {
      report.stopped = error;
      return report;
    }
  }
}
