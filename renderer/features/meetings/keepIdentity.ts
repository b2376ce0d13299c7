/**
 * Returns `next`, but reuses every part of `prev` that is structurally equal to it (rows matched
 * by id). After a reload only the rows that really changed are new objects, so memoised rows
 * (300 attendees, many agenda cards) skip re-rendering.
 */
export function keepIdentity<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return prev as T;
  if (Array.isArray(prev) && Array.isArray(next)) {
    const byId = new Map<unknown, unknown>();
    for (const p of prev) if (isRecord(p) && 'id' in p) byId.set(p.id, p);
    let same = prev.length === next.length;
    const out = next.map((n: unknown, i) => {
      const match = isRecord(n) && 'id' in n ? byId.get(n.id) : prev[i];
      const kept = keepIdentity(match, n);
      if (kept !== prev[i]) same = false;
      return kept;
    });
    return (same ? prev : out) as T;
  }
  if (isRecord(prev) && isRecord(next)) {
    const keys = Object.keys(next);
    let same = keys.length === Object.keys(prev).length;
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      out[k] = keepIdentity(prev[k], next[k]);
      if (out[k] !== prev[k]) same = false;
    }
    return (same ? prev : out) as T;
  }
  return next;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
