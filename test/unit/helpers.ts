import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import { createBackend, type Backend } from '../../electron/backend';
import type { HandlerMap } from '../../electron/handlers';

const resourcesDir = path.resolve(__dirname, '../../resources');
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

export function tempDir(prefix = 'klaster-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface TestBackend {
  backend: Backend;
  dataDir: string;
  raw: (method: string, input: unknown) => Promise<Envelope<unknown>>;
  /** Calls a method and fails the test unless it succeeded. */
  ok: <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;
}

/** A real back end on real SQLite files in a fresh temp data directory. */
export function makeBackend(dataDir = tempDir(), handlers?: HandlerMap): TestBackend {
  const backend = createBackend({ dataDir, resourcesDir, appVersion: '0.0.0-test', metricsWorkerFile: process.env.KLASTER_METRICS_WORKER }, handlers);
  cleanups.unshift(() => backend.close());
  const raw = (method: string, input: unknown) => backend.dispatch(method, input);
  const ok = async <M extends MethodName>(method: M, input: MethodInput<M>) => {
    const envelope = await raw(method, input);
    if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error)}`);
    return envelope.data as MethodOutput<M>;
  };
  return { backend, dataDir, raw, ok };
}

export function fileHash(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
