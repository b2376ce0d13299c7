// The five network metrics of a stakeholder map, as networkx computes them on the directed graph
// (checked to 1e-6 against fixtures from scripts/networkx-fixtures.py in test/unit/metrics.test.ts).
import { inDegreeCentrality, outDegreeCentrality } from 'graphology-metrics/centrality/degree.js';
import type { MetricsRow } from '../../../shared/domain/relation';
import { eigenvectorCentrality } from './eigenvector';
import { buildDiGraph, indexGraph, type MetricsNode, type MetricsTie } from './graph';
import { pathMetrics } from './paths';

export { buildDiGraph, type MetricsNode, type MetricsTie } from './graph';

/**
 * One row per entry of `nodes`, in that order.
 * - inDegree / outDegree: arcs in / out divided by n-1 (graphology-metrics). As in networkx a map
 *   of a single actor gives 1 for both (graphology would give 0/0).
 * - closeness, betweenness: see ./paths. eigenvector: see ./eigenvector.
 */
export function computeMetrics(nodes: readonly MetricsNode[], ties: readonly MetricsTie[]): MetricsRow[] {
  const graph = buildDiGraph(nodes, ties);
  const single = graph.order <= 1;
  const inDegree = single ? null : inDegreeCentrality(graph);
  const outDegree = single ? null : outDegreeCentrality(graph);
  const indexed = indexGraph(graph);
  const { betweenness, closeness } = pathMetrics(indexed);
  const eigenvector = eigenvectorCentrality(indexed);
  const position = new Map(indexed.ids.map((id, i) => [id, i]));
  return nodes.map(({ id, name }) => {
    const i = position.get(id)!;
    return {
      stakeholderId: id,
      name,
      inDegree: inDegree ? inDegree[id]! : 1,
      outDegree: outDegree ? outDegree[id]! : 1,
      closeness: closeness[i]!,
      betweenness: betweenness[i]!,
      eigenvector: eigenvector[i]!,
    };
  });
}
