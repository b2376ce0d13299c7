import type { Database } from 'better-sqlite3';
import type { MetricsRow, Relation } from '../../shared/domain/relation';
import type { MiniMap, SnapshotComparison, SnapshotData, SnapshotInfo } from '../../shared/domain/snapshot';
import { notFound } from '../errors';
import type { ProjectTools } from '../handlers/types';
import type { MapMetrics } from './network/measure';
import { listRelations } from './relations';
import { listGroups, listStakeholders } from './stakeholderRows';
import { positionsOf } from './stakeholders';
import { summariseChange } from '../../shared/snapshots/summary';
import { formatTanggal } from '../../shared/indonesian';
import { bdsDefaults, firmDefaults } from '../../shared/domain/stakeholderProfile';
import type { MapComparisonData } from '../export/documents/mapComparison';

interface SnapshotRow { id: string; name: string; taken_at: string; data: string }

/** The map as it is now; `metrics` are measured before the transaction, off the host's thread. */
function currentMap(db: Database, metrics: MapMetrics): SnapshotData {
  return { stakeholders: listStakeholders(db), relations: listRelations(db), groups: listGroups(db), metrics: metrics(), positions: positionsOf(db) };
}

/** One side of the comparison as a small drawing: its own positions, else today's, else none (drawn in a ring). */
function miniMapOf(map: SnapshotData, other: SnapshotData, fallback: Map<string, { x: number; y: number }>, side: 'before' | 'after'): MiniMap {
  const own = new Map((map.positions ?? []).map((p) => [p.id, p]));
  const otherIds = new Set(other.stakeholders.map((s) => s.id));
  const tieKey = (r: Relation) => `${r.sourceId}>${r.targetId}:${r.kind}`;
  const otherTies = new Set(other.relations.map(tieKey));
  const gone = side === 'before' ? 'removed' : 'added';
  return {
    nodes: map.stakeholders.map((s) => {
      const at = own.get(s.id) ?? fallback.get(s.id);
      return { id: s.id, name: s.name, kind: s.kind, x: at?.x ?? null, y: at?.y ?? null, change: otherIds.has(s.id) ? 'same' : gone };
    }),
    edges: map.relations.map((r) => ({ source: r.sourceId, target: r.targetId, change: otherTies.has(tieKey(r)) ? 'same' : gone })),
  };
}

const infoOf = (row: SnapshotRow): SnapshotInfo => {
  const data = JSON.parse(row.data) as SnapshotData;
  return { id: row.id, name: row.name, takenAt: row.taken_at, stakeholderCount: data.stakeholders.length, relationCount: data.relations.length };
};

export function createSnapshot(db: Database, name: string, t: ProjectTools, metrics: MapMetrics): SnapshotInfo {
  const id = t.newId();
  t.rec.insert('snapshots', { id, name, taken_at: t.now, data: JSON.stringify(currentMap(db, metrics)) });
  return listSnapshots(db).find((s) => s.id === id)!;
}

export function listSnapshots(db: Database): SnapshotInfo[] {
  return (db.prepare('SELECT * FROM snapshots ORDER BY taken_at DESC, id').all() as SnapshotRow[]).map(infoOf);
}

export function readSnapshot(db: Database, id: string): SnapshotInfo & { data: SnapshotData } {
  const row = db.prepare('SELECT * FROM snapshots WHERE id = ?').get(id) as SnapshotRow | undefined;
  if (!row) throw notFound('snapshot', id);
  const data = JSON.parse(row.data) as SnapshotData;
  // A snapshot saved before the firm and BDS fields existed reads with their empty values.
  return { ...infoOf(row), data: { ...data, stakeholders: data.stakeholders.map((s) => ({ ...firmDefaults, ...bdsDefaults, ...s })) } };
}

export function deleteSnapshot(db: Database, id: string, t: ProjectTools): { deleted: true } {
  readSnapshot(db, id);
  t.rec.delete('snapshots', id);
  return { deleted: true };
}

const values = (m: MetricsRow | undefined) =>
  m ? { inDegree: m.inDegree, outDegree: m.outDegree, closeness: m.closeness, betweenness: m.betweenness, eigenvector: m.eigenvector } : null;

/** What changed from `before` to `after` (another snapshot, or the map as it is now). */
export function compareSnapshots(db: Database, beforeId: string, afterId: string | 'current', metrics: MapMetrics): SnapshotComparison {
  const before = readSnapshot(db, beforeId).data;
  const after = afterId === 'current' ? currentMap(db, metrics) : readSnapshot(db, afterId).data;
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
  const diff = {
    stakeholdersAdded: after.stakeholders.filter((s) => !b.has(s.id)).map(brief),
    stakeholdersRemoved: before.stakeholders.filter((s) => !a.has(s.id)).map(brief),
    relationsAdded: after.relations.filter((r) => !bt.has(tieKey(r))).map(named),
    relationsRemoved: before.relations.filter((r) => !at.has(tieKey(r))).map(named),
    metricChanges: [...new Set([...b, ...a])]
      .sort((x, y) => change(y) - change(x) || (names.get(x) ?? '').localeCompare(names.get(y) ?? ''))
      .map((id) => ({ stakeholderId: id, name: names.get(id) ?? '', before: values(bm.get(id)), after: values(am.get(id)) })),
  };
  const today = new Map(positionsOf(db).map((p) => [p.id, p]));
  return {
    ...diff,
    summary: summariseChange(before, after, diff),
    maps: { before: miniMapOf(before, after, today, 'before'), after: miniMapOf(after, before, today, 'after') },
  };
}

/** What the map comparison report prints: the comparison and how each side is named. */
export function mapComparisonData(db: Database, beforeId: string, afterId: string | 'current', today: string, metrics: MapMetrics): MapComparisonData {
  const label = (id: string) => {
    const s = readSnapshot(db, id);
    return `Potret "${s.name}" (${formatTanggal(s.takenAt.slice(0, 10))})`;
  };
  return {
    diff: compareSnapshots(db, beforeId, afterId, metrics),
    beforeLabel: label(beforeId),
    afterLabel: afterId === 'current' ? `Peta saat ini (${formatTanggal(today)})` : label(afterId),
    today,
  };
}
