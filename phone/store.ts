import type { KeyValue } from './outbox';

/** Who this phone joined as; kept so a reload rejoins without asking again. */
export interface Session {
  token: string;
  deviceId: string;
  name: string;
  code: string;
}

// Keyed by the server's origin: the same phone may meet another laptop (another address) later.
const origin = location.origin;
export const SESSION_KEY = `klaster.phone.session:${origin}`;
export const OUTBOX_KEY = `klaster.phone.outbox:${origin}`;

/** localStorage, or memory where it is blocked, so the page still works for this visit. */
export const storage: KeyValue = (() => {
  try {
    const probe = '__klaster_probe';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    const mem = new Map<string, string>();
    return {
      getItem: (k: string) => (mem.has(k) ? mem.get(k)! : null),
      setItem: (k: string, v: string) => { mem.set(k, v); },
      removeItem: (k: string) => { mem.delete(k); },
    };
  }
})();

export function loadSession(): Session | null {
  try {
    const s = JSON.parse(storage.getItem(SESSION_KEY) ?? 'null') as Session | null;
    return s && typeof s.token === 'string' && typeof s.code === 'string' ? s : null;
  } catch {
    return null;
  }
}

export function saveSession(s: Session): void {
  try { storage.setItem(SESSION_KEY, JSON.stringify(s)); } catch { /* kept in memory only */ }
}

export function clearSession(): void {
  try { storage.removeItem(SESSION_KEY); } catch { /* nothing to clear */ }
}
