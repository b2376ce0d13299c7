import { Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, ShadingType, type FileChild } from 'docx';
import { covers, scheduleMonths, type ScheduleRow } from '../../../shared/actionPlans/schedule';
import { formatPeriod } from '../../../shared/actionPlans/format';
import { blank, cellParagraphs, cmToTwip, GRID_BORDERS, para } from '../docx';

const INITIAL = ['J', 'F', 'M', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N', 'D'];
const BAR = '9DB5DC';
const TODAY = 'FFD966';

interface Cell { text: string; width: number; shade?: string; bold?: boolean; span?: number; rowSpan?: number; align?: 'left' | 'center' }

const tc = (c: Cell) => new TableCell({
  children: cellParagraphs(c.text, { align: c.align ?? 'center', bold: c.bold, sizePt: 8 }),
  width: { size: c.width, type: WidthType.DXA }, columnSpan: c.span, rowSpan: c.rowSpan,
  verticalAlign: VerticalAlignTable.CENTER,
  shading: c.shade ? { fill: c.shade, type: ShadingType.CLEAR, color: 'auto' } : undefined,
});

/**
 * The schedule as Indonesian offices draw it: a row per activity, a column per month, the
 * months it runs shaded, ◆ in a milestone's month and this month's column marked.
 */
export function scheduleTable(rows: readonly ScheduleRow[], today: string, width: number): FileChild[] {
  const months = scheduleMonths(rows);
  if (months.length === 0) return [para('Jadwal belum ditetapkan.')];
  const numberW = cmToTwip(0.9);
  const labelW = Math.round(width * (months.length > 12 ? 0.28 : 0.34));
  const monthW = Math.floor((width - numberW - labelW) / months.length);
  const now = today.slice(0, 7);
  const years = [...new Set(months.map((m) => m.slice(0, 4)))];
  const head1 = new TableRow({ tableHeader: true, cantSplit: true, children: [
    tc({ text: 'No', width: numberW, bold: true, rowSpan: 2 }), tc({ text: 'Kegiatan', width: labelW, bold: true, rowSpan: 2 }),
    ...years.map((y) => { const n = months.filter((m) => m.startsWith(y)).length; return tc({ text: y, width: monthW * n, span: n, bold: true }); }),
  ] });
  const head2 = new TableRow({ tableHeader: true, cantSplit: true, children: months.map((m) => tc({ text: INITIAL[Number(m.slice(5, 7)) - 1]!, width: monthW, bold: m === now, shade: m === now ? TODAY : undefined })) });
  const body = rows.map((r, i) => new TableRow({ cantSplit: true, children: [
    tc({ text: String(i + 1), width: numberW }), tc({ text: r.label, width: labelW, align: 'left' }),
    ...months.map((m) => tc({ text: r.milestones.some((x) => x.date.startsWith(m)) ? '◆' : '', width: monthW, shade: covers(r, m) ? BAR : undefined })),
  ] }));
  const widths = [numberW, labelW, ...months.map(() => monthW)];
  const table = new Table({
    rows: [head1, head2, ...body], width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths, layout: TableLayoutType.FIXED, borders: GRID_BORDERS,
  });
  const inRange = months.includes(now);
  const legend = `Keterangan: kolom berwarna = bulan pelaksanaan; ◆ = tonggak (milestone)${inRange ? `; kolom kuning = bulan berjalan (${formatPeriod(now)})` : ''}.`;
  return [table, blank(), para(legend)];
}
