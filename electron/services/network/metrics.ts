// The five network metrics of a stakeholder map, as networkx computes them on the directed graph
// (checked to 1e-6 against fixtures from scripts/networkx-fixtures.py in test/unit/metrics.test.ts).
import type { MetricsRow } from '../../../shared/domain/relation';
import { eigenvectorCentrality } from './eigenvector';
import { indexTies, type IndexedGraph, type MetricsNode, type MetricsTie } from './graph';
import { pathMetrics } from './paths';

export { buildDiGraph, type MetricsNode, type MetricsTie } from './graph';

/** The values that need the whole map: computed here or in the metrics workers. */
export interface PathAndSpectral { betweenness: Float64Array; closeness: Float64Array; eigenvector: Float64Array }

export const graphOf = (nodes: readonly MetricsNode[], ties: readonly MetricsTie[]): IndexedGraph => indexTies(nodes, ties);

/**
 * One row per entry of `nodes`, in that order.
 * - inDegree / outDegree: arcs in / out divided by n-1, as networkx (and graphology-metrics);
 *   a map of a single actor gives 1 for both, as in networkx.
 * - closeness, betweenness: see ./paths. eigenvector: see ./eigenvector.
 */
export function rowsOf(nodes: readonly MetricsNode[], g: IndexedGraph, v: PathAndSpectral): MetricsRow[] {
  const position = new Map(g.ids.map((id, i) => [id, i]));
  const scale = g.n > 1 ? 1 / (g.n - 1) : 0;
  return nodes.map(({ id, name }) => {
    const i = position.get(id)!;
    return {
      stakeholderId: id,
      name,
      inDegree: g.n > 1 ? (g.inStart[i + 1]! - g.inStart[i]!) * scale : 1,
      outDegree: g.n > 1 ? (g.outStart[i + 1]! - g.outStart[i]!) * scale : 1,
      closeness: v.closeness[i]!,
      betweenness: v.betweenness[i]!,
      eigenvector: v.eigenvector[i]!,
    };
  });
}

/** All five on this thread: for snapshots and exports, and wherever no worker is running. */
export function computeMetrics(nodes: readonly MetricsNode[], ties: readonly MetricsTie[]): MetricsRow[] {
  const g = graphOf(nodes, ties);
  return rowsOf(nodes, g, { ...pathMetrics(g), eigenvector: eigenvectorCentrality(g) });
}
