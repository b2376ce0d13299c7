import type { FileChild } from 'docx';
import { FUND_SOURCES, type BudgetLine, type SourceTotals } from '../../../shared/domain/actionPlan';
import { grandTotal } from '../../../shared/actionPlans/budget';
import { SOURCE_LABEL } from '../../../shared/actionPlans/labels';
import { formatRupiah, rupiahInWords } from '../../../shared/indonesian';
import { blank, bold, cellParagraphs, dataTable, para, type CellContent } from '../docx';

/** "45.000.000" in an amount column whose header already says (Rp). */
export const figures = (n: number) => formatRupiah(n).replace(/^Rp /, '');
const strong = (text: string, align: 'left' | 'right' = 'left') => cellParagraphs(text, { bold: true, align, sizePt: 10 });

/** The total in figures and, as every office paper gives money, in words. */
export function totalInWords(total: number): FileChild[] {
  const words = rupiahInWords(total);
  return [blank(), para([...bold('Jumlah anggaran: '), formatRupiah(total)]), ...(words ? [para(`Terbilang: ${words[0]!.toUpperCase()}${words.slice(1)}.`)] : [])];
}

/** Budget lines with their source of funds and the total. */
export function budgetLinesTable(lines: readonly BudgetLine[], width: number) {
  const total = lines.reduce((s, l) => s + l.amount, 0);
  const rows: CellContent[][] = lines.map((l, i) => [String(i + 1), l.description, SOURCE_LABEL[l.source], figures(l.amount)]);
  rows.push(['', strong('Jumlah'), '', strong(figures(total), 'right')]);
  return dataTable({
    totalWidthTwip: width, sizePt: 10,
    columns: [{ header: 'No', width: 7, align: 'center' }, { header: 'Uraian', width: 51 }, { header: 'Sumber Dana', width: 18 }, { header: 'Jumlah (Rp)', width: 24, align: 'right' }],
    rows,
  });
}

/** The five sources of funds with their share, the guideline's way of showing who pays. */
export function sourceRecapTable(totals: SourceTotals, width: number) {
  const total = grandTotal(totals);
  const share = (n: number) => (total > 0 ? `${Math.round((n / total) * 100)}%` : '-');
  const rows: CellContent[][] = FUND_SOURCES.map((s) => [SOURCE_LABEL[s], totals[s] ? figures(totals[s]) : '-', totals[s] ? share(totals[s]) : '-']);
  rows.push([strong('Jumlah'), strong(figures(total), 'right'), strong(total ? '100%' : '-', 'right')]);
  return dataTable({
    totalWidthTwip: Math.round(width * 0.7), sizePt: 10,
    columns: [{ header: 'Sumber Dana', width: 45 }, { header: 'Jumlah (Rp)', width: 35, align: 'right' }, { header: '%', width: 20, align: 'right' }],
    rows,
  });
}
