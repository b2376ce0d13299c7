import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// The phone page crosses a slow hotspot to every participant at once: keep it small. Measures the
// last build if there is one; builds nothing itself.
const dir = path.resolve(__dirname, '../../dist/phone');
const LIMIT = 60 * 1024;

function files(d: string): string[] {
  return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(d, e.name)) : [path.join(d, e.name)]));
}

describe('phone page bundle', () => {
  it.skipIf(!fs.existsSync(dir))('is under 60 KB gzipped, JS, CSS and HTML together', () => {
    const sized = files(dir).filter((f) => /\.(js|css|html)$/.test(f)).map((f) => [path.relative(dir, f), gzipSync(fs.readFileSync(f)).length] as const);
    expect(sized.some(([f]) => f.endsWith('.js'))).toBe(true);
    const total = sized.reduce((sum, [, n]) => sum + n, 0);
    expect(total, sized.map(([f, n]) => `${f}: ${n}`).join(', ')).toBeLessThanOrEqual(LIMIT);
  });
});
