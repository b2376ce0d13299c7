/** "4:05", "12:00", "1:02:03". */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.ceil(totalSeconds));
  const pad = (n: number) => (n < 10 ? '0' : '') + n;
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  return hours ? `${hours}:${pad(minutes)}:${pad(s % 60)}` : `${minutes}:${pad(s % 60)}`;
}

/** Seconds left now, counted down locally from what the last board said (re-synced on every fetch). */
export function remainingAt(timer: { remainingSeconds: number; running: boolean }, syncedAt: number, now: number): number {
  return timer.running ? timer.remainingSeconds - (now - syncedAt) / 1000 : timer.remainingSeconds;
}

/** Digits as ASCII: some keyboards send Arabic-Indic (U+0660…) or full-width (U+FF10…) digits. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\uff10-\uff19]/g, (d) => String(d.charCodeAt(0) & 0xf));
}

/** A code carried by the link (the QR code may hold one): ?code=1234, #1234 or #code=1234. */
export function codeFromUrl(search: string, hash: string): string | null {
  const m = /[?&]code=(\d{4})(?:&|$)/.exec(search) ?? /^#(?:code=)?(\d{4})$/.exec(hash);
  return m ? m[1]! : null;
}

/** A card's text cut for a one-line message. */
export function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
