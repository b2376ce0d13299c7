// Bundles the Node side: the HTTP host, the two Electron entry points, and the metrics worker.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // Native and Electron modules are loaded at run time, never bundled.
  external: ['better-sqlite3', 'electron'],
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/host/cli.ts'], outfile: 'dist/host/cli.mjs', format: 'esm',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } }),
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs', format: 'cjs' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs' }),
  // The metrics worker thread, next to each entry that starts it.
  build({ ...common, entryPoints: ['electron/services/network/metricsWorker.ts'], outfile: 'dist/host/metricsWorker.cjs', format: 'cjs' }),
  build({ ...common, entryPoints: ['electron/services/network/metricsWorker.ts'], outfile: 'dist/electron/metricsWorker.cjs', format: 'cjs' }),
]);
