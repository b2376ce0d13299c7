import Papa from 'papaparse';

/**
 * Text cells starting with these would run as formulas in Excel or LibreOffice (CSV injection).
 * Papa's own `escapeFormulae: true` pattern ends in `.*$`, which misses a multi-line cell such as
 * "=HYPERLINK(...)\nklik"; testing only the first character catches those too. Numbers and
 * booleans are never escaped by Papa, so a negative metric stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The one way the app writes CSV: for Indonesian Excel, ';' separated with a UTF-8 byte order
 * mark (what Excel in the id-ID locale opens correctly with a double click), and every text cell
 * that could start a formula prefixed with `'` so it opens as text.
 */
export function excelCsv(rows: object[], columns: readonly string[]): Buffer {
  const text = Papa.unparse(rows, { delimiter: ';', newline: '\r\n', columns: [...columns], escapeFormulae: FORMULA_START });
  return Buffer.from('\uFEFF' + text, 'utf8');
}
