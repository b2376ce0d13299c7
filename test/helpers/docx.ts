// Test helpers for generated .docx files: unzip the parts, read the body as plain text, and look
// at the WordprocessingML structure (styles, tables, row properties) without a DOM library.
import { deflateSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';

export interface DocxParts {
  files: string[];
  documentXml: string;
  stylesXml: string;
  numberingXml: string;
  headerXml: string[];
  footerXml: string[];
  coreXml: string;
}

export function unzipDocx(buffer: Uint8Array): DocxParts {
  const zip = unzipSync(buffer);
  const text = (name: string) => (zip[name] ? strFromU8(zip[name]) : '');
  const parts = (re: RegExp) => Object.keys(zip).filter((n) => re.test(n)).sort().map(text);
  return {
    files: Object.keys(zip),
    documentXml: text('word/document.xml'),
    stylesXml: text('word/styles.xml'),
    numberingXml: text('word/numbering.xml'),
    headerXml: parts(/^word\/header\d*\.xml$/),
    footerXml: parts(/^word\/footer\d*\.xml$/),
    coreXml: text('docProps/core.xml'),
  };
}

/** A parsed XML element: enough of a tree to walk paragraphs, tables and properties. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: (XmlNode | string)[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(parseInt(e.slice(e[1] === 'x' || e[1] === 'X' ? 2 : 1), e[1]?.toLowerCase() === 'x' ? 16 : 10)) : ENTITIES[e] ?? m);
}

export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#root', attrs: {}, children: [] };
  const stack = [root];
  const re = /<\?[^>]*\?>|<!--[\s\S]*?-->|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  for (const m of xml.matchAll(re)) {
    const top = stack[stack.length - 1]!;
    if (m[5] !== undefined) top.children.push(decodeXml(m[5]));
    if (!m[2]) continue;
    if (m[1]) { stack.pop(); continue; }
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? '').matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]!] = decodeXml(a[2] ?? a[3] ?? '');
    const node: XmlNode = { name: m[2], attrs, children: [] };
    top.children.push(node);
    if (!m[4]) stack.push(node);
  }
  return root;
}

const elements = (n: XmlNode) => n.children.filter((c): c is XmlNode => typeof c !== 'string');
export const child = (n: XmlNode, name: string) => elements(n).find((c) => c.name === name);

/** All descendants called `name`, not descending into matches (so nested tables stay nested). */
export function findAll(n: XmlNode, name: string): XmlNode[] {
  return elements(n).flatMap((c) => (c.name === name ? [c] : findAll(c, name)));
}

/** Visible text of a paragraph: w:t, tabs and breaks in runs, skipping field codes and properties. */
function paragraphText(p: XmlNode): string {
  let out = '';
  const walk = (n: XmlNode) => {
    for (const c of elements(n)) {
      if (c.name === 'w:pPr' || c.name === 'w:rPr' || c.name === 'w:instrText') continue;
      if (c.name === 'w:t') out += c.children.filter((x) => typeof x === 'string').join('');
      else if (c.name === 'w:tab') out += '\t';
      else if (c.name === 'w:br' || c.name === 'w:cr') out += '\n';
      else walk(c);
    }
  };
  walk(p);
  return out;
}

/** Body blocks as text: a line per paragraph, a line per table row with cells joined by "\t". */
function blocksText(n: XmlNode): string[] {
  return elements(n).flatMap((c) => {
    if (c.name === 'w:p') return [paragraphText(c)];
    if (c.name === 'w:tbl') return findAll(c, 'w:tr').map((tr) => findAll(tr, 'w:tc').map((tc) => blocksText(tc).join(' ').trim()).join('\t'));
    if (c.name === 'w:sectPr') return [];
    return blocksText(c);
  });
}

/** Plain text of a document/header/footer XML part (or of a .docx buffer's body). */
export function docxText(input: Uint8Array | string): string {
  const xml = typeof input === 'string' ? input : unzipDocx(input).documentXml;
  return blocksText(parseXml(xml)).join('\n');
}

/** The w:pStyle of every paragraph, in order (undefined for paragraphs without one). */
export function paragraphStyles(xml: string): (string | undefined)[] {
  return findAll(parseXml(xml), 'w:p').map((p) => {
    const pPr = child(p, 'w:pPr');
    return pPr ? child(pPr, 'w:pStyle')?.attrs['w:val'] : undefined;
  });
}

/** Top-level tables of a part (nested ones are inside their cells). */
export const tables = (xml: string): XmlNode[] => findAll(parseXml(xml), 'w:tbl');
export const tableRows = (tbl: XmlNode): XmlNode[] => elements(tbl).filter((c) => c.name === 'w:tr');
const rowProp = (tr: XmlNode, name: string) => {
  const trPr = child(tr, 'w:trPr');
  const el = trPr && child(trPr, name);
  return el !== undefined && !['0', 'false', 'off'].includes(el.attrs['w:val'] ?? 'true');
};
export const isHeaderRow = (tr: XmlNode): boolean => rowProp(tr, 'w:tblHeader');
export const isCantSplit = (tr: XmlNode): boolean => rowProp(tr, 'w:cantSplit');
export const rowText = (tr: XmlNode): string => findAll(tr, 'w:tc').map((tc) => blocksText(tc).join(' ').trim()).join('\t');

/** The section properties (w:sectPr) of the document body, e.g. to check w:pgSz and w:pgMar. */
export const sectionProperties = (documentXml: string): XmlNode[] => findAll(parseXml(documentXml), 'w:sectPr');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Uint8Array) => (bytes.reduce((c, b) => CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;

/** A real RGBA PNG drawn by `pixel(x, y)`, so tests need no image fixtures (e.g. a letterhead logo). */
export function makePng(width: number, height: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), y * (1 + width * 4) + 1 + x * 4);
  }
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
