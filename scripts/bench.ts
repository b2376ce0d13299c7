// Prints timing figures for the back end through the real dispatcher on real SQLite files.
// Run with `npm run bench`; tests never assert on time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBackend } from '../electron/backend';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'klaster-bench-'));
const backend = createBackend({ dataDir, resourcesDir: path.resolve('resources'), appVersion: 'bench' });

async function call(method: string, input: unknown): Promise<any> {
  const res = await backend.dispatch(method, input);
  if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
  return res.data;
}

async function measure(label: string, runs: number, step: (i: number) => Promise<unknown>): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await step(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  console.log(`${label.padEnd(34)} n=${String(runs).padStart(4)}  p50 ${at(0.5).padStart(7)} ms  p95 ${at(0.95).padStart(7)} ms  max ${at(1).padStart(7)} ms`);
}

const { id: projectId } = await call('projects.create', { name: 'Bench' });
await measure('projects.create', 50, (i) => call('projects.create', { name: `Bench ${i}` }));
await measure('projects.update (undoable)', 500, (i) => call('projects.update', { projectId, notes: `catatan ${i}` }));
await measure('history.undo', 200, () => call('history.undo', { projectId }));
await measure('history.redo', 200, () => call('history.redo', { projectId }));
await measure('projects.open (with backup)', 30, () => call('projects.open', { projectId }));
await measure('projects.list (51 projects)', 100, () => call('projects.list', {}));
let file: { base64: string; fileName: string } | undefined;
await measure('projects.exportFile', 20, async () => (file = await call('projects.exportFile', { projectId })));
await measure('projects.importFile', 20, () => call('projects.importFile', file!));
console.log(`rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(1)} MB`);
backend.close();
fs.rmSync(dataDir, { recursive: true, force: true });
