// The map in Chromium on a generated cluster of 2,000 stakeholders and 6,000 ties: first render
// with saved positions, and an fcose layout run. Needs `npm run build` and /usr/bin/chromium.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { createBackend } from '../electron/backend';
import { createHostServer } from '../electron/host/server';

const N = 2000, TIES = 6000;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'klaster-bench-map-'));
const backend = createBackend({ dataDir, resourcesDir: path.resolve('resources'), appVersion: 'bench' });
async function call(method: string, input: unknown): Promise<any> {
  const res = await backend.dispatch(method, input);
  if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
  return res.data;
}
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

const { id: projectId } = await call('projects.create', { name: 'Bench peta' });
const kinds = ['core_firm', 'core_firm', 'core_firm', 'supplier', 'buyer', 'leading_firm', 'gov_regency', 'bank', 'university'];
await call('import.commit', { projectId, rows: Array.from({ length: N }, (_, i) => ({ name: `Pelaku ${i + 1}`, kind: kinds[i % kinds.length] })) });
const people: { id: string }[] = await call('stakeholders.list', { projectId });
const relKinds = ['upstream', 'downstream', 'support', 'finance', 'information', 'coordination'];
const seen = new Set<string>();
while (seen.size < TIES) {
  const [a, b] = [people[Math.floor(rand() * N)]!.id, people[Math.floor(rand() * N)]!.id];
  const kind = relKinds[Math.floor(rand() * relKinds.length)]!;
  if (a === b || seen.has(`${a}${b}${kind}`)) continue;
  seen.add(`${a}${b}${kind}`);
  await call('relations.create', { projectId, sourceId: a, targetId: b, kind, mutual: rand() < 0.1 });
}
await call('stakeholders.savePositions', { projectId, positions: people.map((p) => ({ id: p.id, x: rand() * 4000, y: rand() * 3000 })) });

const server = createHostServer(backend.dispatch, path.resolve('dist/renderer'));
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/#/project/${projectId}/map`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });

let start = performance.now();
await page.goto(url);
await page.getByTestId('map-count').filter({ hasText: `${N} ` }).waitFor({ timeout: 120_000 });
await page.waitForFunction(() => document.querySelector('[data-testid="map-status"]')?.getAttribute('aria-busy') === 'false', null, { timeout: 120_000 });
console.log(`${N} stakeholders / ${TIES} ties in Chromium (1024x768)`);
console.log(`first render with saved positions   ${(performance.now() - start).toFixed(0)} ms (page load to drawn map)`);

start = performance.now();
// Set the value directly: with thousands of elements the page rarely looks "stable" enough for
// Playwright's actionability checks, but the change event is what the app reacts to.
await page.evaluate(() => {
  const select = document.querySelector('select[aria-label="Tata letak"]') as HTMLSelectElement;
  Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, 'fcose');
  select.dispatchEvent(new Event('change', { bubbles: true }));
});
await page.waitForFunction(() => document.querySelector('[data-testid="map-status"]')?.getAttribute('aria-busy') === 'true', null, { timeout: 10_000 }).catch(() => {});
await page.waitForFunction(() => document.querySelector('[data-testid="map-status"]')?.getAttribute('aria-busy') === 'false', null, { timeout: 300_000 });
console.log(`fcose layout, run and saved          ${(performance.now() - start).toFixed(0)} ms`);
const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
console.log(`renderer JS heap after layout        ${(heap / 1024 / 1024).toFixed(0)} MB`);
await browser.close();
server.close();
backend.close();
fs.rmSync(dataDir, { recursive: true, force: true });
