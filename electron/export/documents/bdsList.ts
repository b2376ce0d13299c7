import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { BDS_SERVICE_LABELS_ID, KIND_LABELS_ID } from '../../../shared/labels';
import {
  blank, buildDocument, cellParagraphs, contentWidthTwip, dataTable, heading, labelValueTable, para, renderDocx, signatureColumns, title, toResult,
  type DocumentResult,
} from '../docx';
import type { BdsListData, PlanSupport } from '../../services/bdsList';
import { orDots, type DocContext } from './common';
import { placeDate } from './planCommon';

export const BDS_LIST_TITLE = 'Daftar BDS Provider yang dapat diakses';
export const REACHABLE_HEADER = 'Terjangkau dalam 1 jam';

const SIZE = 9;
const dash = (s: string) => (s.trim() ? s : '-');

/** Name first, then the organisation and kind in smaller words, so a bank reads as a bank. */
function providerCell(s: Stakeholder) {
  const org = s.organisation && s.organisation !== s.name ? s.organisation : '';
  return [
    ...cellParagraphs(s.name, { bold: true, sizePt: SIZE }),
    ...cellParagraphs([org, KIND_LABELS_ID[s.kind]].filter(Boolean).join('\n'), { sizePt: SIZE }),
  ];
}

const reachable = (v: boolean | null) => (v === null ? '-' : v ? 'Ya' : 'Tidak');

function providerTable(providers: readonly Stakeholder[], width: number) {
  return dataTable({
    totalWidthTwip: width, sizePt: SIZE,
    columns: [
      { header: 'No', width: 4, align: 'center' },
      { header: 'Penyedia layanan', width: 18 },
      { header: 'Layanan yang ditawarkan', width: 15 },
      { header: 'Wilayah layanan', width: 11 },
      { header: 'Kontak', width: 13 },
      { header: 'Dasar biaya', width: 11 },
      { header: 'Pengalaman dan kinerja', width: 19 },
      { header: REACHABLE_HEADER, width: 9, align: 'center' },
    ],
    rows: providers.map((s, i) => [
      String(i + 1),
      providerCell(s),
      dash(s.bdsServices.map((x) => BDS_SERVICE_LABELS_ID[x]).join(', ')),
      dash(s.bdsArea),
      dash(s.bdsContact || s.phone),
      dash(s.bdsFeeBasis),
      dash(s.bdsTrackRecord),
      reachable(s.bdsReachable),
    ]),
  });
}

const services = (list: readonly string[]) => list.map((x) => BDS_SERVICE_LABELS_ID[x as keyof typeof BDS_SERVICE_LABELS_ID]).join(', ');

/** Each plan's question 5 beside the providers that offer what it needs, and its question 6 as answered. */
function planTable(plans: readonly PlanSupport[], width: number) {
  return dataTable({
    totalWidthTwip: width, sizePt: SIZE,
    columns: [
      { header: 'No', width: 4, align: 'center' },
      { header: 'Rencana kegiatan', width: 22 },
      { header: 'Dukungan yang diperlukan (pertanyaan 5)', width: 20 },
      { header: 'Penyedia yang menawarkannya', width: 27 },
      { header: 'Pendukung yang dipilih (pertanyaan 6)', width: 27 },
    ],
    rows: plans.map((p, i) => [
      String(i + 1),
      p.title,
      dash(services(p.needed)),
      [...cellParagraphs(p.matches.join('\n') || (p.needed.length ? 'Belum ada di daftar' : '-'), { sizePt: SIZE }),
        ...(p.unmet.length ? cellParagraphs(`Belum ada penyedia untuk: ${services(p.unmet)}`, { sizePt: SIZE }) : [])],
      dash(p.supporters.join('\n')),
    ]),
  });
}

/** Step 5's output "list of accessible BDS providers": one landscape table, header on every page. */
export async function renderBdsList(d: BdsListData, ctx: DocContext): Promise<DocumentResult> {
  const width = contentWidthTwip(ctx.paper, {}, 'landscape');
  const reachableCount = d.providers.filter((s) => s.bdsReachable === true).length;
  const doc = buildDocument({
    title: BDS_LIST_TITLE,
    subject: ctx.project.name,
    paper: ctx.paper,
    orientation: 'landscape',
    sizePt: 11,
    letterhead: ctx.letterhead,
    sections: [[
      title(BDS_LIST_TITLE.toUpperCase()), title(ctx.project.name.toUpperCase()), blank(),
      labelValueTable([
        ['Klaster', ctx.project.name],
        ['Kabupaten/Kota', orDots(ctx.project.regency)],
        ['Jumlah penyedia', `${d.providers.length} (${reachableCount} terjangkau dalam 1 jam)`],
      ], { totalWidthTwip: width }),
      para('Disusun pada tahap pengkajian kebutuhan dan pengembangan strategi (Step 5) sebagai bahan untuk menjawab '
        + 'pertanyaan rencana kegiatan "Siapa yang menjadi pendukung tersebut?".', { spaceBeforePt: 6 }),
      blank(),
      d.providers.length ? providerTable(d.providers, width) : para('Belum ada BDS provider di daftar pemangku kepentingan.'),
      blank(),
      ...(d.plans.length ? [
        heading('Kebutuhan dukungan rencana kegiatan', 2, { keepNext: true }),
        planTable(d.plans, width),
        blank(),
      ] : []),
      signatureColumns([{ placeDate: placeDate(ctx.town, d.today), role: 'Fasilitator Klaster,', name: ctx.project.facilitatorName }],
        { totalWidthTwip: width, single: 'right' }),
    ]],
  });
  return toResult(`Daftar BDS Provider ${ctx.project.name}`, await renderDocx(doc));
}
