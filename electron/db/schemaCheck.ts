import Database from 'better-sqlite3';
import { migrate } from './migrate';

/** One object of a schema as sqlite_master lists it. */
interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

const key = (o: SchemaObject) => `${o.type} ${o.name}`;
const normalise = (sql: string | null) => (sql ?? '').replace(/\s+/g, ' ').trim();

function objectsOf(db: Database.Database): SchemaObject[] {
  return db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all() as SchemaObject[];
}

const expected = new Map<number, Map<string, SchemaObject>>();

/** The schema our own migrations produce at `version`, built once in memory. */
function expectedAt(version: number, nativeBinding?: string): Map<string, SchemaObject> {
  let schema = expected.get(version);
  if (!schema) {
    const db = new Database(':memory:', { nativeBinding });
    try {
      migrate(db, version);
      schema = new Map(objectsOf(db).map((o) => [key(o), o]));
    } finally {
      db.close();
    }
    expected.set(version, schema);
  }
  return schema;
}

export interface SchemaDifference {
  unexpected: string[];
  missing: string[];
  altered: string[];
}

/**
 * Compares a file's tables, indexes, triggers and views with what our migrations create at its
 * user_version. A trigger or view would run its own SQL on later edits; a dropped or altered
 * table would fail later calls: a file with any of them is refused, not repaired.
 */
export function schemaDifference(db: Database.Database, version: number, nativeBinding?: string): SchemaDifference {
  const want = expectedAt(version, nativeBinding);
  const have = new Map(objectsOf(db).map((o) => [key(o), o]));
  const diff: SchemaDifference = { unexpected: [], missing: [], altered: [] };
  for (const [k, o] of have) {
    const w = want.get(k);
    if (!w) diff.unexpected.push(k);
    else if (w.tbl_name !== o.tbl_name || normalise(w.sql) !== normalise(o.sql)) diff.altered.push(k);
  }
  for (const k of want.keys()) if (!have.has(k)) diff.missing.push(k);
  return diff;
}

export const isSameSchema = (d: SchemaDifference) => d.unexpected.length + d.missing.length + d.altered.length === 0;
