import fs from 'node:fs';
import os from 'node:os';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the built renderer served by the HTTP host (dist/host/cli.mjs), driven in
 * the system's Chromium. `npm test` builds first; this config never builds.
 *
 * One fresh data directory per run. Playwright also loads this file in each worker process;
 * the directory is handed down through the environment so only the runner creates it (and
 * removes it at exit, unless KLASTER_E2E_KEEP=1 keeps it for a post-mortem).
 */
// A port of its own per run (also handed down), so two runs on one machine never collide.
const PORT = Number((process.env.KLASTER_E2E_PORT ??= String(20000 + Math.floor(Math.random() * 20000))));
const baseURL = `http://127.0.0.1:${PORT}`;

const inherited = process.env.KLASTER_E2E_DATA;
const dataDir = inherited ?? fs.mkdtempSync(`${os.tmpdir()}/klaster-e2e-`);
if (!inherited) {
  process.env.KLASTER_E2E_DATA = dataDir;
  if (!process.env.KLASTER_E2E_KEEP) process.on('exit', () => fs.rmSync(dataDir, { recursive: true, force: true }));
}

export default defineConfig({
  testDir: 'test/e2e',
  // The machine has two cores and the host keeps one data directory per server.
  workers: 1,
  fullyParallel: false,
  // One retry absorbs a rare stall of the 2-core machine; a real failure still fails twice.
  retries: 1,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  forbidOnly: !!process.env.CI,
  use: {
    baseURL,
    // The village hall's projector.
    viewport: { width: 1024, height: 768 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Browsers cannot be downloaded here: always the Debian Chromium.
      executablePath: '/usr/bin/chromium',
      // Without the background-networking flags Chromium keeps trying the (closed) network.
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node dist/host/cli.mjs --port ${PORT} --data "${dataDir}"`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
