import type { Database } from 'better-sqlite3';
import type { MetricsRow, Relation } from '../../shared/domain/relation';
import type { SnapshotComparison, SnapshotData, SnapshotInfo } from '../../shared/domain/snapshot';
import { notFound } from '../errors';
import type { ProjectTools } from '../handlers/types';
import { computeMetrics } from './network/metrics';
import { listRelations } from './relations';
import { listGroups, listStakeholders } from './stakeholderRows';

interface SnapshotRow { id: string; name: string; taken_at: string; data: string }

function currentMap(db: Database): SnapshotData {
  const stakeholders = listStakeholders(db);
  const relations = listRelations(db);
  return { stakeholders, relations, groups: listGroups(db), metrics: computeMetrics(stakeholders, relations) };
}

const infoOf = (row: SnapshotRow): SnapshotInfo => {
  const data = JSON.parse(row.data) as SnapshotData;
  return { id: row.id, name: row.name, takenAt: row.taken_at, stakeholderCount: data.stakeholders.length, relationCount: data.relations.length };
};

export function createSnapshot(db: Database, name: string, t: ProjectTools): SnapshotInfo {
  const id = t.newId();
  t.rec.insert('snapshots', { id, name, taken_at: t.now, data: JSON.stringify(currentMap(db)) });
  return listSnapshots(db).find((s) => s.id === id)!;
}

export function listSnapshots(db: Database): SnapshotInfo[] {
  return (db.prepare('SELECT * FROM snapshots ORDER BY taken_at DESC, id').all() as SnapshotRow[]).map(infoOf);
}

export function readSnapshot(db: Database, id: string): SnapshotInfo & { data: SnapshotData } {
  const row = db.prepare('SELECT * FROM snapshots WHERE id = ?').get(id) as SnapshotRow | undefined;
  if (!row) throw notFound('snapshot', id);
  return { ...infoOf(row), data: JSON.parse(row.data) as SnapshotData };
}

export function deleteSnapshot(db: Database, id: string, t: ProjectTools): { deleted: true } {
  readSnapshot(db, id);
  t.rec.delete('snapshots', id);
  return { deleted: true };
}

const values = (m: MetricsRow | undefined) =>
  m ? { inDegree: m.inDegree, outDegree: m.outDegree, closeness: m.closeness, betweenness: m.betweenness, eigenvector: m.eigenvector } : null;

/** What changed from `before` to `after` (another snapshot, or the map as it is now). */
export function compareSnapshots(db: Database, beforeId: string, afterId: string | 'current'): SnapshotComparison {
  const before = readSnapshot(db, beforeId).data;
  const after = afterId === 'current' ? currentMap(db) : readSnapshot(db, afterId).data;
  const names = new Map([...before.stakeholders, ...after.stakeholders].map((s) => [s.id, s.name]));
  const ids = (list: { id: string }[]) => new Set(list.map((x) => x.id));
  const [b, a] = [ids(before.stakeholders), ids(after.stakeholders)];
  const tieKey = (r: Relation) => `${r.sourceId}>${r.targetId}:${r.kind}`;
  const [bt, at] = [new Set(before.relations.map(tieKey)), new Set(after.relations.map(tieKey))];
  const named = (r: Relation) => ({ ...r, sourceName: names.get(r.sourceId) ?? '', targetName: names.get(r.targetId) ?? '' });
  const brief = (s: { id: string; name: string; kind: string }) => ({ id: s.id, name: s.name, kind: s.kind });
  const bm = new Map(before.metrics.map((m) => [m.stakeholderId, m]));
  const am = new Map(after.metrics.map((m) => [m.stakeholderId, m]));
  const change = (id: string) => {
    const [x, y] = [bm.get(id), am.get(id)];
    if (!x || !y) return Infinity;
    return Math.abs(x.betweenness - y.betweenness) + Math.abs(x.inDegree - y.inDegree) + Math.abs(x.outDegree - y.outDegree)
      + Math.abs(x.closeness - y.closeness) + Math.abs(x.eigenvector - y.eigenvector);
  };
  return {
    stakeholdersAdded: after.stakeholders.filter((s) => !b.has(s.id)).map(brief),
    stakeholdersRemoved: before.stakeholders.filter((s) => !a.has(s.id)).map(brief),
    relationsAdded: after.relations.filter((r) => !bt.has(tieKey(r))).map(named),
    relationsRemoved: before.relations.filter((r) => !at.has(tieKey(r))).map(named),
    metricChanges: [...new Set([...b, ...a])]
      .sort((x, y) => change(y) - change(x) || (names.get(x) ?? '').localeCompare(names.get(y) ?? ''))
      .map((id) => ({ stakeholderId: id, name: names.get(id) ?? '', before: values(bm.get(id)), after: values(am.get(id)) })),
  };
}
