import Papa from 'papaparse';
import { NO_ID, YES_ID } from '../../../shared/labels';

/**
 * Text cells starting with these would run as formulas in Excel or LibreOffice (CSV injection).
 * Papa's own `escapeFormulae: true` pattern ends in `.*$`, which misses a multi-line cell such as
 * "=HYPERLINK(...)\nklik"; testing only the first character catches those too.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A number as Indonesian Excel reads it: integers as they are, anything else rounded to four
 * places with a decimal comma and never an exponent ("4.6e-13" would open as text or a date).
 */
export function excelNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? String(n === 0 ? 0 : n) : BigInt(n).toString();
  const fixed = Math.abs(n) < 1e21 ? n.toFixed(4) : BigInt(Math.round(n)).toString() + '.0000';
  // A tiny negative rounds to "-0.0000", which reads as a sign error.
  return (/^-0\.0+$/.test(fixed) ? fixed.slice(1) : fixed).replace('.', ',');
}

/**
 * Numbers and booleans become the text Excel id-ID expects, and text that could start a formula
 * gets a leading `'`. Done here rather than by Papa so a formatted negative number ("-0,5000")
 * is not mistaken for a formula and turned into text.
 */
function excelCell(value: unknown): unknown {
  if (typeof value === 'number') return excelNumber(value);
  if (typeof value === 'boolean') return value ? YES_ID : NO_ID;
  if (typeof value === 'string' && FORMULA_START.test(value)) return `'${value}`;
  return value;
}

/**
 * The one way the app writes CSV: for Indonesian Excel, ';' separated with a UTF-8 byte order
 * mark (what Excel in the id-ID locale opens correctly with a double click), numbers with a
 * decimal comma, booleans as Ya/Tidak, and every text cell that could start a formula prefixed
 * with `'` so it opens as text. Codes should be turned into labels by the caller.
 */
export function excelCsv(rows: object[], columns: readonly string[]): Buffer {
  const cells = rows.map((row) => Object.fromEntries(columns.map((c) => [c, excelCell((row as Record<string, unknown>)[c])])));
  const text = Papa.unparse(cells, {
    delimiter: ';', newline: '\r\n', columns: [...columns],
    // Escaped cells are quoted, as Papa's own escaping did.
    quotes: (value: unknown) => typeof value === 'string' && value.startsWith("'"),
  });
  return Buffer.from('\uFEFF' + text, 'utf8');
}
