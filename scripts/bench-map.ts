// The map in Chromium (1024x768, no GPU) on generated clusters of 300/900 and 2,000/6,000:
// data arrival to drawn map, the fcose layout, pan and zoom frame rate from Chromium's trace,
// and the renderer's JS heap. Needs `npm run build` and /usr/bin/chromium. Figures, not asserts.
// usage: npx tsx scripts/bench-map.ts [--only 300|2000] [--dist DIR] [--before DIR] [--repeat N] [--profile DIR] [--shots DIR] [--opening-only]  (DIR: a build of
// dist/renderer; --before measures an older one alongside, in the same run, as figures on a busy machine wander;
// --profile writes CPU profiles of each map's opening (top functions from data to drawn printed), of the pan and zoom and of the layout;
// build with `npx vite build --minify false --outDir /tmp/x` and pass --dist /tmp/x for readable names; --shots DIR saves
// the pictures as opened, which are compared between builds; --opening-only skips pan, zoom and layout)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { createBackend } from '../electron/backend';
import { createHostServer } from '../electron/host/server';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'klaster-bench-map-'));
const backend = createBackend({ dataDir, resourcesDir: path.resolve('resources'), appVersion: 'bench' });
async function call(method: string, input: unknown): Promise<any> {
  const res = await backend.dispatch(method, input);
  if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
  return res.data;
}
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

/** A cluster of n stakeholders and `ties` random ties, with saved (random) positions. */
async function generate(n: number, ties: number): Promise<{ projectId: string; place: () => Promise<void> }> {
  const { id: projectId } = await call('projects.create', { name: `Bench peta ${n}` });
  const kinds = ['core_firm', 'core_firm', 'core_firm', 'supplier', 'buyer', 'leading_firm', 'gov_regency', 'bank', 'university'];
  await call('import.commit', { projectId, rows: Array.from({ length: n }, (_, i) => ({ name: `Pelaku ${i + 1}`, kind: kinds[i % kinds.length] })) });
  const people: { id: string }[] = await call('stakeholders.list', { projectId });
  const relKinds = ['upstream', 'downstream', 'support', 'finance', 'information', 'coordination'];
  const seen = new Set<string>();
  while (seen.size < ties) {
    const [a, b] = [people[Math.floor(rand() * n)]!.id, people[Math.floor(rand() * n)]!.id];
    const kind = relKinds[Math.floor(rand() * relKinds.length)]!;
    if (a === b || seen.has(`${a}${b}${kind}`)) continue;
    seen.add(`${a}${b}${kind}`);
    await call('relations.create', { projectId, sourceId: a, targetId: b, kind, mutual: rand() < 0.1 });
  }
  const scale = Math.sqrt(n / 2000);
  const positions = people.map((p) => ({ id: p.id, x: rand() * 4000 * scale, y: rand() * 3000 * scale }));
  // Each build opens the same picture: the previous build's layout run saved its own positions.
  const place = async () => void (await call('stakeholders.savePositions', { projectId, positions }));
  await place();
  return { projectId, place };
}

/** The renderer under test, and with --before DIR an older build to measure in the same run. */
const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
async function serve(dir: string): Promise<{ base: string; close: () => void }> {
  const server = createHostServer(backend.dispatch, dir);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}
const builds = [{ name: 'now', ...(await serve(path.resolve(arg('--dist') ?? 'dist/renderer'))) }];
if (arg('--before')) builds.unshift({ name: 'before', ...(await serve(path.resolve(arg('--before')!))) });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'] });

const idle = (page: Page, timeout = 300_000) =>
  page.waitForFunction(() => document.querySelector('[data-testid="map-status"]')?.getAttribute('aria-busy') === 'false', null, { timeout });
const ms = (v: number) => `${v.toFixed(0).padStart(6)} ms`;
const row = (label: string, figure: string, target = '') => console.log(`  ${label.padEnd(44)} ${figure}${target ? `   (target ${target})` : ''}`);

/** Data arrival (the last of the map's API answers, or the renderer's own mark) to the drawn map. */
async function drawTimes(page: Page): Promise<{ fromResponse: number; fromMark: number }> {
  return page.evaluate(() => {
    const drawn = performance.getEntriesByName('map:drawn')[0]!.startTime;
    const answers = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => /\/api\/(stakeholders\.list|relations\.list|smallGroups\.list|stakeholders\.positions)$/.test(e.name));
    return { fromResponse: drawn - Math.max(...answers.map((e) => e.responseEnd)), fromMark: performance.getEntriesByName('map:draw')[0]?.duration ?? NaN };
  });
}

/** Runs the fcose layout from the toolbar; returns the algorithm's own time and run-to-saved. */
async function fcose(page: Page): Promise<{ layout: number; total: number }> {
  const start = performance.now();
  // Set the value directly: with thousands of elements the page rarely looks "stable" enough for
  // Playwright's actionability checks, but the change event is what the app reacts to.
  await page.evaluate(() => {
    const select = document.querySelector('select[aria-label="Tata letak"]') as HTMLSelectElement;
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, 'fcose');
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.waitForFunction(() => performance.getEntriesByName('map:layout:fcose').length > 0, null, { timeout: 300_000 });
  await idle(page);
  const layout = await page.evaluate(() => performance.getEntriesByName('map:layout:fcose')[0]!.duration);
  return { layout, total: performance.now() - start };
}

/**
 * Drag the background, zoom in with the wheel, zoom out: under Chromium's tracing. Frames are
 * the compositor's DrawFrame events between the gesture's marks; main-thread frame times come
 * from a requestAnimationFrame loop running through the gesture, as a cross-check.
 */
async function panZoom(page: Page, cdp: CDPSession): Promise<{ traceFps: number; frames: number; inputs: number; seconds: number; rafFps: number; rafP95: number; worstFrame: number }> {
  const canvas = (await page.getByTestId('map-canvas').boundingBox())!;
  const [cx, cy] = [canvas.x + canvas.width / 2, canvas.y + canvas.height / 2];
  // The drag starts in the margin the opening fit leaves (30 px, labels included), where no node
  // can be: on a dense map there is no empty spot anywhere else, and a press on a node drags the
  // node (drawn without its ties, frame by frame) instead of panning the map.
  const spot = { x: canvas.x + 12, y: canvas.y + canvas.height / 2 };
  await page.waitForTimeout(1500);
  const events: { name: string; ts: number; ph: string; dur?: number; tid: number; pid: number }[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as typeof events)));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'blink.user_timing'] } });
  await page.evaluate(`(() => {
    window.benchFrames = [];
    window.benchLoop = true;
    const tick = (t) => {
      window.benchFrames.push(t);
      if (window.benchLoop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    performance.mark('bench:gesture-start');
  })()`);
  await page.mouse.move(spot.x, spot.y);
  await page.mouse.down();
  await page.mouse.move(spot.x + 240, spot.y + 160, { steps: 40 });
  await page.mouse.move(spot.x + 100, spot.y + 60, { steps: 30 });
  await page.mouse.up();
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -120);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 120);
  const raf = await page.evaluate(() => new Promise<number[]>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => {
    performance.mark('bench:gesture-end');
    const w = window as unknown as { benchFrames: number[]; benchLoop: boolean };
    w.benchLoop = false;
    resolve(w.benchFrames);
  }))));
  await cdp.send('Tracing.end');
  await done;
  const at = (name: string) => events.find((e) => e.name === name)!.ts;
  const [t0, t1] = [at('bench:gesture-start'), at('bench:gesture-end')];
  const frames = events.filter((e) => e.name === 'DrawFrame' && e.ts >= t0 && e.ts <= t1).length;
  // Playwright sends one input at a time and waits for it: when inputs come slower than frames
  // could, each input gets one frame, and the DrawFrame rate is the input rate.
  const inputs = events.filter((e) => e.name === 'EventDispatch' && e.ts >= t0 && e.ts <= t1 && /wheel|mousemove/.test(String((e as { args?: { data?: { type?: string } } }).args?.data?.type))).length;
  const gaps = raf.slice(1).map((t, i) => t - raf[i]!).sort((a, b) => a - b);
  const seconds = (t1 - t0) / 1e6;
  return {
    traceFps: frames / seconds, frames, inputs, seconds, rafFps: (raf.length - 1) / ((raf.at(-1)! - raf[0]!) / 1000),
    rafP95: gaps[Math.floor(gaps.length * 0.95)] ?? NaN, worstFrame: gaps.at(-1) ?? NaN,
  };
}

/** The renderer's JS heap after a full garbage collection. */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

const profileDir = arg('--profile');
async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }

/** Saves the profile and prints where the time between map:data and map:drawn went (self time per function). */
async function stopProfile(page: Page, cdp: CDPSession, file: string): Promise<void> {
  // The marks are in the page's clock and the profile in another: both are read at (nearly) the
  // same moment, the profile's end, so the window is counted back from there.
  const [data, drawn, now] = await page.evaluate(() => [
    performance.getEntriesByName('map:data')[0]!.startTime, performance.getEntriesByName('map:drawn')[0]!.startTime, performance.now(),
  ]);
  const { profile } = await cdp.send('Profiler.stop');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(profile));
  fs.writeFileSync(`${file}.window.json`, JSON.stringify({ from: profile.endTime - (now - data) * 1000, to: profile.endTime - (now - drawn) * 1000 }));
  const [from, to] = [profile.endTime - (now - data) * 1000, profile.endTime - (now - drawn) * 1000];
  const nodes = new Map((profile.nodes as ProfileNode[]).map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let t = profile.startTime;
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    t += deltas[i] ?? 0;
    if (t < from || t > to) return;
    const f = nodes.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  });
  console.log(`  profile: ${file} (self time between map:data and map:drawn, ${(drawn - data).toFixed(0)} ms)`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`    ${v.toFixed(0).padStart(6)} ms  ${k}`);
}

interface Figures { shot: Buffer; draw: number; drawMark: number; load: number; fps?: number; frames?: string; rafFps?: string; heap?: number; layout: number; layoutTotal: number; heapAfter?: number }

async function measure(base: string, projectId: string, big: boolean): Promise<Figures> {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  page.on('pageerror', (e) => console.log(`  page error: ${e.message}`));
  const cdp = await page.context().newCDPSession(page);
  const profiling = profileDir && base === builds.at(-1)!.base;
  if (profiling) await startProfile(cdp);
  const start = performance.now();
  await page.goto(`${base}/#/project/${projectId}/map`);
  await page.waitForFunction(() => performance.getEntriesByName('map:drawn').length > 0, null, { timeout: 120_000 });
  const load = performance.now() - start;
  if (profiling) await stopProfile(page, cdp, path.join(profileDir, `map-${projectId.slice(0, 8)}.cpuprofile`));
  await idle(page);
  const draw = await drawTimes(page);
  // The picture as opened, to compare builds: settled first, as big maps draw their layers in later frames.
  await page.waitForTimeout(1500);
  const shot = await page.getByTestId('map-canvas').screenshot();
  const out: Figures = { draw: draw.fromResponse, drawMark: draw.fromMark, load, layout: 0, layoutTotal: 0, shot };
  if (openingOnly) {
    await page.close();
    return out;
  }
  if (big) {
    if (profiling) await startProfile(cdp);
    const pz = await panZoom(page, cdp);
    if (profiling) fs.writeFileSync(path.join(profileDir, `map-${projectId.slice(0, 8)}-gesture.cpuprofile`), JSON.stringify((await cdp.send('Profiler.stop')).profile));
    Object.assign(out, {
      fps: pz.traceFps, frames: `${pz.frames} frames for ${pz.inputs} inputs in ${pz.seconds.toFixed(2)} s`, heap: await heapAfterGc(cdp),
      rafFps: `${pz.rafFps.toFixed(1)} fps, p95 ${pz.rafP95.toFixed(0)} ms, worst ${pz.worstFrame.toFixed(0)} ms`,
    });
  }
  if (profiling) await startProfile(cdp);
  const f = await fcose(page);
  if (profiling) fs.writeFileSync(path.join(profileDir, `map-${projectId.slice(0, 8)}-layout.cpuprofile`), JSON.stringify((await cdp.send('Profiler.stop')).profile));
  Object.assign(out, { layout: f.layout, layoutTotal: f.total, heapAfter: big ? await heapAfterGc(cdp) : undefined });
  await page.close();
  return out;
}

/** Each number the median of the runs; the rest (texts, the picture) from the first run. */
function median(runs: Figures[]): Figures {
  const mid = (values: number[]) => values.sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
  const out = { ...runs[0]! } as Record<string, unknown>;
  for (const [key, value] of Object.entries(runs[0]!)) if (typeof value === 'number') out[key] = mid(runs.map((x) => (x as unknown as Record<string, number>)[key]!));
  return out as unknown as Figures;
}

const only = arg('--only') ? Number(arg('--only')) : null;
const openingOnly = process.argv.includes('--opening-only');
const maps = [
  { n: 300, ties: 900, draw: 500, layout: 1000 },
  { n: 2000, ties: 6000, draw: 1500, layout: 3000 },
];
console.log('map in Chromium (1024x768, software rendering, saved positions); data arrival = the last map API answer');
console.log(`pan/zoom: frames are the trace's DrawFrame events during a scripted background drag, wheel zoom in and out${builds.length > 1 ? `; columns: ${builds.map((b) => b.name).join(' | ')}` : ''}`);
for (const m of maps.filter((x) => !only || x.n === only)) {
  const { projectId, place } = await generate(m.n, m.ties);
  const big = m.n >= 2000;
  // --repeat N: the builds take turns N times and each figure is the median of its N runs.
  const turns: Figures[][] = builds.map(() => []);
  for (let r = 0; r < Number(arg('--repeat') ?? 1); r++) {
    for (const [i, b] of builds.entries()) {
      await place();
      turns[i]!.push(await measure(b.base, projectId, big));
    }
  }
  const runs = turns.map(median);
  const cols = (f: (x: Figures) => string) => runs.map(f).join(' | ');
  const ratio = (v: number, target: number) => `${(v / target).toFixed(2)}x`;
  console.log(`${m.n} stakeholders / ${m.ties} ties`);
  row('data arrival to drawn map', cols((x) => `${ms(x.draw)} ${ratio(x.draw, m.draw)}`), `< ${m.draw} ms`);
  row('  (renderer marks map:data to map:drawn)', cols((x) => ms(x.drawMark)));
  row('page load to drawn map', cols((x) => ms(x.load)));
  if (runs.length > 1) row('picture as opened', runs.every((x) => x.shot.equals(runs[0]!.shot)) ? 'the same in every build' : 'DIFFERS between builds');
  const shots = arg('--shots');
  if (shots) runs.forEach((x, i) => fs.writeFileSync(path.join(shots, `map-${m.n}-${builds[i]!.name}.png`), x.shot));
  if (openingOnly) continue;
  if (big) {
    row('pan and zoom, trace DrawFrame rate', cols((x) => `${x.fps!.toFixed(1).padStart(6)} fps (${x.frames})`), '>= 30 fps');
    row('  (rAF loop: main-thread frame times)', cols((x) => x.rafFps!));
    row('renderer JS heap after GC, map drawn', cols((x) => `${x.heap!.toFixed(0).padStart(6)} MB ${ratio(x.heap!, 250)}`), '< 250 MB');
  }
  row('fcose layout (the algorithm)', cols((x) => `${ms(x.layout)} ${ratio(x.layout, m.layout)}`), `< ${m.layout} ms`);
  row('  (request to placed and saved)', cols((x) => ms(x.layoutTotal)));
  if (big) row('renderer JS heap after GC, after layout', cols((x) => `${x.heapAfter!.toFixed(0).padStart(6)} MB`), '< 250 MB');
}
await browser.close();
for (const b of builds) b.close();
backend.close();
fs.rmSync(dataDir, { recursive: true, force: true });
