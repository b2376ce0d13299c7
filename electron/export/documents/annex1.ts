import { ANNEX1_BASES, ANNEX1_PURPOSES, ANNEX1_TITLE, type Annex1Base } from '../../../shared/diagnosis/annex1';
import { gradeOf, MAX_TOTAL, SCALE_NOTE } from '../../../shared/diagnosis/scale';
import type { Answer, QuestionnaireRound, QuestionnaireSpread } from '../../../shared/domain/questionnaire';
import { formatTanggal } from '../../../shared/indonesian';
import {
  blank, bold, buildDocument, cellParagraphs, contentWidthTwip, dataTable, heading, italic, labelValueTable, LIST, numberedList, para, renderDocx,
  signatureColumns, title, toResult, type DocumentResult,
} from '../docx';
import type { Annex1DocumentData } from '../../services/questionnaires/documentData';
import { orDots, type DocContext } from './common';

/** The seed's check box, ticked for the statement chosen. */
export const TICKED = '☑';
export const UNTICKED = '☐';

function roundHeader(r: QuestionnaireRound | null, width: number) {
  const meeting = r?.meetingTitle ? `${r.meetingTitle}${r.meetingDate ? `, ${formatTanggal(r.meetingDate)}` : ''}` : '';
  return labelValueTable([
    ['Putaran', orDots(r?.title ?? '')],
    ['Responden', orDots(r?.respondent ?? '')],
    ['Rapat', r ? meeting || '-' : orDots('')],
    ['Tanggal', r?.date ? formatTanggal(r.date) : orDots('')],
    ...(r?.note ? [['Catatan', r.note] as const] : []),
  ], { totalWidthTwip: width });
}

function sittingHeader(s: QuestionnaireSpread, width: number) {
  return labelValueTable([
    ['Putaran', `${s.title} (dijawab di ponsel peserta)`],
    ['Responden', `${s.respondents} orang, ${s.complete} menjawab lengkap`],
    ['Rapat', s.meetingTitle ?? '-'],
    ['Tanggal', s.date ? formatTanggal(s.date) : '-'],
  ], { totalWidthTwip: width });
}

/** One Base of a sitting: how many respondents chose each statement; the median in bold, as the profile reads it. */
function spreadBlock(base: Annex1Base, b: QuestionnaireSpread['bases'][number], respondents: number, width: number) {
  const table = dataTable({
    totalWidthTwip: width, sizePt: 10,
    columns: [{ header: 'Jumlah responden', width: 14, align: 'center' }, { header: 'Pernyataan (terbaik di atas)', width: 74 }, { header: 'Nilai*', width: 12, align: 'center' }],
    rows: base.statements.map((st, i) => {
      const median = b.median === i + 1;
      return [median ? cellParagraphs(String(b.counts[i]), { bold: true, sizePt: 10, align: 'center' }) : String(b.counts[i]),
        median ? cellParagraphs(`${st.id} (median)`, { bold: true, sizePt: 10 }) : st.id, String(gradeOf(i + 1))];
    }),
  });
  return [
    heading(`Base ${base.number}. ${base.title.id}`, 2, { keepNext: true }),
    table,
    para(`Menjawab: ${b.answered} dari ${respondents} responden.`, { spaceBeforePt: 3 }),
  ];
}

/** One Base: its five statements, best first, the chosen one ticked and bold, and the note. */
function baseBlock(base: Annex1Base, a: Answer | undefined, width: number) {
  const table = dataTable({
    totalWidthTwip: width, sizePt: 10,
    columns: [{ header: 'Pilihan', width: 10, align: 'center' }, { header: 'Pernyataan (terbaik di atas)', width: 78 }, { header: 'Nilai*', width: 12, align: 'center' }],
    rows: base.statements.map((s, i) => {
      const chosen = a?.choice === i + 1;
      return [chosen ? TICKED : UNTICKED, chosen ? cellParagraphs(s.id, { bold: true, sizePt: 10 }) : s.id, String(gradeOf(i + 1))];
    }),
  });
  return [
    heading(`Base ${base.number}. ${base.title.id}`, 2, { keepNext: true }),
    table,
    para(`Catatan: ${a?.note ? a.note : '-'}`, { spaceBeforePt: 3 }),
  ];
}

/** Grades per Base (rows) and round (columns), with each round's total. */
function profileTable(d: Annex1DocumentData, width: number) {
  const { rounds, bases } = d.profile;
  const share = rounds.length ? Math.floor(55 / rounds.length) : 55;
  return dataTable({
    totalWidthTwip: width, sizePt: 9,
    columns: [
      { header: 'Base', width: 45 },
      ...rounds.map((r) => ({
        header: `${r.title}${r.date ? `\n${formatTanggal(r.date)}` : ''}${r.respondents > 1 ? `\n(median ${r.respondents} responden)` : ''}`,
        width: share, align: 'center' as const,
      })),
    ],
    rows: [
      ...bases.map((b) => [`${b.base}. ${ANNEX1_BASES[b.base - 1]!.title.id}`, ...b.cells.map((c) => (c.grade === null ? '-' : String(c.grade)))]),
      [cellParagraphs(`Jumlah (tertinggi ${MAX_TOTAL})*`, { bold: true, sizePt: 9 }), ...rounds.map((r) => cellParagraphs(r.total === null ? '-' : String(r.total), { bold: true, sizePt: 9, align: 'center' }))],
    ],
  });
}

function profileSection(d: Annex1DocumentData, width: number) {
  if (d.profile.rounds.length === 0) return [para('Belum ada putaran kuesioner yang dicatat.')];
  const latestOnly = d.roundCount > d.profile.rounds.length
    ? [para(`Ditampilkan ${d.profile.rounds.length} putaran terakhir dari ${d.roundCount} putaran.`)]
    : [];
  return [...latestOnly, profileTable(d, width)];
}

/** ANNEX-1: the questionnaire with the chosen statements ticked, and the profile across rounds. */
export async function renderAnnex1(d: Annex1DocumentData, ctx: DocContext): Promise<DocumentResult> {
  const width = contentWidthTwip(ctx.paper);
  const r = d.round;
  const spread = d.spread;
  const scaleNote = () => para(italic(`* ${SCALE_NOTE.id}`), { spaceBeforePt: 6 });
  const doc = buildDocument({
    title: ANNEX1_TITLE.id,
    subject: ctx.project.name,
    paper: ctx.paper,
    letterhead: ctx.letterhead,
    sections: [[
      title('ANNEX-1'), title(ANNEX1_TITLE.id.toUpperCase()), title(ctx.project.name.toUpperCase()), blank(),
      para(bold('Tujuan:')),
      ...numberedList(LIST.angka, ANNEX1_PURPOSES.map((p) => p.id)),
      blank(),
      ...(spread
        ? [sittingHeader(spread, width), heading('Sebaran jawaban per Base', 1),
          ...ANNEX1_BASES.flatMap((b) => spreadBlock(b, spread.bases[b.number - 1]!, spread.respondents, width))]
        : [roundHeader(r, width), heading('Jawaban per Base', 1), ...ANNEX1_BASES.flatMap((b) => baseBlock(b, r?.answers[b.number - 1], width))]),
      scaleNote(),
      heading('Profil Klaster Antar Putaran', 1, { keepNext: true, pageBreakBefore: true }),
      ...profileSection(d, width),
      scaleNote(),
      blank(),
      // A sitting has many respondents, each answered on their own phone: the facilitator signs alone.
      spread
        ? signatureColumns([{ role: 'Fasilitator Klaster,', name: ctx.project.facilitatorName }], { totalWidthTwip: width, single: 'right' })
        : signatureColumns([
          { role: 'Responden,', name: r?.respondent ?? '' },
          { role: 'Fasilitator Klaster,', name: ctx.project.facilitatorName },
        ], { totalWidthTwip: width }),
    ]],
  });
  const label = spread ? spread.title : r?.title;
  return toResult(`ANNEX-1 Kuesioner ${ctx.project.name}${label ? ` - ${label}` : ''}`, await renderDocx(doc));
}
