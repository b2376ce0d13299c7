// Reads a typed sign-in sheet (CSV/TXT from Excel, or XLSX) into a plain grid of trimmed strings.
// Column meaning is decided later (mapColumns.ts); this file only deals with bytes and layout.
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../../errors';

export const MAX_IMPORT_ROWS = 20_000;

export interface ParsedTable {
  headers: string[];
  rows: string[][];
  sheetName?: string;
  /** Line of the header in the sheet as Excel shows it (1-based, title rows above count). */
  headerRow: number;
  /** For each entry of `rows`, its line in the sheet as Excel shows it (empty rows were dropped). */
  rowNumbers: number[];
}

const refuse = (reason: string, message: string, params: Record<string, string | number> = {}) =>
  new AppError('invalid_input', reason, message, params);

export async function parseTable(fileName: string, bytes: Buffer): Promise<ParsedTable> {
  const ext = path.extname(fileName).toLowerCase();
  if (!['.csv', '.txt', '.xlsx'].includes(ext)) {
    throw refuse('import_unsupported_type', `Only .csv, .txt and .xlsx can be imported, not "${ext || fileName}"`, { ext });
  }
  if (bytes.length === 0) throw refuse('import_empty', 'The file is empty');
  const sheet = ext === '.xlsx' ? await readXlsx(bytes) : { lines: readCsv(bytes) };
  return toTable(sheet.lines, sheet.sheetName);
}

// ---- CSV -------------------------------------------------------------------------------------

function decode(bytes: Buffer): string {
  // Excel's "Unicode text" export is UTF-16LE with a BOM.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // Indonesian Windows Excel saves "CSV (dipisahkan koma)" in the ANSI code page, windows-1252.
    return new TextDecoder('windows-1252').decode(body).replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
  }
}

// Node 20's 'windows-1252' decoder gives Latin-1 control codes for 0x80-0x9F, so "Ma’ruf"
// (0x92) would lose its apostrophe; these are the real windows-1252 characters for that range.
const CP1252_C1 = [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'];

/** Picks the separator that splits the most of the first lines into the same number (>1) of cells. */
function guessDelimiter(text: string): string {
  let best = { delimiter: ';', score: -1 };
  for (const delimiter of [';', ',', '\t']) {
    const sample = Papa.parse<string[]>(text, { delimiter, preview: 50 }).data.filter((r) => r.length > 1);
    const counts = new Map<number, number>();
    for (const r of sample) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    // A decimal comma in a ';' file gives a few 2-cell rows; the consistent width wins.
    const score = Math.max(0, ...counts.values());
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

function readCsv(bytes: Buffer): string[][] {
  const text = decode(bytes);
  // Binary files renamed to .csv decode "successfully" as windows-1252; NULs give them away.
  if (text.includes('\u0000')) throw refuse('import_unreadable', 'The file is not a text table');
  // No skipEmptyLines: blank lines must keep their place so row numbers match Excel.
  return Papa.parse<string[]>(text, { delimiter: guessDelimiter(text) }).data;
}

// ---- XLSX ------------------------------------------------------------------------------------

async function readXlsx(bytes: Buffer): Promise<{ lines: string[][]; sheetName?: string }> {
  // XLSX is a zip; checking the signature avoids handing arbitrary bytes to the zip reader.
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) {
    throw refuse('import_unreadable', 'The file is not a valid .xlsx workbook');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own global `Buffer` interface, which clashes with Node's generic one.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (e) {
    throw refuse('import_unreadable', `The workbook could not be read: ${(e as Error).message}`);
  }
  // Hidden sheets in office templates hold lookup lists, so prefer visible ones.
  const sheets = [...workbook.worksheets].sort((a, b) => Number(a.state !== 'visible') - Number(b.state !== 'visible'));
  for (const ws of sheets) {
    const lines: string[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        // A merged title ("DAFTAR HADIR" across A1:H1) repeats its value in every covered cell.
        cells[col - 1] = cell.type === ExcelJS.ValueType.Merge ? '' : cellText(cell.value);
      });
      lines[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
    });
    if (lines.some((l) => l?.some((c) => c.trim() !== ''))) {
      return { lines: Array.from(lines, (l) => l ?? []), sheetName: ws.name };
    }
  }
  return { lines: [] };
}

const pad = (n: number) => String(n).padStart(2, '0');

function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  // Phones typed without the quote lose their leading 0: 81234567890 was 081234567890.
  if (Number.isInteger(n) && /^8\d{8,11}$/.test(String(n))) return `0${n}`;
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  return String(Number(n.toPrecision(15))); // 0.1 + 0.2 shows as 0.3, like Excel
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    // exceljs reads serial dates as UTC midnight.
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return '';
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result);
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue); // hyperlink
  return '';
}

// ---- layout ----------------------------------------------------------------------------------

function toTable(lines: string[][], sheetName?: string): ParsedTable {
  const clean = lines.map((l) => l.map((c) => (c ?? '').trim()));
  const filled = (l: string[]) => l.filter((c) => c !== '').length;
  // Title rows ("DAFTAR HADIR ...") have one filled cell; the header is the first wider row.
  const headerIndex = clean.findIndex((l) => filled(l) >= 2);
  if (headerIndex < 0) throw refuse('import_empty', 'No header row with at least two columns was found');

  const body: { line: number; cells: string[] }[] = [];
  for (let i = headerIndex + 1; i < clean.length; i++) {
    const cells = clean[i]!;
    if (filled(cells) > 0) body.push({ line: i + 1, cells });
  }
  if (body.length > MAX_IMPORT_ROWS) {
    throw refuse('import_too_many_rows', `At most ${MAX_IMPORT_ROWS} rows can be imported`, { max: MAX_IMPORT_ROWS });
  }

  // Width = last column with anything in it; Excel CSVs often end every line with ";;;;".
  const header = clean[headerIndex]!;
  let width = 0;
  for (const l of [header, ...body.map((b) => b.cells)]) {
    for (let c = l.length - 1; c >= width; c--) if (l[c] !== '') { width = c + 1; break; }
  }
  const fit = (l: string[]) => Array.from({ length: width }, (_, c) => l[c] ?? '');
  return {
    // Headers often wrap inside the cell ("No.\nHP").
    headers: fit(header).map((h) => h.replace(/\s+/g, ' ')),
    rows: body.map((b) => fit(b.cells)),
    ...(sheetName === undefined ? {} : { sheetName }),
    headerRow: headerIndex + 1,
    rowNumbers: body.map((b) => b.line),
  };
}
