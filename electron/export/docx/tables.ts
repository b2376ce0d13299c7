// Tables for official documents. Long lists (attendance, committee annexes) must keep their header
// row on every page (tblHeader) and never split a row across a page break (cantSplit), because a
// half row at the foot of a page cannot be signed. Widths are fixed twips so Word, LibreOffice
// and Google Docs draw the same columns.
import {
  AlignmentType, BorderStyle, HeightRule, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun,
  VerticalAlignTable, WidthType,
  type IBorderOptions, type ITableBordersOptions, type ITableCellOptions,
} from 'docx';
import { cmToTwip, contentWidthTwip } from './page';
import { STYLE } from './styles';
import type { Align } from './text';

/** Anything a cell can hold; a ready TableCell passes through (e.g. a staggered signature cell). */
export type CellContent = string | Paragraph | Table | readonly (Paragraph | Table)[] | TableCell;

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
export const GRID_BORDERS: ITableBordersOptions = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
export const NO_BORDERS: ITableBordersOptions = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/** Default table width: the A4 text width (callers on F4 pass contentWidthTwip('F4')). */
const DEFAULT_WIDTH = contentWidthTwip('A4');
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

/** Column widths in twips from percentages (scaled to fill `total`) or from twips as given. */
export function columnWidthsTwip(widths: readonly number[], unit: 'pct' | 'twip', total = DEFAULT_WIDTH): number[] {
  if (unit === 'twip') return widths.map(Math.round);
  const sum = widths.reduce((a, b) => a + b, 0) || 1;
  const out = widths.map((w) => Math.floor((w / sum) * total));
  // Give the rounding remainder to the last column so the table is exactly `total` wide.
  if (out.length) out[out.length - 1]! += total - out.reduce((a, b) => a + b, 0);
  return out;
}

export interface CellOptions {
  widthTwip?: number;
  align?: Align;
  bold?: boolean;
  /** Smaller type for dense tables (attendance lists are often 10-11 pt); default: the style's. */
  sizePt?: number;
  columnSpan?: number;
  verticalAlign?: 'top' | 'center' | 'bottom';
  shade?: string;
  borders?: ITableCellOptions['borders'];
  margins?: ITableCellOptions['margins'];
}

/** Paragraphs in the TableText style; "\n" starts a new paragraph. */
export function cellParagraphs(text: string, o: Pick<CellOptions, 'align' | 'bold' | 'sizePt'> = {}): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({
    style: STYLE.tableText,
    alignment: o.align ? ALIGN[o.align] : undefined,
    children: [new TextRun({ text: line, bold: o.bold, size: o.sizePt ? o.sizePt * 2 : undefined })],
  }));
}

const VALIGN = { top: VerticalAlignTable.TOP, center: VerticalAlignTable.CENTER, bottom: VerticalAlignTable.BOTTOM } as const;

export function cell(content: CellContent, o: CellOptions = {}): TableCell {
  if (content instanceof TableCell) return content;
  const children = typeof content === 'string' ? cellParagraphs(content, o)
    : content instanceof Paragraph || content instanceof Table ? [content] : [...content];
  // A cell must end with a paragraph or Word reports the file as damaged.
  if (children.length === 0 || children[children.length - 1] instanceof Table) children.push(new Paragraph({ style: STYLE.tableText }));
  return new TableCell({
    children,
    width: o.widthTwip !== undefined ? { size: o.widthTwip, type: WidthType.DXA } : undefined,
    columnSpan: o.columnSpan,
    verticalAlign: o.verticalAlign ? VALIGN[o.verticalAlign] : undefined,
    shading: o.shade ? { fill: o.shade, type: ShadingType.CLEAR, color: 'auto' } : undefined,
    borders: o.borders,
    margins: o.margins,
  });
}

export interface ColumnSpec {
  header: CellContent;
  /** Percent of the table width (unit 'pct', default) or twips (unit 'twip'). */
  width: number;
  align?: Align;
}

export interface DataTableOptions {
  columns: readonly ColumnSpec[];
  rows: readonly (readonly CellContent[])[];
  unit?: 'pct' | 'twip';
  totalWidthTwip?: number;
  /** Minimum row height, e.g. 1 cm so an attendance row has room for a signature. */
  minRowHeightTwip?: number;
  headerShade?: string;
  /** Type size of the text cells; narrow columns at 12 pt break words mid-way ("Jabata-n"). */
  sizePt?: number;
}

/** A gridded table whose header repeats on every page and whose rows never split. */
export function dataTable(o: DataTableOptions): Table {
  const widths = columnWidthsTwip(o.columns.map((c) => c.width), o.unit ?? 'pct', o.totalWidthTwip);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: o.columns.map((c, i) => cell(c.header, { widthTwip: widths[i], align: 'center', bold: true, verticalAlign: 'center', shade: o.headerShade, sizePt: o.sizePt })),
  });
  const height = o.minRowHeightTwip ? { value: o.minRowHeightTwip, rule: HeightRule.ATLEAST } : undefined;
  const body = o.rows.map((r) => new TableRow({
    cantSplit: true,
    height,
    children: r.map((c, i) => cell(c, { widthTwip: widths[i], align: o.columns[i]?.align, verticalAlign: 'center', sizePt: o.sizePt })),
  }));
  return new Table({
    rows: [header, ...body],
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID_BORDERS,
  });
}

export interface LabelValueOptions {
  labelWidthTwip?: number;
  totalWidthTwip?: number;
  /** 'right' puts a narrower table against the right margin (a decree annex's LAMPIRAN block). */
  align?: 'left' | 'right';
}

/**
 * "Hari/Tanggal : Rabu, 25 November 2026" header blocks: a borderless label | ":" | value table,
 * so the colons line up even when a value wraps onto several lines (tabs cannot do that).
 */
export function labelValueTable(rows: readonly (readonly [string, CellContent])[], o: LabelValueOptions = {}): Table {
  const total = o.totalWidthTwip ?? DEFAULT_WIDTH;
  const label = o.labelWidthTwip ?? cmToTwip(4);
  const colon = cmToTwip(0.5);
  const widths = [label, colon, total - label - colon];
  // No left padding: the labels start exactly at the text margin like the paragraphs around them.
  const margins = { left: 0, right: 57, top: 0, bottom: 0 };
  return borderlessTable(rows.map(([l, v]) => new TableRow({
    cantSplit: true,
    children: [cell(l, { widthTwip: widths[0], margins }), cell(':', { widthTwip: widths[1], margins, align: 'center' }), cell(v, { widthTwip: widths[2], margins })],
  })), widths, total, o.align === 'right' ? 'right' : undefined);
}

/** A borderless table of fixed column widths: the layout grids of headings, signatures and dictums. */
export function borderlessTable(rows: TableRow[], widths: number[], totalTwip: number, align?: 'right'): Table {
  return new Table({
    rows,
    width: { size: totalTwip, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    alignment: align === 'right' ? AlignmentType.RIGHT : undefined,
  });
}
