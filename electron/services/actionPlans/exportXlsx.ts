import type { Database } from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { ActionPlan } from '../../../shared/domain/actionPlan';
import type { BinaryFile } from '../../../shared/domain/files';
import { readIndicator as reading } from '../../../shared/actionPlans/progress';
import { AREA_LABEL, HORIZON_LABEL, LEVEL_LABEL, SOURCE_LABEL, STATUS_LABEL, stageText } from '../../../shared/actionPlans/labels';
import { FUND_SOURCES } from '../../../shared/domain/actionPlan';
import { fileSafe } from '../export/exportMap';
import { readProject } from '../projectRows';
import { listPlans } from './planRows';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const RUPIAH = '#,##0';

function sheet(book: ExcelJS.Workbook, name: string, columns: [string, number][]) {
  const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map(([header, width]) => ({ header, width }));
  ws.getRow(1).font = { bold: true };
  return ws;
}

function plansSheet(book: ExcelJS.Workbook, plans: ActionPlan[]) {
  const ws = sheet(book, 'Rencana Kegiatan', [['No', 5], ['Rencana kegiatan', 36], ['Bidang', 14], ['Jangka', 16], ['Tahap', 18], ['Mulai', 12], ['Selesai', 12],
    ['Penanggung jawab', 24], ['Badan pelaksana', 24], ['Pendukung', 30], ['Anggaran (Rp)', 16]]);
  plans.forEach((p, i) => ws.addRow([i + 1, p.title, AREA_LABEL[p.area], HORIZON_LABEL[p.horizon], stageText(p), p.startDate, p.endDate,
    p.responsibleName, p.implementingBody, p.supporters.map((s) => s.name).join('; '), p.budgetTotal]));
  ws.getColumn(11).numFmt = RUPIAH;
}

/** Lines with a total and a recap per source, as formulas, so the office can keep working in Excel. */
function budgetSheet(book: ExcelJS.Workbook, plans: ActionPlan[]) {
  const ws = sheet(book, 'Anggaran', [['No', 5], ['Rencana kegiatan', 34], ['Uraian', 36], ['Sumber dana', 14], ['Jumlah (Rp)', 18]]);
  const lines = plans.flatMap((p) => p.budgetLines.map((l) => ({ plan: p.title, ...l })));
  lines.forEach((l, i) => ws.addRow([i + 1, l.plan, l.description, SOURCE_LABEL[l.source], l.amount]));
  const last = lines.length + 1;
  const range = (col: string) => `${col}2:${col}${Math.max(2, last)}`;
  const total = lines.reduce((s, l) => s + l.amount, 0);
  ws.addRow([]);
  const totalRow = ws.addRow(['', 'Jumlah', '', '', { formula: `SUM(${range('E')})`, result: total }]);
  totalRow.font = { bold: true };
  for (const source of FUND_SOURCES) {
    const sum = lines.filter((l) => l.source === source).reduce((s, l) => s + l.amount, 0);
    ws.addRow(['', `Sumber: ${SOURCE_LABEL[source]}`, '', SOURCE_LABEL[source], { formula: `SUMIF(${range('D')},"${SOURCE_LABEL[source]}",${range('E')})`, result: sum }]);
  }
  ws.getColumn(5).numFmt = RUPIAH;
}

/** One column per month that has any actual, oldest first. */
function indicatorSheet(book: ExcelJS.Workbook, plans: ActionPlan[]) {
  const periods = [...new Set(plans.flatMap((p) => p.indicators.flatMap((i) => i.actuals.map((a) => a.period))))].sort();
  const ws = sheet(book, 'Indikator', [['Rencana kegiatan', 30], ['Tingkat', 10], ['Uraian indikator', 36], ['Satuan', 10], ['Nilai awal', 11], ['Target', 11],
    ['Cara verifikasi', 24], ...periods.map((p): [string, number] => [p, 10]), ['Capaian terakhir', 14], ['Status', 16]]);
  for (const p of plans) {
    for (const ind of p.indicators) {
      const r = reading(ind, p);
      const byPeriod = new Map(ind.actuals.map((a) => [a.period, a.value]));
      ws.addRow([p.title, LEVEL_LABEL[ind.level], ind.description, ind.unit, ind.baseline, ind.target, ind.means,
        ...periods.map((x) => byPeriod.get(x) ?? null), r.actual, STATUS_LABEL[r.status]]);
    }
  }
}

/** Plans, their budget and their indicators for the office's spreadsheets: one year, or all. */
export async function exportPlansXlsx(db: Database, year?: number): Promise<BinaryFile> {
  const plans = listPlans(db).filter((p) => year === undefined || p.startDate.startsWith(String(year)));
  const book = new ExcelJS.Workbook();
  book.creator = 'Klaster Workbench';
  plansSheet(book, plans);
  budgetSheet(book, plans);
  indicatorSheet(book, plans);
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  const name = `rencana-kegiatan-${fileSafe(readProject(db).name)}${year ? `-${year}` : ''}.xlsx`;
  return { fileName: name, mimeType: XLSX_MIME, base64: bytes.toString('base64') };
}
