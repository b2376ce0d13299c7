// A metrics worker thread: Brandes' searches from a share of the sources, and on request the
// eigenvector. The map arrives as typed arrays (compressed sparse rows); nothing else is imported,
// so the built file stays small and starts fast.
import { parentPort } from 'node:worker_threads';
import { eigenvectorCentrality } from './eigenvector';
import type { IndexedGraph } from './graph';
import { pathSums } from './paths';

export interface MetricsJob {
  id: number;
  graph: Omit<IndexedGraph, 'ids'>;
  from: number;
  to: number;
  eigenvector: boolean;
}

parentPort!.on('message', (job: MetricsJob) => {
  const sums = pathSums(job.graph, job.from, job.to);
  const eigenvector = job.eigenvector ? eigenvectorCentrality({ ...job.graph, ids: [] }) : null;
  const transfer = [sums.betweenness.buffer, sums.reach.buffer, sums.total.buffer, ...(eigenvector ? [eigenvector.buffer] : [])] as ArrayBuffer[];
  parentPort!.postMessage({ id: job.id, ...sums, eigenvector }, transfer);
});
