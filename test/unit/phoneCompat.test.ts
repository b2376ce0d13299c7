import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The phone page runs on Android Chrome 80 under a strict CSP. The build lowers syntax, not
// missing functions, so newer runtime APIs are kept out of the sources here.
const root = path.resolve(__dirname, '../../phone');
const sources = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|css|html)$/.test(f));
const read = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');

const TOO_NEW: [RegExp, string][] = [
  [/\.at\(/, 'Array.prototype.at (Chrome 92)'], [/\.replaceAll\(/, 'String.replaceAll (85)'], [/Promise\.any\(/, 'Promise.any (85)'],
  [/structuredClone\(/, 'structuredClone (98)'], [/randomUUID\(/, 'crypto.randomUUID (92)'], [/Object\.hasOwn\(/, 'Object.hasOwn (93)'],
  [/replaceChildren\(/, 'replaceChildren (86)'], [/\.findLast(Index)?\(/, 'findLast (97)'], [/AbortSignal\.(timeout|any)\(/, 'AbortSignal.timeout (103)'],
  [/\.toSorted\(|\.toReversed\(|\.with\(/, 'change-array-by-copy (110)'], [/Array\.fromAsync/, 'Array.fromAsync (121)'],
];

describe('phone page compatibility', () => {
  it('uses no runtime API newer than Chrome 80', () => {
    for (const f of sources.filter((s) => s.endsWith('.ts'))) {
      const text = read(f);
      for (const [pattern, what] of TOO_NEW) expect(pattern.test(text), `${f} uses ${what}`).toBe(false);
    }
  });

  it('uses no flex gap (Chrome 84) and no selectors Chrome 80 drops', () => {
    const css = read('styles.css');
    expect(css).not.toMatch(/(^|[\s;{])(row-|column-)?gap\s*:/);
    expect(css).not.toMatch(/:is\(|:where\(|:has\(|:focus-visible|aspect-ratio|\binset\s*:/);
  });

  it('has no inline script, inline handler or external resource', () => {
    const html = read('index.html');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    for (const f of sources) expect(read(f), f).not.toMatch(/fonts\.googleapis|https?:\/\/(?!127\.0\.0\.1)[a-z]/i);
    // Handlers are attached with addEventListener, never as attributes.
    for (const f of sources.filter((s) => s.endsWith('.ts'))) expect(read(f), f).not.toMatch(/setAttribute\(\s*['"]on/);
  });
});
