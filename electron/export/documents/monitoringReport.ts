import type { ActionPlan } from '../../../shared/domain/actionPlan';
import type { RelationKind } from '../../../shared/domain/relation';
import { scheduleText } from '../../../shared/actionPlans/format';
import { stageText } from '../../../shared/actionPlans/labels';
import { formatTanggal } from '../../../shared/indonesian';
import { blank, buildDocument, contentWidthTwip, dataTable, heading, labelValueTable, LIST, numberedList, officialBlock, para, renderDocx, signatureColumns, title, toResult, type DocumentResult } from '../docx';
import type { MapProgress, MonitoringData } from '../../services/actionPlans/documentData';
import type { DocContext } from './common';
import { figures } from './planBudget';
import { answer, placeDate, scheduleRowOf } from './planCommon';
import { progressTable } from './planIndicators';
import { scheduleTable } from './planSchedule';

const TIE: Record<RelationKind, string> = {
  upstream: 'pasokan', downstream: 'penjualan', support: 'dukungan', finance: 'keuangan', information: 'informasi', coordination: 'koordinasi',
};
const onTarget = (p: ActionPlan) => p.readings.filter((r) => r.status === 'on_track' || r.status === 'achieved').length;

function summaryTable(plans: readonly ActionPlan[], width: number) {
  return dataTable({
    totalWidthTwip: width, sizePt: 10,
    columns: [{ header: 'No', width: 6, align: 'center' }, { header: 'Rencana Kegiatan', width: 29 }, { header: 'Tahap PDCA', width: 16 },
      { header: 'Jadwal', width: 18 }, { header: 'Indikator sesuai target', width: 13, align: 'center' }, { header: 'Anggaran (Rp)', width: 18, align: 'right' }],
    rows: plans.map((p, i) => [String(i + 1), p.title, stageText(p), scheduleText(p.startDate, p.endDate) || '-',
      p.indicators.length ? `${onTarget(p)} dari ${p.indicators.length}` : '-', figures(p.budgetTotal)]),
  });
}

/** One plan: its indicators against target, and what the evaluations said. */
function planSection(p: ActionPlan, i: number, width: number) {
  const mid = p.midterm;
  const closing = p.closing;
  return [
    heading(`${i + 1}. ${p.title}`, 2, { keepNext: true }),
    para(`Tahap: ${stageText(p)}. Penanggung jawab: ${p.responsibleName || '-'}.`),
    progressTable(p.readings, width),
    ...(mid ? [
      blank(),
      para(`Evaluasi tengah${mid.date ? ` (${formatTanggal(mid.date)}${mid.meetingTitle ? `, ${mid.meetingTitle}` : ''})` : ''}:`, { keepNext: true }),
      labelValueTable([['Masalah', answer(mid.problems)], ['Rencana perbaikan', answer(mid.improvementPlan)], ['Keputusan', answer(mid.decision)]], { totalWidthTwip: width }),
    ] : [para('Evaluasi tengah belum dicatat.')]),
    ...(closing ? [labelValueTable([['Hasil dibagikan', answer(closing.outputsShared)], ['Pelajaran', answer(closing.lessons)]], { totalWidthTwip: width })] : []),
  ];
}

/** Step 7: members and the map now against an earlier snapshot. */
function mapSection(m: MapProgress | null, width: number) {
  if (!m) return [para('Belum ada potret peta untuk dibandingkan. Simpan potret di bagian Peta agar perubahan dapat dilaporkan.')];
  const row = (label: string, a: number, b: number) => [label, String(a), String(b), `${b - a > 0 ? '+' : ''}${b - a}`];
  const ties = m.comparison.relationsAdded.slice(0, 20).map((r) => `${r.sourceName} → ${r.targetName} (${TIE[r.kind]}, ${r.formality === 'formal' ? 'formal' : 'tradisional'})`);
  return [
    para(`Dibandingkan dengan potret peta "${m.snapshot.name}" (${formatTanggal(m.snapshot.takenAt.slice(0, 10))}).`),
    dataTable({
      totalWidthTwip: width, sizePt: 10,
      columns: [{ header: 'Uraian', width: 40 }, { header: 'Potret', width: 20, align: 'right' }, { header: 'Sekarang', width: 20, align: 'right' }, { header: 'Perubahan', width: 20, align: 'right' }],
      rows: [row('Pemangku kepentingan', m.before.stakeholders, m.now.stakeholders), row('Anggota klaster', m.before.members, m.now.members),
        row('Hubungan', m.before.relations, m.now.relations), row('Hubungan formal', m.before.formal, m.now.formal)],
    }),
    blank(),
    ...(ties.length ? [para('Hubungan baru:', { keepNext: true }), ...numberedList(LIST.angka, ties)] : [para('Tidak ada hubungan baru.')]),
  ];
}

/** Laporan monitoring: progress per plan, indicators against targets, problems and improvements, the map. */
export async function renderMonitoringReport(d: MonitoringData, ctx: DocContext): Promise<DocumentResult> {
  const width = contentWidthTwip(ctx.paper);
  const doc = buildDocument({
    title: `Laporan Monitoring ${ctx.project.name}`,
    subject: ctx.project.name,
    paper: ctx.paper,
    letterhead: ctx.letterhead,
    sections: [[
      title('LAPORAN MONITORING RENCANA KEGIATAN'), title(ctx.project.name.toUpperCase()), blank(),
      para(`Keadaan per ${formatTanggal(d.today)}.`),
      heading('A. Ringkasan', 1, { keepNext: true }), summaryTable(d.plans, width),
      heading('B. Kemajuan per Rencana Kegiatan', 1), ...d.plans.flatMap((p, i) => planSection(p, i, width)),
      heading('C. Jadwal', 1, { keepNext: true }), ...scheduleTable(d.plans.map(scheduleRowOf), d.today, width),
      heading('D. Anggota dan Peta Klaster', 1, { keepNext: true }), ...mapSection(d.map, width),
      blank(),
      signatureColumns([{ placeDate: placeDate(ctx.town, d.today), role: 'Fasilitator Klaster,', name: ctx.project.facilitatorName }], {
        totalWidthTwip: width, single: 'right',
        mengetahui: officialBlock(ctx.officials.kepalaDinas),
      }),
    ]],
  });
  return toResult(`Laporan Monitoring ${ctx.project.name} ${d.today}`, await renderDocx(doc));
}
