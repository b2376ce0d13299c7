import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Who may import whom: shared/ runs on both sides, renderer/ only talks through the contract,
// and only the two Electron entry points may touch 'electron'.
const root = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => path.join(dir, f));
}

function imports(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

describe('import boundaries', () => {
  it('shared/ imports neither Node, DOM libraries, the back end nor the renderer', () => {
    for (const file of sources('shared')) {
      for (const spec of imports(file)) {
        expect(spec, `${file} imports ${spec}`).not.toMatch(/^(node:|electron$|react|better-sqlite3|\.\.\/(electron|renderer)\/)/);
      }
    }
  });

  it('renderer/ never imports the back end or Node', () => {
    for (const file of sources('renderer')) {
      for (const spec of imports(file)) {
        expect(spec, `${file} imports ${spec}`).not.toMatch(/(^node:|^electron$|^better-sqlite3$|(\.\.\/)+electron\/)/);
      }
    }
  });

  it('only electron/main.ts and electron/preload.ts import electron', () => {
    const offenders = sources('electron').filter((f) => imports(f).includes('electron'));
    for (const file of offenders) expect(['electron/main.ts', 'electron/preload.ts']).toContain(file);
  });
});
