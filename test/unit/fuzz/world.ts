import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import { HTTP_STATUS, type Envelope } from '../../../shared/errors';
import { createBackend, type Backend } from '../../../electron/backend';
import { createHostServer } from '../../../electron/host/server';
import { fileHash } from '../helpers';
import type { Known } from './hints';
import { collectIds, fillProject, TINY_PNG, type Ok } from './projectA';

const resourcesDir = path.resolve(__dirname, '../../../resources');
const fixtures = path.resolve(__dirname, '../../fixtures/import');

export type Transport = 'dispatch' | 'http' | 'http-raw';
export interface Answer {
  status: number;
  envelope: Envelope<unknown> | undefined;
}

export interface FuzzWorld extends Known {
  hashB: string;
  fileB: string;
  calls: number;
  /** Puts the data directory back as it was after the set-up (B is never rewritten). */
  reset(): void;
  call(method: string, input: unknown, via: Transport, rawBody?: string): Promise<Answer>;
  close(): Promise<void>;
}

/** Project files as a facilitator might bring them: a good one, a cut one, a foreign one... */
function projectFileSamples(exported: Buffer, dir: string): string[] {
  const variant = (name: string, edit: (db: Database.Database) => void) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, exported);
    const db = new Database(file);
    edit(db);
    db.close();
    return fs.readFileSync(file).toString('base64');
  };
  const corrupted = Buffer.from(exported);
  corrupted.fill(0x5a, 4096, 12288);
  return [
    exported.toString('base64'),
    exported.subarray(0, 4096).toString('base64'),
    corrupted.toString('base64'),
    variant('newer.klaster', (db) => db.pragma('user_version = 999')),
    variant('foreign.klaster', (db) => db.pragma('application_id = 1')),
    variant('empty.klaster', (db) => db.prepare('DELETE FROM project').run()),
    variant('odd-id.klaster', (db) => db.prepare("UPDATE project SET id = '../outside'").run()),
    Buffer.from('SQLite format 3\0 but not really').toString('base64'),
    'bm90IGEgcHJvamVjdA==',
  ];
}

/** Sign-in sheets as [file name, base64]: real Excel exports, a workbook, odd ones. */
async function sheetSamples(): Promise<[string, string][]> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Daftar Hadir');
  ws.addRow(['Nama', 'Instansi', 'Jenis', 'No. HP', 'Kelompok']);
  ws.addRow(['Bu Wati', 'UD Batik Wati', 'core_firm', '0812 3456', 'Babagan']);
  ws.addRow(['=HYPERLINK("x")', 42, 'bank', 6281234, '']);
  const b64 = (text: string) => Buffer.from(text).toString('base64');
  return [
    ...fs.readdirSync(fixtures).map((f): [string, string] => [f, fs.readFileSync(path.join(fixtures, f)).toString('base64')]),
    ['daftar.xlsx', Buffer.from(await wb.xlsx.writeBuffer()).toString('base64')],
    ['peserta.csv', b64('Nama,Jenis\n"Pak ""Dul""",bank\n,,,\n')],
    ['peserta.txt', b64('Nama\tHP\n\u0000\t+62\n')],
    ['bom.csv', b64('\uFEFF')],
    ['kosong.xlsx', 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA=='], // an empty zip
  ];
}

/** The fuzz opens no port on this computer's networks: phones are let in on loopback only. */
function onLoopback(method: string, input: unknown): unknown {
  const object = input !== null && typeof input === 'object' && !Array.isArray(input);
  return method === 'participation.start' && object && !('address' in input) ? { ...input, address: '127.0.0.1' } : input;
}

export async function createWorld(): Promise<FuzzWorld> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'klaster-fuzz-'));
  const baseline = fs.mkdtempSync(path.join(os.tmpdir(), 'klaster-fuzz-baseline-'));
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'klaster-fuzz-scratch-'));
  const open = () => createBackend({ dataDir, resourcesDir, appVersion: '0.0.0-fuzz' });

  let backend: Backend = open();
  const ok: Ok = async <M extends MethodName>(method: M, input: MethodInput<M>) => {
    const envelope = await backend.dispatch(method, input);
    if (!envelope.ok) throw new Error(`${method} failed while setting up: ${JSON.stringify(envelope.error)}`);
    return envelope.data as MethodOutput<M>;
  };

  // B: made once, closed, and never named again.
  const b = await ok('projects.create', { name: 'Klaster Gerabah Kasongan', regency: 'Kabupaten Bantul' });
  await ok('stakeholders.create', { projectId: b.id, name: 'Pak Timbul', kind: 'core_firm' });
  await ok('meetings.create', { projectId: b.id, kind: 'kickoff' });

  const a = await ok('projects.createDemo', { story: false });
  await fillProject(ok, a.id);
  await ok('projects.open', { projectId: a.id }); // a backup to restore
  const exported = Buffer.from((await ok('projects.exportFile', { projectId: a.id })).base64, 'base64');
  const ids = await collectIds(ok, a.id);
  backend.close();

  const fileB = path.join(dataDir, 'projects', `${b.id}.klaster`);
  const hashB = fileHash(fileB);
  fs.cpSync(dataDir, baseline, { recursive: true, filter: (src) => src !== fileB });

  const sheets = await sheetSamples();
  const files = projectFileSamples(exported, scratch);
  const samples: Record<string, string[]> = {
    base64: [...files, ...sheets.map(([, b]) => b)],
    fileName: ['proyek.klaster', 'lama.xls', 'tanpa-titik', '../../x.csv', `${'n'.repeat(250)}.csv`, 'ДАННЫЕ.CSV', ...sheets.map(([f]) => f)],
    logoBase64: [TINY_PNG, '', 'bukan base64', '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAP==', 'iVBORw0KGgo='],
    backupId: ids.backup ?? [],
    address: ['127.0.0.1', '0.0.0.0', '255.255.255.255', '127.0.0.2'],
    text: [
      ...(ids.article ?? []).slice(0, 3).map((id) => `Sesuai {{pasal:${id}}}`),
      ...(ids.paragraph ?? []).slice(0, 2).map((id) => `{{ayat:${id}}} dan {{pasal:${ids.card?.[0]}}}`),
      '{{pasal:00000000-0000-4000-8000-000000000000}}', 'Baris satu\nBaris dua\n\nBaris empat',
    ],
  };
  const projectId = a.id;
  const of = (kind: string) => ids[kind] ?? [];
  const documents = [
    ...of('meeting').flatMap((meetingId) => [
      { kind: 'minutes', meetingId }, { kind: 'attendance', meetingId, variant: 'before', blankRows: 200, paper: 'F4' }, { kind: 'election-record', meetingId },
    ]),
    { kind: 'request-letter' }, { kind: 'decree', paper: 'F4' }, { kind: 'board-list' }, { kind: 'articles' }, { kind: 'bylaws' },
    ...of('workshop').map((workshopId) => ({ kind: 'workshop-results', workshopId })),
    ...of('vision').map((versionId) => ({ kind: 'vision-mission', versionId })),
    ...of('articleVersion').map((articlesVersionId) => ({ kind: 'articles', articlesVersionId })),
  ];
  const seeds = {
    'documents.render': documents.map((d) => ({ projectId, ...d })),
    'import.preview': sheets.map(([fileName, base64]) => ({ projectId, fileName, base64 })),
    'projects.importFile': files.map((base64) => ({ fileName: 'proyek.klaster', base64 })),
    'backups.restore': of('backup').map((backupId) => ({ projectId, backupId })),
    'network.export': ['graphml', 'gexf', 'csv', 'xlsx'].map((format) => ({ projectId, format })),
  };

  backend = open();
  const rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'klaster-fuzz-renderer-'));
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Klaster</title>');
  const server: http.Server = createHostServer((m, i) => backend.dispatch(m, i), rendererDir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const world: FuzzWorld = {
    projectId, ids, samples, seeds, hashB, fileB, calls: 0,
    reset() {
      backend.close();
      for (const entry of fs.readdirSync(dataDir)) {
        if (entry === 'projects') continue;
        fs.rmSync(path.join(dataDir, entry), { recursive: true, force: true });
      }
      for (const entry of fs.readdirSync(path.join(dataDir, 'projects'))) {
        // B and any companion file of it stay, so a write to B cannot be hidden by a reset.
        if (!entry.startsWith(path.basename(fileB))) fs.rmSync(path.join(dataDir, 'projects', entry), { recursive: true, force: true });
      }
      fs.cpSync(baseline, dataDir, { recursive: true });
      backend = open();
    },
    async call(method, value, via, rawBody) {
      world.calls++;
      const input = onLoopback(method, value);
      if (via === 'dispatch') {
        const envelope = await backend.dispatch(method, input);
        return { status: envelope.ok ? 200 : HTTP_STATUS[envelope.error.code], envelope };
      }
      const body = via === 'http-raw' ? rawBody ?? '' : JSON.stringify(input) ?? '';
      const res = await fetch(`${base}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      const text = await res.text();
      let envelope: Envelope<unknown> | undefined;
      try {
        envelope = JSON.parse(text) as Envelope<unknown>;
      } catch {
        envelope = undefined;
      }
      return { status: res.status, envelope };
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      backend.close();
      for (const dir of [dataDir, baseline, scratch, rendererDir]) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return world;
}
