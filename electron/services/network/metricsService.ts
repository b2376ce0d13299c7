import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { MetricsRow } from '../../../shared/domain/relation';
import type { BackendEvents } from '../../events';
import { eigenvectorCentrality } from './eigenvector';
import type { IndexedGraph, MetricsNode, MetricsTie } from './graph';
import { graphOf, rowsOf, type PathAndSpectral } from './metrics';
import { pathMetrics } from './paths';
import { MetricsWorkers } from './workers';

/** The graph's shape only: renaming a stakeholder or editing a note does not change the metrics. */
function fingerprint(g: IndexedGraph): string {
  const h = createHash('sha1');
  h.update(g.ids.join('\n'));
  h.update(Buffer.from(g.outStart.buffer, g.outStart.byteOffset, g.outStart.byteLength));
  h.update(Buffer.from(g.outAdj.buffer, g.outAdj.byteOffset, g.outAdj.byteLength));
  return h.digest('hex');
}

/** What the metrics need of a project's map, read lean: ids, names and arcs, in the list's order. */
export function readMap(db: Database): { nodes: MetricsNode[]; ties: MetricsTie[] } {
  const nodes = db.prepare('SELECT id, name FROM stakeholders ORDER BY name COLLATE NOCASE, id').all() as MetricsNode[];
  const ties = (db.prepare('SELECT source_id AS sourceId, target_id AS targetId, mutual FROM relations ORDER BY created_at, id').all() as
    { sourceId: string; targetId: string; mutual: number }[]).map((t) => ({ ...t, mutual: t.mutual === 1 }));
  return { nodes, ties };
}

interface Cached {
  /** The graph's shape the values belong to. */
  key: string;
  values: Promise<PathAndSpectral>;
  /** The finished answer, while the project has not changed since it was read. */
  rows: MetricsRow[] | null;
}

/**
 * network.metrics: computed in worker threads when they are available, and remembered per
 * project. While nothing in the project changes the answer is served as it is; after a change
 * the map is read again, and only a new shape (not a new name) is measured again.
 */
export class MetricsService {
  private readonly workers: MetricsWorkers | null;
  private readonly cache = new Map<string, Cached>();
  /** Counts changes per project, so an answer read before a change is never kept after it. */
  private readonly generation = new Map<string, number>();
  private readonly unsubscribe: () => void;
  /** Finished answers are kept only where changes are heard of. */
  private readonly listening: boolean;

  constructor(workerFile: string | undefined, events?: BackendEvents) {
    this.workers = workerFile ? new MetricsWorkers(workerFile) : null;
    this.listening = !!events;
    this.unsubscribe = events?.subscribe((e) => {
      if (e.type !== 'changed') return;
      this.generation.set(e.projectId, (this.generation.get(e.projectId) ?? 0) + 1);
      const hit = this.cache.get(e.projectId);
      if (hit) hit.rows = null;
    }) ?? (() => {});
  }

  async rows(projectId: string, read: () => { nodes: readonly MetricsNode[]; ties: readonly MetricsTie[] }): Promise<MetricsRow[]> {
    const known = this.cache.get(projectId);
    if (known?.rows) return known.rows;
    const generation = this.generation.get(projectId) ?? 0;
    const { nodes, ties } = read();
    const g = graphOf(nodes, ties);
    const key = fingerprint(g);
    let hit = known;
    if (hit?.key !== key) {
      const values = this.workers ? this.workers.compute(g) : Promise.resolve({ ...pathMetrics(g), eigenvector: eigenvectorCentrality(g) });
      hit = { key, values, rows: null };
      this.cache.set(projectId, hit);
      values.catch(() => this.cache.delete(projectId));
    }
    const rows = rowsOf(nodes, g, await hit.values);
    if (this.listening && this.cache.get(projectId) === hit && (this.generation.get(projectId) ?? 0) === generation) hit.rows = rows;
    return rows;
  }

  close(): Promise<void> {
    this.unsubscribe();
    return this.workers?.close() ?? Promise.resolve();
  }
}
