import type { Database } from 'better-sqlite3';
import type { MetricsRow } from '../../../shared/domain/relation';
import type { MetricsNode, MetricsTie } from './graph';
import { computeMetrics } from './metrics';
import { readMap, type MetricsService } from './metricsService';

/**
 * The metrics of the map as it is when called. A service calls it in the same synchronous
 * stretch as its own reads (inside its transaction), so the figures belong to what it reads.
 */
export type MapMetrics = () => MetricsRow[];

/** Measured here, on the calling thread: for callers without the metrics service. */
export const onThisThread = (db: Database): MapMetrics => () => {
  const { nodes, ties } = readMap(db);
  return computeMetrics(nodes, ties);
};

const sameMap = (a: { nodes: MetricsNode[]; ties: MetricsTie[] }, b: { nodes: MetricsNode[]; ties: MetricsTie[] }) =>
  a.nodes.length === b.nodes.length && a.ties.length === b.ties.length
  && a.nodes.every((n, i) => n.id === b.nodes[i]!.id && n.name === b.nodes[i]!.name)
  && a.ties.every((t, i) => t.sourceId === b.ties[i]!.sourceId && t.targetId === b.ties[i]!.targetId && t.mutual === b.ties[i]!.mutual);

/**
 * Measures the map off this thread (the metrics workers) while the host answers other calls.
 * Should the map change while it is measured, the answer measures it again on the spot, so
 * the figures are always those of the map the caller reads.
 */
export async function measureMap(service: MetricsService, projectId: string, db: Database): Promise<MapMetrics> {
  const measured = readMap(db);
  const rows = await service.rows(projectId, () => measured);
  return () => {
    const now = readMap(db);
    return sameMap(measured, now) ? rows : computeMetrics(now.nodes, now.ties);
  };
}
