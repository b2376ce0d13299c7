import type { Core } from 'cytoscape';
import { saveBinaryFile } from '../../lib/files';
import { rasterise, sheetSvg, type LegendEntry, type SheetText } from './mapSheet';

/** "peta-Klaster Batik Tulis Lasem.png": the project name, without characters file systems refuse. */
export function mapFileName(projectName: string, ext: 'png' | 'svg'): string {
  const safe = projectName.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').trim() || 'klaster';
  return `peta-${safe}.${ext}`;
}

function utf8ToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  // In slices: String.fromCharCode with one argument per byte overflows the stack on big drawings.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The drawing's size at scale 1 with every element in view (what cy.png/svg with full: true draw). */
function drawingSize(cy: Core): { width: number; height: number } {
  const box = cy.elements().boundingBox();
  return { width: Math.max(1, Math.ceil(box.w)), height: Math.max(1, Math.ceil(box.h)) };
}

/** The whole drawing as shown (filters applied) on a report sheet: title, date, legend; twice the resolution. */
export async function exportPng(cy: Core, projectName: string, text: SheetText, legend: readonly LegendEntry[]): Promise<boolean> {
  const { width, height } = drawingSize(cy);
  const png = cy.png({ full: true, scale: 1, bg: '#ffffff', output: 'base64' });
  const image = `<image width="${width}" height="${height}" href="data:image/png;base64,${png}"/>`;
  const sheet = sheetSvg(image, width, height, text, legend);
  const base64 = await rasterise(sheet.svg, sheet.width, sheet.height, 2);
  return saveBinaryFile({ fileName: mapFileName(projectName, 'png'), mimeType: 'image/png', base64 });
}

/** The same sheet as an SVG, which scales without blur in a report or on a poster. */
export function exportSvg(cy: Core, projectName: string, text: SheetText, legend: readonly LegendEntry[]): Promise<boolean> {
  const { width, height } = drawingSize(cy);
  // The drawing as a nested <svg>, without its XML prologue.
  const drawing = cy.svg({ full: true, scale: 1, bg: '#ffffff' }).replace(/<\?xml[^>]*>/, '').replace(/<!DOCTYPE[^>]*>/, '');
  const sheet = sheetSvg(drawing, width, height, text, legend);
  return saveBinaryFile({ fileName: mapFileName(projectName, 'svg'), mimeType: 'image/svg+xml', base64: utf8ToBase64(sheet.svg) });
}
