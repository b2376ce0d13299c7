// Word documents of a large meeting: 300 attendees and 20 agenda items (minutes, attendance).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBackend } from '../electron/backend';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'klaster-bench-docs-'));
const backend = createBackend({ dataDir, resourcesDir: path.resolve('resources'), appVersion: 'bench' });
async function call(method: string, input: unknown): Promise<any> {
  const res = await backend.dispatch(method, input);
  if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
  return res.data;
}

const { id: projectId } = await call('projects.create', { name: 'Bench dokumen', regency: 'Kabupaten Cirebon' });
const meeting = await call('meetings.create', { projectId, kind: 'general', date: '2026-11-25', startTime: '09:00', place: 'Gedung Serbaguna' });
for (let i = meeting.agenda.length; i < 20; i++) await call('agenda.add', { projectId, meetingId: meeting.id, title: `Acara ${i + 1}` });
const record = await call('meetings.get', { projectId, id: meeting.id });
for (const [i, item] of record.agenda.entries()) {
  await call('agenda.update', { projectId, id: item.id, discussion: `Pembahasan acara ${i + 1}. `.repeat(20) });
  await call('decisions.add', { projectId, agendaItemId: item.id, text: `Keputusan untuk acara ${i + 1}.` });
}
for (let i = 1; i <= 300; i++) {
  const a = await call('attendees.add', { projectId, meetingId: meeting.id, name: `Peserta Nomor ${i}`, organisation: `UD Usaha ${i}`, village: 'Desa Contoh', phone: '0812-0000-0000', walkIn: false });
  if (i % 5 !== 0) await call('attendees.update', { projectId, id: a.id, present: true });
}

async function time(label: string, request: Record<string, unknown>): Promise<void> {
  const runs: number[] = [];
  let size = 0;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const file = await call('documents.render', { projectId, meetingId: meeting.id, ...request });
    runs.push(performance.now() - start);
    size = Buffer.from(file.base64, 'base64').length;
  }
  runs.sort((a, b) => a - b);
  console.log(`${label.padEnd(40)} median ${runs[2]!.toFixed(0).padStart(5)} ms  max ${runs[4]!.toFixed(0).padStart(5)} ms  ${(size / 1024).toFixed(0)} KB`);
}

console.log('meeting with 300 attendees and 20 agenda items, 5 runs each');
await time('minutes (notulen)', { kind: 'minutes' });
await time('attendance before (300 + 20 blank rows)', { kind: 'attendance', variant: 'before', blankRows: 20 });
await time('attendance after (240 present)', { kind: 'attendance', variant: 'after' });
backend.close();
fs.rmSync(dataDir, { recursive: true, force: true });
