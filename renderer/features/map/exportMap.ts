import type { Core } from 'cytoscape';
import { saveBinaryFile } from '../../lib/files';

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

/** The whole drawing as shown (filters applied), twice the screen resolution, on white for print. */
export function exportPng(cy: Core, projectName: string): Promise<boolean> {
  const base64 = cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'base64' });
  return saveBinaryFile({ fileName: mapFileName(projectName, 'png'), mimeType: 'image/png', base64 });
}

/** The same as an SVG, which scales without blur in a report or on a poster. */
export function exportSvg(cy: Core, projectName: string): Promise<boolean> {
  const svg = cy.svg({ full: true, scale: 1, bg: '#ffffff' });
  return saveBinaryFile({ fileName: mapFileName(projectName, 'svg'), mimeType: 'image/svg+xml', base64: utf8ToBase64(svg) });
}
