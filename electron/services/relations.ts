import type { Database } from 'better-sqlite3';
import { relationDefaults, type Relation, type RelationFields } from '../../shared/domain/relation';
import { AppError, notFound } from '../errors';
import type { ProjectTools } from '../handlers/types';
import { readStakeholder } from './stakeholderRows';

interface RelationRow {
  id: string;
  source_id: string;
  target_id: string;
  kind: string;
  formality: string;
  strength: number;
  mutual: number;
  since: string | null;
  note: string;
  created_at: string;
}

const toRelation = (r: RelationRow): Relation => ({
  id: r.id, sourceId: r.source_id, targetId: r.target_id, kind: r.kind as Relation['kind'],
  formality: r.formality as Relation['formality'], strength: r.strength, mutual: r.mutual === 1,
  since: r.since, note: r.note, createdAt: r.created_at,
});

function columns(f: Partial<RelationFields>): Record<string, unknown> {
  const map: Record<keyof RelationFields, string> = {
    sourceId: 'source_id', targetId: 'target_id', kind: 'kind', formality: 'formality',
    strength: 'strength', mutual: 'mutual', since: 'since', note: 'note',
  };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(f)) if (v !== undefined) out[map[k as keyof RelationFields]] = typeof v === 'boolean' ? Number(v) : v;
  return out;
}

export function readRelation(db: Database, id: string): Relation {
  const row = db.prepare('SELECT * FROM relations WHERE id = ?').get(id) as RelationRow | undefined;
  if (!row) throw notFound('relation', id);
  return toRelation(row);
}

export function listRelations(db: Database): Relation[] {
  return (db.prepare('SELECT * FROM relations ORDER BY created_at, id').all() as RelationRow[]).map(toRelation);
}

/** No self-ties; one tie per ordered pair and kind. Checked here so the message is clear. */
function checkTie(db: Database, f: Pick<RelationFields, 'sourceId' | 'targetId' | 'kind'>, exceptId?: string): void {
  if (f.sourceId === f.targetId) throw new AppError('invalid_input', 'relation_self', 'A stakeholder cannot be tied to itself');
  readStakeholder(db, f.sourceId);
  readStakeholder(db, f.targetId);
  const clash = db
    .prepare('SELECT id FROM relations WHERE source_id = ? AND target_id = ? AND kind = ? AND id IS NOT ?')
    .get(f.sourceId, f.targetId, f.kind, exceptId ?? null);
  if (clash) throw new AppError('conflict', 'relation_exists', 'This tie already exists');
}

type NewRelation = Pick<RelationFields, 'sourceId' | 'targetId' | 'kind'> & Partial<RelationFields>;

export function createRelation(db: Database, input: NewRelation, t: ProjectTools): Relation {
  const fields = { ...relationDefaults, ...input };
  checkTie(db, fields);
  const id = t.newId();
  t.rec.insert('relations', { id, ...columns(fields), created_at: t.now });
  return readRelation(db, id);
}

/** Also used to reconnect a tie to another source or target on the map. */
export function updateRelation(db: Database, id: string, patch: Partial<RelationFields>, t: ProjectTools): Relation {
  const next = { ...readRelation(db, id), ...patch };
  checkTie(db, next, id);
  t.rec.update('relations', id, columns(patch));
  return readRelation(db, id);
}

export function deleteRelation(db: Database, id: string, t: ProjectTools): { deleted: true } {
  readRelation(db, id);
  t.rec.delete('relations', id);
  return { deleted: true };
}
