// snake_case columns <-> camelCase fields, with SQLite's 0/1 for booleans, so services do not
// hand-map every table twice.
type Row = Record<string, unknown>;

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A database row as a domain object; `booleans` names the camelCase fields stored as 0/1. */
export function fromRow<T>(row: Row, booleans: readonly string[] = [], json: readonly string[] = []): T {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) {
    const key = camel(k);
    out[key] = booleans.includes(key) ? v === 1 : json.includes(key) ? JSON.parse(String(v)) : v;
  }
  return out as T;
}

/** Domain fields as columns; undefined fields are left out so a patch only touches what it names. */
export function toColumns(fields: Row, json: readonly string[] = []): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) continue;
    out[snake(k)] = typeof v === 'boolean' ? Number(v) : json.includes(k) ? JSON.stringify(v) : v;
  }
  return out;
}
