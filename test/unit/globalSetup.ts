import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The metrics worker runs as a built file, as in the app: build it once for the whole run and
 * hand its path to every test back end (test/unit/helpers.ts) through the environment.
 */
export default async function setup(): Promise<() => void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'klaster-worker-'));
  const outfile = path.join(dir, 'metricsWorker.cjs');
  await build({ entryPoints: ['electron/services/network/metricsWorker.ts'], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
  process.env.KLASTER_METRICS_WORKER = outfile;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
