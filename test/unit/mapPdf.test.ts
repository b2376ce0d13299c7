// The map's one-page A4 PDF (renderer/features/map/mapPdf.ts), read back by poppler's pdfinfo and
// pdftoppm where they are installed (.ci/run has them; skipped on a machine without them).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { A4_LANDSCAPE, onePagePdf, placement } from '../../renderer/features/map/mapPdf';
import { hasPoppler } from '../helpers/poppler';


/** A white 600 x 300 picture with a black band across its top fifth: the sheet's title, say. */
function picture(): { w: number; h: number; rgb: Buffer } {
  const [w, h] = [600, 300];
  const rgb = Buffer.alloc(w * h * 3, 255);
  rgb.fill(0, 0, w * (h / 5) * 3);
  return { w, h, rgb };
}

function writePdf(title: string): string {
  const { w, h, rgb } = picture();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'klaster-pdf-')), 'peta.pdf');
  fs.writeFileSync(file, onePagePdf(zlib.deflateSync(rgb), w, h, title));
  return file;
}

describe('one-page map PDF', () => {
  it('places the picture as large as A4 landscape allows inside the margins, centred', () => {
    const wide = placement(2000, 1000);
    expect(wide.w).toBeCloseTo(A4_LANDSCAPE.width - 48);
    expect(wide.x).toBeCloseTo(24);
    expect(wide.y + wide.h / 2).toBeCloseTo(A4_LANDSCAPE.height / 2);
    const tall = placement(1000, 1000);
    expect(tall.h).toBeCloseTo(A4_LANDSCAPE.height - 48);
  });

  it('ends with a cross-reference table whose offsets point at each object', () => {
    const bytes = Buffer.from(onePagePdf(zlib.deflateSync(picture().rgb), 600, 300, 'Peta'));
    const text = bytes.toString('latin1');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    const xref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
    expect(text.slice(xref, xref + 4)).toBe('xref');
    const offsets = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(6);
    offsets.forEach((o, i) => expect(text.slice(o, o + 8)).toBe(`${i + 1} 0 obj\n`));
  });

  it.skipIf(!hasPoppler)('reads as one A4 landscape page with its title, and draws the picture where it was placed', () => {
    const file = writePdf('Peta Pemangku Kepentingan Klaster Batik – Rembang');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/^Pages:\s+1$/m);
    expect(info).toMatch(/^Page size:\s+842 x 595 pts \(A4\)/m);
    expect(info).toMatch(/^Title:\s+Peta Pemangku Kepentingan Klaster Batik – Rembang$/m);
    // At 72 dpi one pixel is one point: the band is black, the margin and the rest white.
    const pgm = execFileSync('pdftoppm', ['-r', '72', '-gray', '-singlefile', file]);
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString('latin1', 0, 30))!;
    const [w, h] = [Number(header[1]), Number(header[2])];
    expect([w, h]).toEqual([842, 595]);
    const pixels = pgm.subarray(header[0].length);
    const at = (x: number, y: number) => pixels[Math.round(y) * w + Math.round(x)]!;
    const place = placement(600, 300);
    const top = A4_LANDSCAPE.height - place.y - place.h;
    expect(at(place.x + place.w / 2, top + place.h * 0.1)).toBeLessThan(40);
    expect(at(place.x + place.w / 2, top + place.h * 0.6)).toBeGreaterThan(215);
    expect(at(10, 10)).toBeGreaterThan(215);
  });
});
