export interface SseMessage {
  event: string;
  data: string;
}

/**
 * Server-sent events read by hand: EventSource cannot send the Authorization header. Chunks may
 * split anywhere, lines end in LF, CR or CRLF. Unlike EventSource, an event without data lines
 * is still delivered, since `event: closed` needs nothing more.
 */
export class SseParser {
  private rest = '';
  private afterCR = false;
  private event = '';
  private data: string[] = [];

  feed(chunk: string): SseMessage[] {
    const out: SseMessage[] = [];
    const text = this.rest + chunk;
    let start = 0;
    // A CR ended the previous chunk: an LF right after it belongs to the same line break.
    if (this.afterCR && text.charCodeAt(0) === 10) start = 1;
    this.afterCR = false;
    for (let i = start; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      this.line(text.slice(start, i), out);
      if (c === 13) {
        if (i + 1 === text.length) this.afterCR = true;
        else if (text.charCodeAt(i + 1) === 10) i++;
      }
      start = i + 1;
    }
    this.rest = text.slice(start);
    return out;
  }

  private line(line: string, out: SseMessage[]): void {
    if (line === '') {
      if (this.event || this.data.length) out.push({ event: this.event || 'message', data: this.data.join('\n') });
      this.event = '';
      this.data = [];
      return;
    }
    if (line.charCodeAt(0) === 58) return; // ':' comment, a keep-alive
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.charCodeAt(0) === 32) value = value.slice(1);
    if (field === 'event') this.event = value;
    else if (field === 'data') this.data.push(value);
  }
}

/** Wait before reconnect attempt n (0-based): doubling from 1 s up to 30 s, half of it random so phones spread out. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(30000, 1000 * Math.pow(2, Math.min(attempt, 10)));
  return Math.round(base / 2 + (random() * base) / 2);
}
