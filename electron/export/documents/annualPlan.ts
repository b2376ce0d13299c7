import { AREA_LABEL } from '../../../shared/actionPlans/labels';
import { scheduleText } from '../../../shared/actionPlans/format';
import { formatHariTanggal } from '../../../shared/indonesian';
import {
  blank, buildDocument, cellParagraphs, contentWidthTwip, dataTable, heading, para, renderDocx, signatureColumns, title, toResult,
  type CellContent, type DocumentResult,
} from '../docx';
import type { AnnualPlanDocumentData } from '../../services/actionPlans/documentData';
import type { DocContext } from './common';
import { budgetLinesTable, figures, sourceRecapTable, totalInWords } from './planBudget';
import { placeDate, scheduleRowOf } from './planCommon';
import { scheduleTable } from './planSchedule';

function programmeTable(d: AnnualPlanDocumentData, width: number) {
  const rows: CellContent[][] = d.plans.map((p, i) => [String(i + 1), p.title, AREA_LABEL[p.area], p.responsibleName || '-', scheduleText(p.startDate, p.endDate) || '-', figures(p.budgetTotal)]);
  rows.push(['', cellParagraphs('Jumlah', { bold: true, sizePt: 10 }), '', '', '', cellParagraphs(figures(d.annual.total), { bold: true, align: 'right', sizePt: 10 })]);
  return dataTable({
    totalWidthTwip: width, sizePt: 10,
    columns: [{ header: 'No', width: 6, align: 'center' }, { header: 'Kegiatan', width: 30 }, { header: 'Bidang', width: 13 },
      { header: 'Penanggung Jawab', width: 16 }, { header: 'Jadwal', width: 17 }, { header: 'Anggaran (Rp)', width: 18, align: 'right' }],
    rows,
  });
}

/** How the general meeting dealt with it, or that it has not (yet, or again after changes). */
function statusParagraph(d: AnnualPlanDocumentData) {
  const a = d.annual.authorisation;
  if (!a || !d.meeting) return para('Rancangan ini belum disahkan oleh rapat umum anggota.');
  const when = d.meeting.date ? ` pada hari ${formatHariTanggal(d.meeting.date)}` : '';
  const where = d.meeting.place ? ` di ${d.meeting.place}` : '';
  const base = `Rencana kegiatan dan anggaran ini disahkan dalam ${d.meeting.title}${when}${where}.`;
  return para(a.changed ? `${base} Sesudah pengesahan itu rencana atau anggarannya berubah, sehingga naskah ini kembali menjadi rancangan.` : base);
}

/** Rencana kegiatan dan anggaran tahunan (Step 4): the year's programme and budget, with the authorising meeting. */
export async function renderAnnualPlan(d: AnnualPlanDocumentData, ctx: DocContext): Promise<DocumentResult> {
  const width = contentWidthTwip(ctx.paper);
  const y = d.annual.year;
  const authorised = d.annual.authorisation !== null && !d.annual.authorisation.changed;
  const doc = buildDocument({
    title: `Rencana Kegiatan dan Anggaran Tahun ${y}`,
    subject: ctx.project.name,
    paper: ctx.paper,
    letterhead: ctx.letterhead,
    draftMark: authorised ? undefined : 'RANCANGAN',
    sections: [[
      title('RENCANA KEGIATAN DAN ANGGARAN'), title(`TAHUN ${y}`), title(d.organisation.name.toUpperCase()), blank(),
      statusParagraph(d),
      heading('A. Program Kegiatan', 1, { keepNext: true }),
      ...(d.plans.length ? [programmeTable(d, width)] : [para(`Belum ada rencana kegiatan yang dimulai pada tahun ${y}.`)]),
      heading('B. Rincian Anggaran', 1),
      ...d.plans.flatMap((p, i) => [heading(`${i + 1}. ${p.title}`, 2, { keepNext: true }), p.budgetLines.length ? budgetLinesTable(p.budgetLines, width) : para('Belum ada rincian anggaran.')]),
      heading('C. Rekapitulasi Menurut Sumber Dana', 1, { keepNext: true }),
      sourceRecapTable(d.annual.totals, width),
      ...totalInWords(d.annual.total),
      heading('D. Jadwal Pelaksanaan', 1, { keepNext: true }),
      ...scheduleTable(d.plans.map(scheduleRowOf), d.today, width),
      blank(),
      signatureColumns([
        { placeDate: placeDate(ctx.town, d.meeting?.date || d.today), role: 'Pimpinan Rapat,', name: d.meeting?.chairName ?? '' },
        { role: `Ketua ${d.organisation.name},`, name: d.organisation.chairName },
      ], { totalWidthTwip: width }),
    ]],
  });
  return toResult(`Rencana Kegiatan dan Anggaran ${y}${authorised ? '' : ' (rancangan)'}`, await renderDocx(doc));
}
