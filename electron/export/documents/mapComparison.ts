import type { SnapshotComparison } from '../../../shared/domain/snapshot';
import { KIND_LABELS_ID, RELATION_KIND_LABELS_ID } from '../../../shared/labels';
import type { StakeholderKind } from '../../../shared/domain/stakeholder';
import { SUMMARY_SENTENCES_ID, summaryParams, type SummaryFact } from '../../../shared/snapshots/summary';
import { blank, buildDocument, contentWidthTwip, dataTable, heading, LIST, numberedList, para, renderDocx, signatureColumns, title, toResult, type DocumentResult } from '../docx';
import type { DocContext } from './common';
import { placeDate } from './planCommon';

export interface MapComparisonData {
  diff: SnapshotComparison;
  /** "Sebelum FGD-1 (2 Maret 2026)" and "Peta saat ini (29 November 2026)". */
  beforeLabel: string;
  afterLabel: string;
  today: string;
}

const MEASURES = [
  ['inDegree', 'Pusat yang dituju\n(in-degree)'], ['outDegree', 'Penjangkau\n(out-degree)'], ['closeness', 'Dekat dengan semua\n(closeness)'],
  ['betweenness', 'Jembatan\n(betweenness)'], ['eigenvector', 'Dekat dengan yang berpengaruh\n(eigenvector)'],
] as const;
const METRIC_ROWS = 15;

const kindLabel = (kind: string) => KIND_LABELS_ID[kind as StakeholderKind] ?? kind;
const fill = (template: string, params: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
export const summarySentenceId = (fact: SummaryFact) => fill(SUMMARY_SENTENCES_ID[fact.key], summaryParams(fact, 'id', kindLabel));
const decimal = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(3).replace('.', ','));

function tiesTable(list: SnapshotComparison['relationsAdded'], width: number) {
  return dataTable({
    totalWidthTwip: width, sizePt: 10,
    columns: [{ header: 'No', width: 7, align: 'center' }, { header: 'Dari', width: 35 }, { header: 'Kepada', width: 35 }, { header: 'Jenis hubungan', width: 23 }],
    rows: list.map((r, i) => [String(i + 1), r.sourceName, r.targetName, RELATION_KIND_LABELS_ID[r.kind]]),
  });
}

/** The metrics of those who changed most, before -> after, with the measures named in plain words. */
function metricsTable(diff: SnapshotComparison, width: number) {
  const rows = diff.metricChanges.filter((m) => m.before && m.after).slice(0, METRIC_ROWS);
  return dataTable({
    totalWidthTwip: width, sizePt: 9,
    columns: [{ header: 'Nama', width: 20 }, ...MEASURES.map(([, label]) => ({ header: label, width: 16, align: 'center' as const }))],
    rows: rows.map((m) => [m.name, ...MEASURES.map(([k]) => `${decimal(m.before?.[k])} → ${decimal(m.after?.[k])}`)]),
  });
}

/** Perbandingan peta: the plain summary first, then who and which ties came or went, then the metrics. */
export async function renderMapComparison(d: MapComparisonData, ctx: DocContext): Promise<DocumentResult> {
  const width = contentWidthTwip(ctx.paper);
  const { diff } = d;
  const names = (list: { name: string; kind: string }[]) => list.map((s) => `${s.name} (${kindLabel(s.kind).toLowerCase()})`);
  const doc = buildDocument({
    title: `Perbandingan Peta Pemangku Kepentingan ${ctx.project.name}`,
    subject: ctx.project.name,
    paper: ctx.paper,
    letterhead: ctx.letterhead,
    sections: [[
      title('PERBANDINGAN PETA PEMANGKU KEPENTINGAN'), title(ctx.project.name.toUpperCase()), blank(),
      para(`Dari: ${d.beforeLabel}`), para(`Ke: ${d.afterLabel}`),
      heading('A. Ringkasan', 1, { keepNext: true }),
      ...numberedList(LIST.angka, diff.summary.map((f) => summarySentenceId(f as SummaryFact))),
      heading('B. Pelaku Baru dan yang Tidak Lagi Ada', 1, { keepNext: true }),
      para('Pelaku baru:', { keepNext: true }),
      ...(diff.stakeholdersAdded.length ? numberedList(LIST.angka, names(diff.stakeholdersAdded)) : [para('Tidak ada.')]),
      para('Tidak lagi ada di peta:', { keepNext: true }),
      ...(diff.stakeholdersRemoved.length ? numberedList(LIST.angka, names(diff.stakeholdersRemoved)) : [para('Tidak ada.')]),
      heading('C. Hubungan Baru', 1, { keepNext: true }),
      diff.relationsAdded.length ? tiesTable(diff.relationsAdded, width) : para('Tidak ada hubungan baru.'),
      heading('D. Hubungan yang Hilang', 1, { keepNext: true }),
      diff.relationsRemoved.length ? tiesTable(diff.relationsRemoved, width) : para('Tidak ada hubungan yang hilang.'),
      heading('E. Perubahan Ukuran Jaringan', 1, { keepNext: true }),
      para(`${Math.min(METRIC_ROWS, diff.metricChanges.filter((m) => m.before && m.after).length)} pelaku dengan perubahan terbesar, nilai sebelum → sesudah. `
        + 'Jembatan: seberapa sering pelaku berada di jalur terpendek antara pelaku lain; pusat yang dituju: berapa banyak hubungan yang datang kepadanya.', { keepNext: true }),
      metricsTable(diff, width),
      blank(),
      signatureColumns([{ placeDate: placeDate(ctx.town, d.today), role: 'Fasilitator Klaster,', name: ctx.project.facilitatorName }], {
        totalWidthTwip: width, single: 'right',
      }),
    ]],
  });
  return toResult(`Perbandingan Peta ${ctx.project.name} ${d.today}`, await renderDocx(doc));
}
