import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

// The phone page crosses a slow hotspot to every participant at once: keep it small. Built here
// with its own config into a temporary folder, so the check runs before (and apart from) npm run build.
const LIMIT = 60 * 1024;
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'klaster-phone-'));
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

function files(d: string): string[] {
  return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(d, e.name)) : [path.join(d, e.name)]));
}

describe('phone page bundle', () => {
  it('is under 60 KB gzipped, JS, CSS and HTML together', async () => {
    await build({ configFile: path.resolve(__dirname, '../../vite.phone.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const sized = files(outDir).filter((f) => /\.(js|css|html)$/.test(f)).map((f) => [path.relative(outDir, f), gzipSync(fs.readFileSync(f)).length] as const);
    expect(sized.some(([f]) => f.endsWith('.js'))).toBe(true);
    const total = sized.reduce((sum, [, n]) => sum + n, 0);
    expect(total, sized.map(([f, n]) => `${f}: ${n}`).join(', ')).toBeLessThanOrEqual(LIMIT);
  }, 60_000);
});
