// A large workshop through the dispatcher: 1,000 cards in 40 groups. Targets: p95 of cards.create
// and cards.move under 50 ms, the results document under 1 s.
// usage: npx tsx scripts/bench-workshops.ts [--save DIR]  (DIR gets the .docx for a look)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBackend } from '../electron/backend';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'klaster-bench-workshops-'));
const backend = createBackend({ dataDir, resourcesDir: path.resolve('resources'), appVersion: 'bench' });
async function call(method: string, input: unknown): Promise<any> {
  const res = await backend.dispatch(method, input);
  if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
  return res.data;
}
async function timed(runs: number[], method: string, input: unknown): Promise<any> {
  const start = performance.now();
  const out = await call(method, input);
  runs.push(performance.now() - start);
  return out;
}
const pct = (runs: number[], p: number) => [...runs].sort((a, b) => a - b)[Math.min(runs.length - 1, Math.floor((runs.length * p) / 100))]!;
const line = (label: string, runs: number[], target: number) =>
  console.log(`${label.padEnd(34)} n=${String(runs.length).padStart(4)}  median ${pct(runs, 50).toFixed(1).padStart(6)} ms  p95 ${pct(runs, 95).toFixed(1).padStart(6)} ms  max ${Math.max(...runs).toFixed(1).padStart(6)} ms  (target p95 < ${target} ms)`);

const { id: projectId } = await call('projects.create', { name: 'Bench lokakarya', regency: 'Kabupaten Cirebon' });
const names = Array.from({ length: 30 }, (_, i) => `Peserta ${i + 1}`);
const w = await call('workshops.create', { projectId, theme: 'Masalah utama klaster', date: '2026-11-11', place: 'Balai Desa', facilitator: 'Ratna Sari', participantNames: names });
const groups: string[] = [];
for (let g = 0; g < 40; g++) groups.push((await call('groups.create', { projectId, workshopId: w.id, name: `Tema ${g + 1}` })).id);

const create: number[] = [];
const cards: string[] = [];
for (let i = 0; i < 1000; i++) {
  const author = i % 4 === 0 ? {} : { authorParticipantId: w.participants[i % 30].id };
  const card = await timed(create, 'cards.create', { projectId, workshopId: w.id, text: `Gagasan nomor ${i + 1}: ${'kalimat pendek '.repeat(4)}`, ...author });
  cards.push(card.id);
}
// Sort them as a facilitator does: a handful of cards at a time into a theme, sometimes between others.
const move: number[] = [];
for (let i = 0; i < 1000; i += 5) {
  const g = groups[(i / 5) % 40]!;
  await timed(move, 'cards.move', { projectId, cardIds: cards.slice(i, i + 5), groupId: g, index: i % 3 === 0 ? 1 : undefined });
}
for (let k = 0; k < 100; k++) {
  await timed(move, 'cards.move', { projectId, cardIds: [cards[(k * 37) % 1000]!, cards[(k * 53 + 11) % 1000]!], groupId: groups[(k * 7) % 40]!, index: 0 });
}
for (const [i, g] of groups.entries()) await call('votes.set', { projectId, workshopId: w.id, targetType: 'group', targetId: g, participantId: null, dots: (i * 7) % 13 });
await call('workshops.update', { projectId, id: w.id, cutLine: 8 });

const get: number[] = [];
for (let i = 0; i < 10; i++) await timed(get, 'workshops.get', { projectId, id: w.id });
const docs: number[] = [];
let file: any;
for (let i = 0; i < 5; i++) file = await timed(docs, 'documents.render', { projectId, kind: 'workshop-results', workshopId: w.id });

console.log('workshop with 1,000 cards in 40 groups, 30 participants, through the dispatcher');
line('cards.create', create, 50);
line('cards.move (1-5 cards)', move, 50);
line('workshops.get (whole board)', get, 50);
line('documents.render workshop-results', docs, 1000);
console.log(`results document ${(Buffer.from(file.base64, 'base64').length / 1024).toFixed(0)} KB`);

const save = process.argv.indexOf('--save');
if (save > 0 && process.argv[save + 1]) {
  fs.mkdirSync(process.argv[save + 1]!, { recursive: true });
  fs.writeFileSync(path.join(process.argv[save + 1]!, file.fileName), Buffer.from(file.base64, 'base64'));
}
backend.close();
fs.rmSync(dataDir, { recursive: true, force: true });
