// The directed, unweighted, simple graph behind the network metrics, and an integer-indexed copy of it.
import { DirectedGraph } from 'graphology';

export interface MetricsNode { id: string; name: string }
export interface MetricsTie { sourceId: string; targetId: string; mutual: boolean }

/**
 * A tie adds the arc source->target; a mutual tie also adds target->source. Parallel ties (for
 * instance two kinds between the same ordered pair) give one arc, self ties and ties to ids that
 * are not in `nodes` are ignored. Same graph as `networkx.DiGraph` in scripts/networkx-fixtures.py.
 */
export function buildDiGraph(nodes: readonly MetricsNode[], ties: readonly MetricsTie[]): DirectedGraph {
  const graph = new DirectedGraph({ allowSelfLoops: false });
  for (const node of nodes) graph.mergeNode(node.id);
  const arc = (source: string, target: string) => {
    if (source !== target && graph.hasNode(source) && graph.hasNode(target)) graph.mergeEdge(source, target);
  };
  for (const tie of ties) {
    arc(tie.sourceId, tie.targetId);
    if (tie.mutual) arc(tie.targetId, tie.sourceId);
  }
  return graph;
}

/** Compressed sparse rows: the out-neighbours of node i are outAdj[outStart[i] .. outStart[i+1]). */
export interface IndexedGraph {
  n: number;
  ids: string[];
  outStart: Int32Array;
  outAdj: Int32Array;
  inStart: Int32Array;
  inAdj: Int32Array;
}

export function indexGraph(graph: DirectedGraph): IndexedGraph {
  const ids = graph.nodes();
  const n = ids.length;
  const m = graph.size;
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  let e = 0;
  graph.forEachEdge((_edge, _attr, source, target) => {
    src[e] = index.get(source)!;
    dst[e] = index.get(target)!;
    e++;
  });
  const [outStart, outAdj] = compress(n, src, dst);
  const [inStart, inAdj] = compress(n, dst, src);
  return { n, ids, outStart, outAdj, inStart, inAdj };
}

function compress(n: number, from: Int32Array, to: Int32Array): [Int32Array, Int32Array] {
  const start = new Int32Array(n + 1);
  for (let e = 0; e < from.length; e++) start[from[e]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const adj = new Int32Array(from.length);
  for (let e = 0; e < from.length; e++) adj[fill[from[e]!]!++] = to[e]!;
  return [start, adj];
}

/**
 * The same graph as indexGraph(buildDiGraph(...)), built straight into compressed rows: a big
 * map is measured often, and the graphology detour costs more than the arrays themselves.
 * Nodes keep the order given; an arc appears once however many ties make it.
 */
export function indexTies(nodes: readonly MetricsNode[], ties: readonly MetricsTie[]): IndexedGraph {
  const n = nodes.length;
  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node.id, i));
  const seen = new Set<number>();
  const src: number[] = [];
  const dst: number[] = [];
  const arc = (s: number | undefined, t: number | undefined) => {
    if (s === undefined || t === undefined || s === t) return;
    const key = s * n + t;
    if (seen.has(key)) return;
    seen.add(key);
    src.push(s);
    dst.push(t);
  };
  for (const tie of ties) {
    const s = index.get(tie.sourceId);
    const t = index.get(tie.targetId);
    arc(s, t);
    if (tie.mutual) arc(t, s);
  }
  const from = Int32Array.from(src);
  const to = Int32Array.from(dst);
  const [outStart, outAdj] = compress(n, from, to);
  const [inStart, inAdj] = compress(n, to, from);
  return { n, ids: nodes.map((x) => x.id), outStart, outAdj, inStart, inAdj };
}
