import type { Core } from 'cytoscape';
import { saveBinaryFile } from '../../lib/files';
import { detail } from './bigMapDetail';
import { deflatedRgb, onePagePdf, placement } from './mapPdf';
import { drawSheet, rasterise, sheetSvg, type LegendEntry, type SheetText } from './mapSheet';

/** "peta-Klaster Batik Tulis Lasem.png": the project name, without characters file systems refuse. */
export function mapFileName(projectName: string, ext: 'png' | 'svg' | 'pdf'): string {
  const safe = projectName.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').trim() || 'klaster';
  return `peta-${safe}.${ext}`;
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with one argument per byte overflows the stack on big drawings.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
const utf8ToBase64 = (text: string) => bytesToBase64(new TextEncoder().encode(text));

/**
 * The whole drawing at the size it has on screen (the zoom as shown): labels keep their screen
 * size at any zoom, so at scale 1 a zoomed-out map would come out with labels far larger than
 * the sheet's title. This is what cy.png/svg draw with full: true and this scale. A big map is
 * first drawn in detail everywhere: the file shows all of it, often larger than the screen.
 */
function drawingSize(cy: Core): { width: number; height: number; scale: number } {
  detail(cy, 'everywhere');
  const box = cy.elements().boundingBox();
  const scale = cy.zoom();
  return { width: Math.max(1, Math.ceil(box.w * scale)), height: Math.max(1, Math.ceil(box.h * scale)), scale };
}

/** The whole drawing as shown (filters applied) on a report sheet: title, date, legend; twice the resolution. */
export async function exportPng(cy: Core, projectName: string, text: SheetText, legend: readonly LegendEntry[]): Promise<boolean> {
  const sheet = rasterSheet(cy, text, legend, 2);
  const base64 = await rasterise(sheet.svg, sheet.width, sheet.height, 2);
  return saveBinaryFile({ fileName: mapFileName(projectName, 'png'), mimeType: 'image/png', base64 });
}

/** The sheet with the drawing as a picture made at `scale`, so it stays sharp when the sheet is drawn at that scale. */
function rasterSheet(cy: Core, text: SheetText, legend: readonly LegendEntry[], scale: number): ReturnType<typeof sheetSvg> {
  const drawing = drawingSize(cy);
  const { width, height } = drawing;
  const png = cy.png({ full: true, scale: drawing.scale * scale, bg: '#ffffff', output: 'base64' });
  const image = `<image width="${width}" height="${height}" href="data:image/png;base64,${png}"/>`;
  return sheetSvg(image, width, height, text, legend);
}

/** Print resolution of the PDF's picture, in dots per inch of the A4 page. */
const PDF_DPI = 200;

/**
 * The sheet on one A4 landscape page, for a report or the Dinas's file. A picture of the sheet
 * (not vector text): the same file in the browser and in Electron, without a print dialog.
 */
export async function exportPdf(cy: Core, projectName: string, text: SheetText, legend: readonly LegendEntry[]): Promise<boolean> {
  const { width, height } = drawingSize(cy);
  const size = sheetSvg('', width, height, text, legend);
  const scale = Math.min(4, Math.max(1, ((placement(size.width, size.height).w / 72) * PDF_DPI) / size.width));
  const sheet = rasterSheet(cy, text, legend, scale);
  const canvas = await drawSheet(sheet.svg, sheet.width, sheet.height, scale);
  const pdf = onePagePdf(await deflatedRgb(canvas), canvas.width, canvas.height, text.title);
  return saveBinaryFile({ fileName: mapFileName(projectName, 'pdf'), mimeType: 'application/pdf', base64: bytesToBase64(pdf) });
}

/** The same sheet as an SVG, which scales without blur in a report or on a poster. */
export function exportSvg(cy: Core, projectName: string, text: SheetText, legend: readonly LegendEntry[]): Promise<boolean> {
  const { width, height, scale } = drawingSize(cy);
  // The drawing as a nested <svg>, without its XML prologue.
  const drawing = cy.svg({ full: true, scale, bg: '#ffffff' }).replace(/<\?xml[^>]*>/, '').replace(/<!DOCTYPE[^>]*>/, '');
  const sheet = sheetSvg(drawing, width, height, text, legend);
  return saveBinaryFile({ fileName: mapFileName(projectName, 'svg'), mimeType: 'image/svg+xml', base64: utf8ToBase64(sheet.svg) });
}
