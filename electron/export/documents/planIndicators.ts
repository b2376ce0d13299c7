import { BorderStyle, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { Indicator, IndicatorReading } from '../../../shared/domain/indicator';
import { formatNumber, formatPercent, formatPeriod } from '../../../shared/actionPlans/format';
import { STATUS_LABEL } from '../../../shared/actionPlans/labels';
import { cell, cellParagraphs, dataTable, GRID_BORDERS, para } from '../docx';

interface Cell { text: string; width: number; span?: number; rowSpan?: number; bold?: boolean; align?: 'left' | 'center' | 'right' }
const tc = (c: Cell) => new TableCell({
  children: cellParagraphs(c.text, { align: c.align ?? 'center', bold: c.bold, sizePt: 9 }),
  width: { size: c.width, type: WidthType.DXA }, columnSpan: c.span, rowSpan: c.rowSpan, verticalAlign: VerticalAlignTable.CENTER,
});

/**
 * The guideline's performance table, "Uraian Indikator | Satuan | Capaian", with the baseline
 * and target and one Capaian column per month recorded (the latest `maxPeriods`).
 */
export function performanceTable(indicators: readonly Indicator[], width: number, maxPeriods = 4) {
  if (indicators.length === 0) return para('Belum ada indikator.');
  const periods = [...new Set(indicators.flatMap((i) => i.actuals.map((a) => a.period)))].sort().slice(-maxPeriods);
  const fixed = [0.06, 0.4, 0.1, 0.11, 0.11].map((f) => Math.round(width * f));
  const rest = width - fixed.reduce((a, b) => a + b, 0);
  const cols = Math.max(1, periods.length);
  const periodW = Math.floor(rest / cols);
  const labels = ['No', 'Uraian Indikator', 'Satuan', 'Nilai Awal', 'Target'];
  const head1 = new TableRow({ tableHeader: true, cantSplit: true, children: [
    ...labels.map((text, i) => tc({ text, width: fixed[i]!, bold: true, rowSpan: 2 })),
    tc({ text: 'Capaian', width: periodW * cols, span: cols, bold: true }),
  ] });
  const head2 = new TableRow({ tableHeader: true, cantSplit: true, children: (periods.length ? periods.map(formatPeriod) : ['-']).map((text) => tc({ text, width: periodW, bold: true })) });
  const body = indicators.map((ind, n) => {
    const byPeriod = new Map(ind.actuals.map((a) => [a.period, a.value]));
    return new TableRow({ cantSplit: true, children: [
      tc({ text: String(n + 1), width: fixed[0]! }), tc({ text: ind.description, width: fixed[1]!, align: 'left' }), tc({ text: ind.unit || '-', width: fixed[2]! }),
      tc({ text: formatNumber(ind.baseline), width: fixed[3]!, align: 'right' }), tc({ text: formatNumber(ind.target), width: fixed[4]!, align: 'right' }),
      ...(periods.length ? periods : ['']).map((p) => tc({ text: formatNumber(byPeriod.get(p) ?? null), width: periodW, align: 'right' })),
    ] });
  });
  const widths = [...fixed, ...Array.from({ length: cols }, () => periodW)];
  return new Table({ rows: [head1, head2, ...body], width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders: GRID_BORDERS });
}

const SEGMENTS = 10;
const THIN = { style: BorderStyle.SINGLE, size: 2, color: '808080' };

/** A small bar chart drawn with cells (it prints and edits like the rest): progress towards target. */
export function progressBar(share: number | null, width: number, behind: boolean): Table {
  const filled = share === null ? 0 : Math.max(0, Math.min(SEGMENTS, Math.round(share * SEGMENTS)));
  const w = Math.floor(width / SEGMENTS);
  const fill = behind ? 'C0504D' : '4F81BD';
  return new Table({
    rows: [new TableRow({ cantSplit: true, children: Array.from({ length: SEGMENTS }, (_, i) => cell([], {
      widthTwip: w, shade: i < filled ? fill : undefined, margins: { top: 0, bottom: 0, left: 0, right: 0 },
    })) })],
    width: { size: w * SEGMENTS, type: WidthType.DXA }, columnWidths: Array.from({ length: SEGMENTS }, () => w), layout: TableLayoutType.FIXED,
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: { style: BorderStyle.NONE, size: 0, color: 'auto' } },
  });
}

/** Each indicator's latest actual against its target, with a bar and a plain-words status. */
export function progressTable(readings: readonly IndicatorReading[], width: number) {
  if (readings.length === 0) return para('Belum ada indikator.');
  const barW = Math.round(width * 0.18);
  return dataTable({
    totalWidthTwip: width, sizePt: 9,
    columns: [{ header: 'No', width: 6, align: 'center' }, { header: 'Uraian Indikator', width: 29 }, { header: 'Satuan', width: 9, align: 'center' },
      { header: 'Target', width: 10, align: 'right' }, { header: 'Capaian', width: 14, align: 'right' }, { header: 'Grafik', width: 18 }, { header: 'Status', width: 14 }],
    rows: readings.map((r, i) => [
      String(i + 1), r.description, r.unit || '-', formatNumber(r.target),
      r.actual === null ? '-' : `${formatNumber(r.actual)}${r.period ? `\n(${formatPeriod(r.period)})` : ''}`,
      [progressBar(r.progress, barW - 200, r.status === 'behind'), ...cellParagraphs(formatPercent(r.progress), { sizePt: 8, align: 'center' })],
      STATUS_LABEL[r.status],
    ]),
  });
}
