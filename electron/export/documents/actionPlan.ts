import { BDS_SERVICE_LABELS_ID } from '../../../shared/labels';
import type { ActionPlan } from '../../../shared/domain/actionPlan';
import { NINE_QUESTIONS } from '../../../shared/actionPlans/nineQuestions';
import { scheduleText } from '../../../shared/actionPlans/format';
import { AREA_LABEL, HORIZON_LABEL, stageText } from '../../../shared/actionPlans/labels';
import { formatTanggal } from '../../../shared/indonesian';
import {
  blank, buildDocument, contentWidthTwip, dataTable, heading, italic, labelValueTable, para, renderDocx, signatureColumns, title, toResult,
  type DocumentResult,
} from '../docx';
import type { PlanDocumentData } from '../../services/actionPlans/documentData';
import { orDots, type DocContext } from './common';
import { budgetLinesTable, sourceRecapTable, totalInWords } from './planBudget';
import { answer, placeDate, scheduleRowOf } from './planCommon';
import { scheduleTable } from './planSchedule';

function responsible(p: ActionPlan) {
  const who = [p.responsibleName, p.responsibleRole].filter(Boolean).join(', ');
  return [para(who || '-'), ...(p.implementingBody ? [para(`Badan pelaksana: ${p.implementingBody}`)] : [])];
}

function milestoneTable(p: ActionPlan, width: number) {
  if (p.milestones.length === 0) return [];
  return [dataTable({
    totalWidthTwip: width, sizePt: 10,
    columns: [{ header: 'No', width: 8, align: 'center' }, { header: 'Tonggak (milestone)', width: 62 }, { header: 'Tanggal', width: 30 }],
    rows: p.milestones.map((m, i) => [String(i + 1), m.title, m.date ? formatTanggal(m.date) : '-']),
  })];
}

/** The answer under each of the nine questions, in the guideline's order. */
function answers(p: ActionPlan, width: number) {
  const kinds = p.supportServices.length ? ` Jenis dukungan: ${p.supportServices.map((x) => BDS_SERVICE_LABELS_ID[x].toLowerCase()).join(', ')}.` : '';
  const support = p.externalSupport === null ? '-' : `${p.externalSupport ? 'Ya' : 'Tidak'}.${kinds}${p.externalSupportNote ? ` ${p.externalSupportNote}` : ''}`;
  const supporters = p.supporters.map((s) => (s.organisation && s.organisation !== s.name ? `${s.name} (${s.organisation})` : s.name)).join('\n');
  return [
    answer(p.why), answer(p.outputs), responsible(p),
    [para(scheduleText(p.startDate, p.endDate) || '-'), ...milestoneTable(p, width)],
    answer(support), answer(supporters), answer(p.governmentRules),
    p.budgetLines.length ? [budgetLinesTable(p.budgetLines, width), blank(), sourceRecapTable(p.totals, width), ...totalInWords(p.budgetTotal)] : [para('Belum ada rincian anggaran.')],
    answer(p.monitoring),
  ];
}

/** Rencana kegiatan: one plan with the nine questions answered, its schedule and budget. */
export async function renderActionPlan(d: PlanDocumentData, ctx: DocContext): Promise<DocumentResult> {
  const width = contentWidthTwip(ctx.paper);
  const p = d.plan;
  const source = p.source ? `Daftar pendek lokakarya "${p.source.theme}": ${p.source.label}` : 'Disusun langsung (bukan dari daftar pendek)';
  const body = answers(p, width);
  const doc = buildDocument({
    title: `Rencana Kegiatan ${p.title}`,
    subject: ctx.project.name,
    paper: ctx.paper,
    letterhead: ctx.letterhead,
    sections: [[
      title('RENCANA KEGIATAN'), title(p.title.toUpperCase()), title(ctx.project.name.toUpperCase()), blank(),
      labelValueTable([
        ['Bidang perbaikan', AREA_LABEL[p.area]], ['Jangka', HORIZON_LABEL[p.horizon]], ['Asal', source],
        ['Gol', orDots(p.goal)], ['Tujuan', orDots(p.purpose)], ['Badan pelaksana', orDots(p.implementingBody)], ['Tahap PDCA', stageText(p)],
      ], { totalWidthTwip: width }),
      heading('Sembilan Pertanyaan Rencana Kegiatan', 1),
      ...NINE_QUESTIONS.flatMap((q, i) => [heading([`${i + 1}. `, ...italic(q)], 2), ...body[i]!]),
      heading('Jadwal Pelaksanaan', 1, { keepNext: true }),
      ...scheduleTable([scheduleRowOf(p)], d.today, width),
      blank(),
      signatureColumns([
        { placeDate: placeDate(ctx.town, d.today), role: 'Penanggung Jawab Kegiatan,', name: p.responsibleName },
        { role: 'Fasilitator Klaster,', name: ctx.project.facilitatorName },
      ], { totalWidthTwip: width, mengetahui: { role: `Ketua ${d.organisation.name},`, name: d.organisation.chairName } }),
    ]],
  });
  return toResult(`Rencana Kegiatan ${p.title}`, await renderDocx(doc));
}
