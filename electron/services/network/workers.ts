import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IndexedGraph } from './graph';
import type { PathAndSpectral } from './metrics';
import type { MetricsJob } from './metricsWorker';
import { finishPathMetrics, type PathSums } from './paths';

type Answer = PathSums & { id: number; eigenvector: Float64Array | null };

/**
 * Worker threads for the map-wide metrics, so the back end's own thread keeps answering (phones
 * included) while a big map is measured. The sources are split among the workers (two on a
 * 2-core laptop); started on first use and stopped with the back end.
 */
export class MetricsWorkers {
  private workers: Worker[] = [];
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (a: Answer) => void; reject: (e: unknown) => void }>();

  constructor(private readonly file: string, private readonly size = Math.max(1, Math.min(2, os.availableParallelism()))) {}

  private start(): Worker[] {
    if (this.workers.length) return this.workers;
    this.workers = Array.from({ length: this.size }, () => {
      const w = new Worker(this.file);
      w.unref(); // an idle worker never keeps the process alive
      w.on('message', (a: Answer) => {
        this.waiting.get(a.id)?.resolve(a);
        this.waiting.delete(a.id);
      });
      w.on('error', (e) => this.failAll(e));
      w.on('exit', () => (this.workers = this.workers.filter((x) => x !== w)));
      return w;
    });
    return this.workers;
  }

  private failAll(e: unknown): void {
    for (const p of this.waiting.values()) p.reject(e);
    this.waiting.clear();
    void this.close();
  }

  private run(w: Worker, job: Omit<MetricsJob, 'id'>): Promise<Answer> {
    const id = this.nextId++;
    return new Promise<Answer>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      w.postMessage({ ...job, id });
    });
  }

  async compute(g: IndexedGraph): Promise<PathAndSpectral> {
    const workers = this.start();
    const { ids: _ids, ...graph } = g;
    const share = Math.ceil(g.n / workers.length);
    const answers = await Promise.all(workers.map((w, k) =>
      this.run(w, { graph, from: Math.min(g.n, k * share), to: Math.min(g.n, (k + 1) * share), eigenvector: k === 0 })));
    return { ...finishPathMetrics(g.n, answers), eigenvector: answers[0]!.eigenvector ?? new Float64Array(g.n) };
  }

  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
