// Participants' phones under load, over loopback: the built host runs as its own process, 60
// simulated phones join a workshop, each writes 10 cards (some writes retried as a phone on a
// flaky hotspot would), keeps an event stream open (some reconnect), then places its dots.
// Prints p50/p95 per call and checks that no card was lost or duplicated and that the
// facilitator's board matches. Target: p95 under 200 ms. Traffic goes to 127.0.0.1 only.
// The pace is far above a real hall's (60 people each sending a card every 0.3-1.5 s).
// usage: npm run build && npx tsx scripts/bench-participants.ts [--phones 60]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { freePort } from '../test/freePort';

const { values } = parseArgs({ options: { phones: { type: 'string', default: '60' } } });
const PHONES = Number(values.phones);
const CARDS = 10;
const DOTS = 3;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'klaster-bench-phones-'));
const hostPort = await freePort();
const host = spawn(process.execPath, [...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_PROFILE] : []), 'dist/host/cli.mjs', '--port', String(hostPort), '--data', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise<void>((resolve) => host.stdout!.on('data', (c: Buffer) => c.toString().includes('running at') && resolve()));

async function facilitator(method: string, input: unknown): Promise<any> {
  const res = await fetch(`http://127.0.0.1:${hostPort}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
  const body = (await res.json()) as { ok: boolean; data?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error!.message}`);
  return body.data;
}

const { id: projectId } = await facilitator('projects.create', { name: 'Bench peserta' });
const names = Array.from({ length: PHONES }, (_, i) => `Peserta ${String(i + 1).padStart(2, '0')}`);
const w = await facilitator('workshops.create', { projectId, theme: 'Masalah utama klaster', participantNames: names, privateWriting: true, rankTarget: 'card', dotsPerParticipant: DOTS });
const phonePort = await freePort();
const { code } = await facilitator('participation.start', { projectId, workshopId: w.id, address: '127.0.0.1', port: phonePort });
const base = `http://127.0.0.1:${phonePort}`;

const latencies = new Map<string, number[]>();
let failures = 0;
async function phone(method: string, body: unknown, token?: string): Promise<any> {
  const start = performance.now();
  const res = await fetch(`${base}/p/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  // A real phone parses the wall on its own processor; here only what the script needs is parsed.
  const out = method === 'board' ? { ok: res.ok, data: await res.arrayBuffer() } : ((await res.json()) as { ok: boolean; data?: any });
  const ms = performance.now() - start;
  (latencies.get(method) ?? latencies.set(method, []).get(method)!).push(ms);
  if (!out.ok) failures += 1;
  return out;
}

/** An event stream held open; every `changed` makes the phone fetch its board, as the page does. */
function listen(token: string): () => void {
  const ctrl = new AbortController();
  void (async () => {
    try {
      const res = await fetch(`${base}/p/api/events`, { headers: { Authorization: `Bearer ${token}` }, signal: ctrl.signal });
      const reader = res.body!.getReader();
      let buffered = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffered += new TextDecoder().decode(value);
        if (buffered.includes('event: changed')) {
          buffered = '';
          await phone('board', {}, token);
        }
      }
    } catch {
      // aborted: the phone walked out of range
    }
  })();
  return () => ctrl.abort();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The host process's processor time in seconds (Linux), to tell its own load from the machine's. */
const hostCpu = (): number | null => {
  try {
    const fields = fs.readFileSync(`/proc/${host.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
};
const cpuAtStart = hostCpu();
const wall = performance.now();
const roster = (await phone('roster', { code })).data.people as { id: string; name: string }[];
const phones = await Promise.all(roster.map(async (p, i) => {
  await sleep(i * 15); // people scan the code one after another
  const joined = await phone('join', { code, participantId: p.id });
  return { token: joined.data.token as string, stop: listen(joined.data.token), index: i };
}));

await Promise.all(phones.map(async (ph) => {
  for (let c = 0; c < CARDS; c++) {
    await sleep(300 + Math.random() * 1200); // thumbs on a phone: a card every 0.3-1.5 s, all 60 at once
    const body = { text: `Gagasan ${ph.index + 1}.${c + 1}`, clientId: `bench-${ph.index}-${c}` };
    await phone('cards.create', body, ph.token);
    if (Math.random() < 0.2) await phone('cards.create', body, ph.token); // the answer was lost: sent again
    if (c === 5 && ph.index % 10 === 0) {
      ph.stop(); // out of range for a moment, then back
      await sleep(200);
      ph.stop = listen(ph.token);
    }
  }
}));
await facilitator('cards.reveal', { projectId, workshopId: w.id });
const cards = (await facilitator('cards.list', { projectId, workshopId: w.id })) as { id: string; text: string }[];
await Promise.all(phones.map(async (ph) => {
  await sleep(Math.random() * 3000); // people read the wall before they vote
  for (let d = 0; d < DOTS; d++) {
    const target = cards[(ph.index * 7 + d * 13) % cards.length]!;
    const body = { targetId: target.id, dots: 1, clientId: `vote-${ph.index}-${d}` };
    await phone('votes.set', body, ph.token);
    if (Math.random() < 0.2) await phone('votes.set', body, ph.token);
  }
}));
const wallMs = performance.now() - wall;
const cpuUsed = cpuAtStart === null ? null : hostCpu()! - cpuAtStart;
await sleep(400);

const pct = (runs: number[], p: number) => [...runs].sort((a, b) => a - b)[Math.min(runs.length - 1, Math.floor((runs.length * p) / 100))]!;
console.log(`Participants' phones: ${PHONES} phones x ${CARDS} cards + ${DOTS} dots over loopback (host in its own process)`);
for (const [method, runs] of latencies) {
  console.log(`  ${method.padEnd(14)} n=${String(runs.length).padStart(5)}  p50 ${pct(runs, 50).toFixed(1).padStart(6)} ms  p95 ${pct(runs, 95).toFixed(1).padStart(6)} ms  max ${Math.max(...runs).toFixed(1).padStart(6)} ms  (target p95 < 200 ms)`);
}
const all = [...latencies.values()].flat();
console.log(`  all calls      n=${String(all.length).padStart(5)}  p50 ${pct(all, 50).toFixed(1).padStart(6)} ms  p95 ${pct(all, 95).toFixed(1).padStart(6)} ms  in ${(wallMs / 1000).toFixed(1)} s; refused: ${failures}`);
if (cpuUsed !== null) console.log(`  the host was busy ${((100 * cpuUsed * 1000) / wallMs).toFixed(0)}% of one core (${cpuUsed.toFixed(1)} s); the phones' side runs on the same 2 cores`);

const texts = cards.map((c) => c.text);
const expected = PHONES * CARDS;
const duplicates = texts.length - new Set(texts).size;
const votes = (await facilitator('votes.list', { projectId, workshopId: w.id })) as { dots: number }[];
const dots = votes.reduce((a, v) => a + v.dots, 0);
const status = await facilitator('participation.status', { projectId });
console.log(`  cards on the facilitator's board: ${texts.length} of ${expected}, duplicates ${duplicates}; dots ${dots} of ${PHONES * DOTS}; phones joined ${status.joined}`);
const ok = texts.length === expected && duplicates === 0 && dots === PHONES * DOTS && status.joined === PHONES;
console.log(ok ? '  check: no card lost or duplicated, the board matches' : '  CHECK FAILED');

for (const ph of phones) ph.stop();
await facilitator('participation.stop', { projectId });
host.kill('SIGTERM');
fs.rmSync(dataDir, { recursive: true, force: true });
process.exit(ok ? 0 : 1);
