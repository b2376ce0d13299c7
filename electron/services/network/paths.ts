// Betweenness and closeness centrality from one breadth-first search per source (Brandes 2001).
//
// Written here rather than taken from graphology-metrics because its betweenness keeps the number
// of shortest paths in a Uint32Array: past 2^32 paths between a pair it wraps round and the result
// turns into NaN (a 14-layer map with 8 actors per layer, 112 nodes, is enough). Float64 counts
// lose only precision, as networkx does when it turns its exact counts into floats. Closeness
// (graphology-metrics' definition with wassermanFaust matches networkx exactly) comes for free from
// the same searches, which halves the work.
import type { IndexedGraph } from './graph';

export interface PathMetrics { betweenness: Float64Array; closeness: Float64Array }

/** The sums of a share of the sources: added up over all sources, they give both metrics. */
export interface PathSums { betweenness: Float64Array; reach: Int32Array; total: Float64Array }

/**
 * betweenness = nx.betweenness_centrality(G, normalized=True): directed, scaled by 1/((n-1)(n-2)).
 * closeness = nx.closeness_centrality(G): distances *towards* the node (who can reach it, and how
 * fast), Wasserman-Faust scaled: (r/(n-1)) * (r/total distance), r = nodes that reach it; 0 when
 * nothing reaches it.
 */
export function pathMetrics(g: IndexedGraph): PathMetrics {
  return finishPathMetrics(g.n, [pathSums(g, 0, g.n)]);
}

/** Brandes' searches from the sources from..to-1 only, so several threads can share a map. */
export function pathSums(g: Pick<IndexedGraph, 'n' | 'outStart' | 'outAdj' | 'inStart' | 'inAdj'>, from: number, to: number): PathSums {
  const { n, outStart, outAdj, inStart, inAdj } = g;
  const betweenness = new Float64Array(n);
  const reach = new Int32Array(n);
  const total = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n); // BFS queue, and read backwards the stack of Brandes' algorithm

  for (let s = from; s < to; s++) {
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      const dv = dist[v]! + 1;
      const sv = sigma[v]!;
      for (let j = outStart[v]!, end = outStart[v + 1]!; j < end; j++) {
        const w = outAdj[j]!;
        if (dist[w]! < 0) {
          dist[w] = dv;
          order[tail++] = w;
        }
        if (dist[w] === dv) sigma[w]! += sv;
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const dw = dist[w]! - 1;
      reach[w]!++;
      total[w]! += dw + 1;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      // Predecessors of w on shortest paths are its in-neighbours one step closer to s.
      for (let j = inStart[w]!, end = inStart[w + 1]!; j < end; j++) {
        const v = inAdj[j]!;
        if (dist[v] === dw) delta[v]! += sigma[v]! * coefficient;
      }
      betweenness[w]! += delta[w]!;
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i]!;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  return { betweenness, reach, total };
}

/** Adds the shares up and scales them as networkx does. */
export function finishPathMetrics(n: number, parts: readonly PathSums[]): PathMetrics {
  const betweenness = new Float64Array(n);
  const closeness = new Float64Array(n);
  const reach = new Int32Array(n);
  const total = new Float64Array(n);
  for (const p of parts) {
    for (let i = 0; i < n; i++) {
      betweenness[i]! += p.betweenness[i]!;
      reach[i]! += p.reach[i]!;
      total[i]! += p.total[i]!;
    }
  }
  if (n > 2) {
    const scale = 1 / ((n - 1) * (n - 2));
    for (let i = 0; i < n; i++) betweenness[i]! *= scale;
  }
  for (let i = 0; i < n; i++) {
    const r = reach[i]!;
    if (total[i]! > 0 && n > 1) closeness[i] = (r / total[i]!) * (r / (n - 1));
  }
  return { betweenness, closeness };
}
