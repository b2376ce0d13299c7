import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend';
import { AppError } from '../../electron/errors';
import { handlers, type HandlerMap } from '../../electron/handlers';
import { updateProject } from '../../electron/services/projects';
import { fileHash, makeBackend, tempDir } from './helpers';

const root = path.resolve(__dirname, '../..');
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

/** The real browser-mode host as its own process, the way `npm run serve` starts it. */
function startHost(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', '--port', '0', '--data', dataDir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (c) => (out += c));
  child.stderr!.on('data', (c) => (err += c));
  const running = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', () => {
      const m = /running at (http:\/\/[\d.]+:\d+)\//.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
  });
  running.catch(() => {}); // awaited only by the caller that expects the host to start
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stderr: err })));
  return { running, exited };
}

describe('one process per data folder', () => {
  it('a second back end on the same folder is refused until the first closes', () => {
    const dataDir = tempDir();
    const first = createBackend({ dataDir, resourcesDir: path.join(root, 'resources'), appVersion: 'test' });
    let refusal: unknown;
    try {
      createBackend({ dataDir, resourcesDir: path.join(root, 'resources'), appVersion: 'test' });
    } catch (e) {
      refusal = e;
    }
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).reason).toBe('data_folder_in_use');
    first.close();
    createBackend({ dataDir, resourcesDir: path.join(root, 'resources'), appVersion: 'test' }).close();
  });

  it('a second host process is told in one line that the folder is in use, and does not start', async () => {
    const dataDir = tempDir();
    const first = startHost(dataDir);
    const url = await first.running;
    const created = await fetch(`${url}/api/projects.create`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"name":"Klaster Tahu"}' });
    expect(created.status).toBe(200);

    const second = startHost(dataDir);
    const { code, stderr } = await second.exited;
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('sedang dipakai');
    // The first one goes on, with its data intact.
    const list = await (await fetch(`${url}/api/projects.list`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).json();
    expect(list.data.map((p: { name: string }) => p.name)).toEqual(['Klaster Tahu']);
  }, 30_000);
});

describe('a full disk', () => {
  it('is reported as disk_full, and the project stays as it was', async () => {
    const first = makeBackend();
    const { id: projectId } = await first.ok('projects.create', { name: 'Utuh' });
    first.backend.close();
    // SQLite's own page limit makes the real SQLITE_FULL that a full disk gives.
    const cramped: HandlerMap = {
      ...handlers,
      'projects.update': {
        scope: 'project',
        run: (db, { projectId: _p, ...details }, { rec, now }) => {
          db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
          try {
            return updateProject(db, { ...details, notes: 'x'.repeat(200_000) }, rec, now);
          } finally {
            db.pragma('max_page_count = 1073741823');
          }
        },
      },
    };
    const t = makeBackend(first.dataDir, cramped);
    const file = path.join(first.dataDir, 'projects', `${projectId}.klaster`);
    const res = await t.raw('projects.update', { projectId, name: 'Setengah' });
    expect(res.ok || res.error).toMatchObject({ code: 'disk_full', reason: 'disk_full' });
    expect((await t.ok('projects.get', { projectId })).name).toBe('Utuh');
    expect((await t.ok('history.state', { projectId })).canUndo).toBe(false);
    expect(fileHash(file)).toBeTruthy();
  });

  // A real small file system; mounting needs privileges the machine may not give.
  const canMount = (() => {
    if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
    const probe = tempDir();
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
      execFileSync('umount', [probe], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(!canMount)('leaves no file behind when a new project does not fit', async () => {
    const dataDir = tempDir();
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', dataDir]);
    try {
      const t = makeBackend(dataDir);
      const reasons = new Set<string>();
      for (let i = 0; i < 60; i++) {
        const res = await t.raw('projects.create', { name: `Proyek ${i}`, notes: 'catatan '.repeat(500) });
        if (!res.ok) reasons.add(res.error.reason ?? res.error.code);
      }
      expect([...reasons]).toEqual(['disk_full']);
      const listed = (await t.ok('projects.list', {})).map((p) => `${p.id}.klaster`).sort();
      const files = fs.readdirSync(path.join(dataDir, 'projects')).filter((f) => f.endsWith('.klaster')).sort();
      expect(listed.length).toBeGreaterThan(0);
      expect(files).toEqual(listed);
      expect(fs.readdirSync(path.join(dataDir, 'projects')).filter((f) => !f.endsWith('.klaster') && !/-(wal|shm)$/.test(f))).toEqual([]);
      t.backend.close();
    } finally {
      execFileSync('umount', ['-l', dataDir]);
    }
  });
});
