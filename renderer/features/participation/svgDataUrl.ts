/**
 * An SVG as a data: URL for an <img>: the page's security policy allows data: images and no
 * inline markup from outside, and an <img> never runs what the SVG might contain.
 */
export function svgDataUrl(svg: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(svg)) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}
