/**
 * A map ready for a report: the drawing with a title, the project and region, the date and the
 * counts above it, and the legend of the kinds on the map beside it. Built as one SVG, so the same
 * sheet becomes the SVG export as it is and the PNG export once drawn onto a canvas.
 */
export interface SheetText {
  title: string;
  subtitle: string;
  /** "29 November 2026 · 34 pemangku kepentingan, 88 hubungan". */
  line: string;
  legendTitle: string;
}

/** What the on-screen legend shows (its swatches and labels), read from the page so both agree. */
export interface LegendEntry { swatch: string; label: string }

const PAD = 24, HEADER = 92, LEGEND_W = 300, ROW = 26, LINE = 18, CHARS = 34;

/** A long legend note in lines of at most CHARS characters, broken between words. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= CHARS) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function legendEntries(root: ParentNode): LegendEntry[] {
  return [...root.querySelectorAll('.map-legend li')].map((li) => {
    const svg = li.querySelector('svg');
    return { swatch: svg ? new XMLSerializer().serializeToString(svg) : '', label: li.textContent?.trim() ?? '' };
  }).filter((e) => e.label);
}

/** The sheet around a map drawing of `width` x `height`; `map` is an <image> or a nested <svg>. */
export function sheetSvg(map: string, width: number, height: number, text: SheetText, legend: readonly LegendEntry[]): { svg: string; width: number; height: number } {
  const wrapped = legend.map((e) => wrap(e.label));
  const legendHeight = 40 + wrapped.reduce((h, lines) => h + ROW + (lines.length - 1) * LINE, 0);
  const W = PAD * 3 + width + LEGEND_W;
  const H = HEADER + PAD + Math.max(height, legendHeight) + PAD;
  const lx = PAD * 2 + width;
  let y = HEADER + PAD + 40;
  const rows = legend.map((e, i) => {
    // Swatches keep their own size and viewBox (20 high), so they line up with the labels.
    const swatch = e.swatch.replace('<svg', `<svg x="${lx}" y="${y - 15}"`);
    const lines = wrapped[i]!;
    const label = `<text x="${lx + 54}" y="${y}" font-size="14">${lines.map((l, j) => `<tspan x="${lx + 54}" dy="${j ? LINE : 0}">${escape(l)}</tspan>`).join('')}</text>`;
    y += ROW + (lines.length - 1) * LINE;
    return swatch + label;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Noto Sans, Arial, sans-serif">`
    + `<rect width="100%" height="100%" fill="#ffffff"/>`
    + `<text x="${PAD}" y="38" font-size="26" font-weight="700">${escape(text.title)}</text>`
    + `<text x="${PAD}" y="62" font-size="16">${escape(text.subtitle)}</text>`
    + `<text x="${PAD}" y="84" font-size="14" fill="#444">${escape(text.line)}</text>`
    + `<rect x="${PAD - 1}" y="${HEADER + PAD - 1}" width="${width + 2}" height="${height + 2}" fill="none" stroke="#999"/>`
    + `<g transform="translate(${PAD} ${HEADER + PAD})">${map}</g>`
    + `<text x="${lx}" y="${HEADER + PAD + 14}" font-size="16" font-weight="700">${escape(text.legendTitle)}</text>`
    + rows
    + `</svg>`;
  return { svg, width: W, height: H };
}

/** Draws an SVG sheet onto a white canvas at `scale`. */
export async function drawSheet(svg: string, width: number, height: number, scale: number): Promise<HTMLCanvasElement> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas to draw the map sheet on');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, width, height);
  return canvas;
}

/** Draws an SVG sheet onto a canvas at `scale` and returns the PNG as base64 (no data: prefix). */
export async function rasterise(svg: string, width: number, height: number, scale = 2): Promise<string> {
  const canvas = await drawSheet(svg, width, height, scale);
  return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
}
