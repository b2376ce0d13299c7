import type { ActionPlan, PdmLevel } from '../../../shared/domain/actionPlan';
import { PDM_LEVELS } from '../../../shared/domain/actionPlan';
import { formatNumber, scheduleText } from '../../../shared/actionPlans/format';
import { AREA_LABEL, linesOf, PDM_LABEL, SOURCE_LABEL } from '../../../shared/actionPlans/labels';
import { formatRupiah } from '../../../shared/indonesian';
import { FUND_SOURCES } from '../../../shared/domain/actionPlan';
import type { Paragraph } from 'docx';
import {
  blank, buildDocument, cellParagraphs, contentWidthTwip, dataTable, heading, labelValueTable, renderDocx, signatureColumns, title, toResult,
  type DocumentResult,
} from '../docx';
import type { PlanDocumentData } from '../../services/actionPlans/documentData';
import { orDots, type DocContext } from './common';
import { placeDate } from './planCommon';
import { performanceTable } from './planIndicators';

const NARRATIVE: Record<PdmLevel, (p: ActionPlan) => string> = {
  goal: (p) => p.goal, purpose: (p) => p.purpose, outputs: (p) => p.outputs, activities: (p) => p.activities,
  inputs: (p) => p.inputs, preconditions: (p) => p.preconditions,
};

/** Lines of a cell, "1. ...", "2. ..." when there are several; "-" when none. */
function lines(items: readonly string[], numbered = items.length > 1): Paragraph[] {
  if (items.length === 0) return cellParagraphs('-', { sizePt: 9 });
  return items.flatMap((t, i) => cellParagraphs(numbered ? `${i + 1}. ${t}` : t, { sizePt: 9 }));
}

/** The indicators of a row; the activities row carries the schedule and the inputs row the budget. */
function indicatorsOf(p: ActionPlan, level: PdmLevel): string[] {
  if (level === 'activities') return [scheduleText(p.startDate, p.endDate) ? `Jadwal: ${scheduleText(p.startDate, p.endDate)}` : ''].filter(Boolean);
  if (level === 'inputs') {
    if (p.budgetTotal === 0) return [];
    const parts = FUND_SOURCES.filter((s) => p.totals[s] > 0).map((s) => `${SOURCE_LABEL[s]} ${formatRupiah(p.totals[s])}`);
    return [`Anggaran ${formatRupiah(p.budgetTotal)} (${parts.join('; ')})`];
  }
  return p.indicators.filter((i) => i.level === level).map((i) =>
    `${i.description}: ${formatNumber(i.baseline)} menjadi ${formatNumber(i.target)}${i.unit ? ` ${i.unit}` : ''}`);
}

function meansOf(p: ActionPlan, level: PdmLevel): string[] {
  return p.indicators.filter((i) => i.level === level && i.means).map((i) => i.means);
}

/** The matrix: six rows, and exactly the four columns of the PCM method. */
function matrix(p: ActionPlan, width: number) {
  return dataTable({
    totalWidthTwip: width, sizePt: 9,
    columns: [
      { header: 'Ringkasan Naratif\n(Narrative Summary)', width: 31 },
      { header: 'Indikator yang Dapat Diverifikasi Secara Obyektif\n(Objectively Verifiable Indicators)', width: 27 },
      { header: 'Cara Verifikasi\n(Means of Verification)', width: 20 },
      { header: 'Asumsi Penting\n(Important Assumptions)', width: 22 },
    ],
    rows: PDM_LEVELS.map((level) => [
      [...cellParagraphs(PDM_LABEL[level], { bold: true, sizePt: 9 }), ...lines(linesOf(NARRATIVE[level](p)))],
      lines(indicatorsOf(p, level)),
      lines(meansOf(p, level)),
      lines(linesOf(p.assumptions[level]), false),
    ]),
  });
}

/** The PDM (format log kerangka) of one plan, landscape, with its performance table. */
export async function renderPdm(d: PlanDocumentData, ctx: DocContext): Promise<DocumentResult> {
  const width = contentWidthTwip(ctx.paper, {}, 'landscape');
  const p = d.plan;
  const doc = buildDocument({
    title: `PDM ${p.title}`,
    subject: ctx.project.name,
    paper: ctx.paper,
    orientation: 'landscape',
    sizePt: 11,
    letterhead: ctx.letterhead,
    sections: [[
      title('MATRIKS DESAIN PROYEK (PROJECT DESIGN MATRIX)'), title(p.title.toUpperCase()), blank(),
      labelValueTable([
        ['Klaster', ctx.project.name], ['Bidang perbaikan', AREA_LABEL[p.area]], ['Jangka waktu', orDots(scheduleText(p.startDate, p.endDate))],
        ['Badan pelaksana', orDots(p.implementingBody)], ['Penanggung jawab', orDots(p.responsibleName)],
      ], { totalWidthTwip: width }),
      blank(),
      matrix(p, width),
      heading('Tabel Kinerja Indikator', 1, { keepNext: true }),
      performanceTable(p.indicators, width, 6),
      blank(),
      signatureColumns([{ placeDate: placeDate(ctx.town, d.today), role: 'Penanggung Jawab Kegiatan,', name: p.responsibleName }], { totalWidthTwip: width, single: 'right' }),
    ]],
  });
  return toResult(`PDM ${p.title}`, await renderDocx(doc));
}
