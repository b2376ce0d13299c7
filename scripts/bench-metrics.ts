// Times the five network metrics on large random maps: `npx tsx scripts/bench-metrics.ts`.
// Random directed maps with a seeded PRNG (no self ties; 1 tie in 10 mutual); median of 5 runs.
import { performance } from 'node:perf_hooks';
import closenessCentrality from 'graphology-metrics/centrality/closeness.js';
import { inDegreeCentrality, outDegreeCentrality } from 'graphology-metrics/centrality/degree.js';
import { eigenvectorCentrality } from '../electron/services/network/eigenvector';
import { buildDiGraph, indexGraph } from '../electron/services/network/graph';
import { computeMetrics, type MetricsNode, type MetricsTie } from '../electron/services/network/metrics';
import { pathMetrics } from '../electron/services/network/paths';

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomMap(n: number, m: number, seed: number): { nodes: MetricsNode[]; ties: MetricsTie[] } {
  const random = mulberry32(seed);
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, name: `Aktor ${i}` }));
  const ties: MetricsTie[] = [];
  while (ties.length < m) {
    const s = Math.floor(random() * n);
    const t = Math.floor(random() * n);
    if (s !== t) ties.push({ sourceId: nodes[s]!.id, targetId: nodes[t]!.id, mutual: random() < 0.1 });
  }
  return { nodes, ties };
}

function median(runs: number, step: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    step();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

const RUNS = 5;
for (const [n, m] of [[2000, 6000], [2000, 10000]] as const) {
  const { nodes, ties } = randomMap(n, m, 20261126);
  computeMetrics(nodes, ties); // warm up the JIT
  const graph = buildDiGraph(nodes, ties);
  const indexed = indexGraph(graph);
  const figures: [string, number][] = [
    ['computeMetrics, all five', median(RUNS, () => computeMetrics(nodes, ties))],
    ['  build graphology graph', median(RUNS, () => buildDiGraph(nodes, ties))],
    ['  index it (integer CSR)', median(RUNS, () => indexGraph(graph))],
    ['  in- and out-degree', median(RUNS, () => [inDegreeCentrality(graph), outDegreeCentrality(graph)])],
    ['  betweenness + closeness (one BFS pass)', median(RUNS, () => pathMetrics(indexed))],
    ['  eigenvector', median(RUNS, () => eigenvectorCentrality(indexed))],
    ['  (graphology-metrics closeness alone, not used)', median(RUNS, () => closenessCentrality(graph, { wassermanFaust: true }))],
  ];
  console.log(`${n} nodes / ${m} ties (${graph.size} arcs), median of ${RUNS} runs`);
  for (const [label, ms] of figures) console.log(`${label.padEnd(50)} ${ms.toFixed(1).padStart(8)} ms`);
}
