import { Paragraph, Table, TableLayoutType, TableRow, WidthType } from 'docx';
import type { RankedItem, WorkshopTemplate } from '../../../shared/domain/workshop';
import { formatHariTanggal, formatTanggal } from '../../../shared/indonesian';
import {
  blank, buildDocument, cell, cellParagraphs, columnWidthsTwip, contentWidthTwip, dataTable, GRID_BORDERS, heading,
  labelValueTable, LIST, numberedList, para, renderDocx, signatureColumns, title, toResult, type DocumentResult,
} from '../docx';
import { markOf, type ResultCard, type ResultGroup, type WorkshopResults } from '../../services/workshops/results';
import { orDots, type DocContext } from './common';
import { swotStrategiesSection } from './swotStrategies';

const TEMPLATE_NAMES: Record<WorkshopTemplate, string> = {
  free: 'Curah pendapat bebas', problems: 'Masalah dan penyebabnya', swot: 'Analisis SWOT',
  longlist: 'Daftar panjang tema kegiatan', vision: 'Kata kunci visi', diamond: 'Diagnosis daya saing (diamond Porter)',
};
const SWOT_TITLES = { S: 'Kekuatan (Strengths)', W: 'Kelemahan (Weaknesses)', O: 'Peluang (Opportunities)', T: 'Ancaman (Threats)' } as const;

const authorOf = (c: ResultCard) => c.author ?? '-';
const isSwot = (r: WorkshopResults) => r.workshop.template === 'swot';
/** "2=" for a shared rank, so a tie is visible on paper. */
const rankText = (i: RankedItem) => (i.rank === null ? '-' : `${i.rank}${i.tied ? '=' : ''}`);

function header(r: WorkshopResults, width: number) {
  const w = r.workshop;
  const method = w.decision === 'dots'
    ? `Pemungutan suara dengan titik (${w.dotsPerParticipant} titik per peserta)`
    : 'Penilaian kepentingan × kelayakan (masing-masing 1-5)';
  return labelValueTable([
    ['Tema', w.theme], ['Hari/Tanggal', w.date ? formatHariTanggal(w.date) : orDots('')], ['Tempat', orDots(w.place)],
    ['Fasilitator', orDots(w.facilitator)], ['Peserta', `${r.participants.length} orang`],
    ['Bentuk', TEMPLATE_NAMES[w.template]], ['Cara memutuskan', method],
  ], { totalWidthTwip: width });
}

/**
 * When the groups were voted on, a card has no dots of its own: its cell stays empty and the
 * group's dots or score fill the column in a closing row, so the column shows the values.
 */
function cardTable(cards: readonly ResultCard[], width: number, groupMark: string | null = null) {
  const total = groupMark !== null && groupMark !== '-'
    ? [['', cellParagraphs('Nilai kelompok', { bold: true, sizePt: 10 }), '', cellParagraphs(groupMark, { bold: true, align: 'center', sizePt: 10 })]]
    : [];
  return dataTable({
    totalWidthTwip: width, sizePt: 10,
    columns: [{ header: 'No', width: 7, align: 'center' }, { header: 'Kartu', width: 55 }, { header: 'Penulis', width: 22 }, { header: 'Titik/Nilai', width: 16, align: 'center' }],
    rows: [...cards.map((c, i) => [String(i + 1), c.text, authorOf(c), groupMark === null ? c.mark : '']), ...total],
  });
}

function groupSections(groups: readonly ResultGroup[], ungrouped: readonly ResultCard[], width: number, groupsVoted: boolean) {
  const blocks = groups.flatMap((g, i) => [
    heading(`${i + 1}. ${g.name}${g.mark !== '-' ? ` (${g.mark})` : ''}`, 2, { keepNext: true }),
    g.cards.length ? cardTable(g.cards, width, groupsVoted ? g.mark : null) : para('Belum ada kartu.'),
  ]);
  const loose = ungrouped.length ? [heading('Kartu tanpa kelompok', 2, { keepNext: true }), cardTable(ungrouped, width)] : [];
  return [...blocks, ...loose];
}

/** SWOT as the usual 2x2: strengths | weaknesses over opportunities | threats, each with its cards. */
function swotTable(r: WorkshopResults, width: number): Table {
  const widths = columnWidthsTwip([50, 50], 'pct', width);
  const quadrant = (key: keyof typeof SWOT_TITLES, col: number) => {
    const g = r.groups.find((x) => x.fixedKey === key);
    const lines = (g?.cards ?? []).map((c, i) => `${i + 1}. ${c.text}${c.author ? ` (${c.author})` : ''}${c.mark !== '-' ? ` [${c.mark}]` : ''}`);
    const title = `${SWOT_TITLES[key]}${g && g.mark !== '-' ? ` [${g.mark}]` : ''}`;
    const body: Paragraph[] = [...cellParagraphs(title, { bold: true, align: 'center' }), ...(lines.length ? lines : ['-']).flatMap((l) => cellParagraphs(l, { sizePt: 10 }))];
    return cell(body, { widthTwip: widths[col], verticalAlign: 'top' });
  };
  // A quadrant is read whole: its row never splits across a page.
  const row = (a: keyof typeof SWOT_TITLES, b: keyof typeof SWOT_TITLES) => new TableRow({ cantSplit: true, children: [quadrant(a, 0), quadrant(b, 1)] });
  return new Table({
    rows: [row('S', 'W'), row('O', 'T')],
    width: { size: width, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders: GRID_BORDERS,
  });
}

function rankingTable(r: WorkshopResults, width: number) {
  const s = r.shortlist;
  const what = s.target === 'group' ? 'Kelompok/Tema' : 'Kartu';
  const status = (i: RankedItem) => (i.tiedAtCut ? 'Ya (seri di batas)' : i.shortlisted ? 'Ya' : '-');
  return dataTable({
    totalWidthTwip: width, sizePt: 10,
    columns: [{ header: 'Peringkat', width: 16, align: 'center' }, { header: what, width: 46 }, { header: 'Titik/Nilai', width: 18, align: 'center' }, { header: 'Daftar pendek', width: 20, align: 'center' }],
    rows: s.items.map((i) => [rankText(i), i.groupName ? `${i.label} (${i.groupName})` : i.label, markOf(s.decision, i.dots, i.importance, i.feasibility), status(i)]),
  });
}

function shortlistBlock(r: WorkshopResults) {
  const s = r.shortlist;
  if (s.cutLine === null) return [para('Batas daftar pendek belum ditetapkan.')];
  const kept = s.items.filter((i) => i.shortlisted);
  const items = kept.map((i) => `${i.label} (peringkat ${rankText(i)}; ${markOf(s.decision, i.dots, i.importance, i.feasibility)})`);
  const note = s.needsDecision
    ? [para(`Catatan: terdapat nilai sama (seri) pada batas ${s.cutLine} besar. Semua yang seri dicantumkan dan ditandai "="; peserta dan fasilitator perlu memutuskan.`, { align: 'justify' })]
    : [];
  return [para(`Daftar pendek: ${s.cutLine} besar, ${s.shortlistedCount} ${s.target === 'group' ? 'tema' : 'kartu'}.`), ...(items.length ? numberedList(LIST.angka, items) : [para('-')]), ...note];
}

function participantTable(r: WorkshopResults, width: number) {
  if (r.participants.length === 0) return [];
  return [heading('Daftar Peserta', 1, { keepNext: true }), dataTable({
    totalWidthTwip: width, sizePt: 10,
    columns: [{ header: 'No', width: 8, align: 'center' }, { header: 'Nama', width: 46 }, { header: 'Lembaga/Usaha', width: 46 }],
    rows: r.participants.map((p, i) => [String(i + 1), p.name, p.organisation || '-']),
  })];
}

/** Hasil lokakarya (DOCUMENTS.md "Workshop results"): rules, cards by group, votes, short list, SWOT. */
export async function renderWorkshopResults(r: WorkshopResults, ctx: DocContext): Promise<DocumentResult> {
  const width = contentWidthTwip(ctx.paper);
  const w = r.workshop;
  const others = isSwot(r) ? r.groups.filter((g) => !g.fixedKey) : r.groups;
  const groupsVoted = r.shortlist.target === 'group';
  const cardsPart = isSwot(r)
    ? [heading('Analisis SWOT', 1, { keepNext: true }), swotTable(r, width), ...(others.length || r.ungrouped.length ? [heading('Kartu Lain', 1), ...groupSections(others, r.ungrouped, width, groupsVoted)] : [])]
    : [heading('Kartu per Kelompok', 1), ...groupSections(others, r.ungrouped, width, groupsVoted)];
  const hidden = [
    ...(r.hiddenCount ? [para(`${r.hiddenCount} kartu yang belum dibuka tidak dicantumkan.`)] : []),
    ...(r.withheldCount ? [para(`${r.withheldCount} kartu yang disembunyikan fasilitator tidak dicantumkan.`)] : []),
  ];
  const doc = buildDocument({
    title: `Hasil Lokakarya ${w.theme}`,
    subject: ctx.project.name,
    paper: ctx.paper,
    letterhead: ctx.letterhead,
    sections: [[
      title('HASIL LOKAKARYA'), title(w.theme.toUpperCase()), title(ctx.project.name.toUpperCase()), blank(),
      header(r, width), blank(),
      heading('Aturan Curah Pendapat', 1), ...(w.rules.length ? numberedList(LIST.angka, w.rules) : [para('-')]),
      ...cardsPart, ...hidden,
      ...swotStrategiesSection(r.strategies, width, 'Strategi dari Analisis SWOT'),
      heading(w.decision === 'dots' ? 'Hasil Pemungutan Suara' : 'Hasil Penilaian', 1, { keepNext: true }), rankingTable(r, width),
      heading('Daftar Pendek', 1), ...shortlistBlock(r),
      ...participantTable(r, width),
      // A closing sentence that keeps with the signature: the block never stands alone on a page.
      para('Demikian hasil lokakarya ini disusun untuk dipergunakan sebagaimana mestinya.', { align: 'justify', spaceBeforePt: 12, keepNext: true }),
      signatureColumns([{ placeDate: `${ctx.town || '...........'}, ${w.date ? formatTanggal(w.date) : '...........'}`, role: 'Fasilitator,', name: w.facilitator }], { totalWidthTwip: width, single: 'right' }),
    ]],
  });
  return toResult(`Hasil Lokakarya ${w.theme}${w.date ? ` ${w.date}` : ''}`, await renderDocx(doc));
}
