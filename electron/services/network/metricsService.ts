import { createHash } from 'node:crypto';
import type { MetricsRow } from '../../../shared/domain/relation';
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

/**
 * network.metrics: computed in worker threads when they are available, and remembered per
 * project for the map as it is, so asking again for an unchanged map costs a read and a hash.
 */
export class MetricsService {
  private readonly workers: MetricsWorkers | null;
  private readonly cache = new Map<string, { key: string; values: Promise<PathAndSpectral> }>();

  constructor(workerFile: string | undefined) {
    this.workers = workerFile ? new MetricsWorkers(workerFile) : null;
  }

  async rows(projectId: string, nodes: readonly MetricsNode[], ties: readonly MetricsTie[]): Promise<MetricsRow[]> {
    const g = graphOf(nodes, ties);
    const key = fingerprint(g);
    let hit = this.cache.get(projectId);
    if (hit?.key !== key) {
      const values = this.workers ? this.workers.compute(g) : Promise.resolve({ ...pathMetrics(g), eigenvector: eigenvectorCentrality(g) });
      hit = { key, values };
      this.cache.set(projectId, hit);
      values.catch(() => this.cache.delete(projectId));
    }
    return rowsOf(nodes, g, await hit.values);
  }

  forget(projectId: string): void {
    this.cache.delete(projectId);
  }

  close(): Promise<void> {
    return this.workers?.close() ?? Promise.resolve();
  }
}
