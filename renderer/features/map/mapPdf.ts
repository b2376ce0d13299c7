/**
 * A one-page PDF holding one picture: the map sheet, drawn at print resolution, on A4 landscape.
 * Written by hand (a catalogue, one page, one image, its placement) because it is all a report
 * sheet needs, and it comes out the same in the browser and in Electron with no print dialog and
 * no dependency. The picture is raw RGB compressed with deflate, which PDF reads as FlateDecode.
 */

/** A4 landscape in points (1/72 in). */
export const A4_LANDSCAPE = { width: 842, height: 595 } as const;
const MARGIN = 24;

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

/** A text string in the document info: UTF-16 with a byte-order mark, as hex, so any name survives. */
function pdfText(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** Where the picture goes: as large as the page allows inside the margins, centred. */
export function placement(pxW: number, pxH: number): { x: number; y: number; w: number; h: number } {
  const room = { w: A4_LANDSCAPE.width - 2 * MARGIN, h: A4_LANDSCAPE.height - 2 * MARGIN };
  const scale = Math.min(room.w / pxW, room.h / pxH);
  const [w, h] = [pxW * scale, pxH * scale];
  return { x: (A4_LANDSCAPE.width - w) / 2, y: (A4_LANDSCAPE.height - h) / 2, w, h };
}

/** The PDF file: `deflated` is the picture's RGB rows (3 bytes a pixel, top row first), zlib-compressed. */
export function onePagePdf(deflated: Uint8Array, pxW: number, pxH: number, title: string): Uint8Array {
  const at = placement(pxW, pxH);
  const drawing = `q ${at.w.toFixed(2)} 0 0 ${at.h.toFixed(2)} ${at.x.toFixed(2)} ${at.y.toFixed(2)} cm /Sheet Do Q`;
  const objects: (string | [string, Uint8Array])[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${A4_LANDSCAPE.width} ${A4_LANDSCAPE.height}] /Resources << /XObject << /Sheet 4 0 R >> >> /Contents 5 0 R >>`,
    [`<< /Type /XObject /Subtype /Image /Width ${pxW} /Height ${pxH} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length ${deflated.length} >>`, deflated],
    [`<< /Length ${drawing.length} >>`, latin1(drawing)],
    `<< /Title ${pdfText(title)} /Producer (Klaster Workbench) >>`,
  ];
  const parts: Uint8Array[] = [latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  let length = parts[0]!.length;
  const push = (bytes: Uint8Array) => {
    parts.push(bytes);
    length += bytes.length;
  };
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(length);
    if (typeof object === 'string') {
      push(latin1(`${i + 1} 0 obj\n${object}\nendobj\n`));
      return;
    }
    push(latin1(`${i + 1} 0 obj\n${object[0]}\nstream\n`));
    push(object[1]);
    push(latin1('\nendstream\nendobj\n'));
  });
  const xref = length;
  push(latin1(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
    + `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** A canvas's pixels as RGB rows, zlib-compressed by the browser's own CompressionStream. */
export async function deflatedRgb(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas to read the map sheet from');
  const rgba = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  const rgb = new Uint8Array((rgba.length / 4) * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
    rgb[j] = rgba[i]!;
    rgb[j + 1] = rgba[i + 1]!;
    rgb[j + 2] = rgba[i + 2]!;
  }
  const stream = new Blob([rgb]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
