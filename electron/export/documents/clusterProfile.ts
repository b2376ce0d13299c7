import { KIND_LABELS_ID } from '../../../shared/labels';
import type { StakeholderKind } from '../../../shared/domain/stakeholder';
import { formatRupiah, formatTanggal } from '../../../shared/indonesian';
import { SCALE_NOTE } from '../../../shared/diagnosis/scale';
import type { ClusterProfileData, Measure } from '../../services/profile/clusterProfile';
import { blank, buildDocument, contentWidthTwip, dataTable, heading, labelValueTable, LIST, numberedList, para, renderDocx, signatureColumns, title, toResult, type DocumentResult } from '../docx';
import type { DocContext } from './common';
import { placeDate } from './planCommon';

/** The five measures in the words the facilitator uses in the hall. */
const PLAIN: Record<Measure, { name: string; meaning: string }> = {
  inDegree: { name: 'Pusat yang dituju (in-degree)', meaning: 'paling banyak menerima hubungan: tempat pasokan, penjualan atau dukungan berkumpul' },
  outDegree: { name: 'Penjangkau (out-degree)', meaning: 'paling banyak menjalin hubungan keluar kepada pelaku lain' },
  closeness: { name: 'Dekat dengan semua (closeness)', meaning: 'paling cepat menjangkau semua pelaku; baik untuk menyebarkan informasi' },
  betweenness: { name: 'Jembatan (betweenness)', meaning: 'paling sering berada di jalur antarpelaku; bila ia mundur, sebagian pelaku terputus' },
  eigenvector: { name: 'Dekat dengan yang berpengaruh (eigenvector)', meaning: 'terhubung dengan pelaku yang juga banyak hubungannya' },
};
const kindLabel = (k: string) => KIND_LABELS_ID[k as StakeholderKind] ?? k;
const decimal = (x: number) => x.toFixed(3).replace('.', ',');

/** Profil klaster: the guideline's outline of the cluster, for the office and the committee. */
export async function renderClusterProfile(d: ClusterProfileData, ctx: DocContext, today: string): Promise<DocumentResult> {
  const width = contentWidthTwip(ctx.paper);
  const p = d.project;
  const workforce = d.workforce === null ? 'belum dicatat' : `${d.workforce} orang (dari ${d.workforceKnown} usaha inti yang tercatat)`;
  const doc = buildDocument({
    title: `Profil ${p.name}`,
    subject: p.name,
    paper: ctx.paper,
    letterhead: ctx.letterhead,
    sections: [[
      title('PROFIL KLASTER'), title(p.name.toUpperCase()), blank(),
      heading('A. Gambaran Umum', 1, { keepNext: true }),
      labelValueTable([
        ['Produk', p.product || '-'],
        ['Wilayah', [p.regency, p.province].filter(Boolean).join(', ') || '-'],
        ['Jumlah usaha inti', `${d.coreFirms} usaha`],
        ['Tenaga kerja', workforce],
        ['Penjualan per tahun', d.annualSales === null ? 'belum diperkirakan' : formatRupiah(d.annualSales)],
        ['Pemangku kepentingan', `${d.stakeholders} pelaku, ${d.ties} hubungan tercatat di peta`],
      ], { totalWidthTwip: width }),
      heading('B. Lokasi Usaha Inti', 1, { keepNext: true }),
      d.places.length ? dataTable({
        totalWidthTwip: width, sizePt: 10,
        columns: [{ header: 'No', width: 8, align: 'center' }, { header: 'Desa', width: 40 }, { header: 'Kecamatan', width: 37 }, { header: 'Usaha inti', width: 15, align: 'right' }],
        rows: d.places.map((x, i) => [String(i + 1), x.village || '-', x.district || '-', String(x.firms)]),
      }) : para('Belum ada usaha inti di daftar pemangku kepentingan.'),
      ...(d.firmSales.length ? [
        para('Volume penjualan menurut usaha:', { keepNext: true }),
        ...numberedList(LIST.angka, d.firmSales.map((f) => `${f.name}: ${f.sales}`)),
      ] : []),
      heading('C. Sejarah', 1, { keepNext: true }),
      ...(d.history ? d.history.split(/\n+/).map((line) => para(line, { align: 'justify' })) : [para('Belum diisi.')]),
      heading('D. Profil ANNEX-1', 1, { keepNext: true }),
      ...(d.annex1 ? [
        para(`Putaran "${d.annex1.title}"${d.annex1.date ? `, ${formatTanggal(d.annex1.date)}` : ''}.`, { keepNext: true }),
        dataTable({
          totalWidthTwip: width, sizePt: 10,
          columns: [{ header: 'Base', width: 8, align: 'center' }, { header: 'Bidang', width: 22 }, { header: 'Keadaan yang dipilih', width: 58 }, { header: 'Nilai', width: 12, align: 'center' }],
          rows: d.annex1.bases.map((b) => [String(b.number), b.title, b.statement || '-', b.grade === null ? '-' : `${b.grade} dari 5`]),
        }),
        para(SCALE_NOTE.id),
      ] : [para('Kuesioner ANNEX-1 belum diisi.')]),
      heading('E. Pemangku Kepentingan Kunci', 1, { keepNext: true }),
      d.keyStakeholders.length ? dataTable({
        totalWidthTwip: width, sizePt: 10,
        columns: [{ header: 'No', width: 7, align: 'center' }, { header: 'Nama', width: 28 }, { header: 'Organisasi/usaha', width: 30 }, { header: 'Jenis', width: 17 }, { header: 'Alasan', width: 18 }],
        rows: d.keyStakeholders.map((s, i) => [String(i + 1), s.name, s.organisation || '-', kindLabel(s.kind), s.why.join(', ')]),
      }) : para('Belum ada ketua kelompok, perusahaan penggerak, atau pelaku berpengaruh tinggi yang tercatat.'),
      heading('F. Jaringan Klaster dalam Kata-kata', 1, { keepNext: true }),
      ...(d.ties ? d.metrics.map((m) => para(m.top.length
        ? `${PLAIN[m.measure].name}: ${m.top[0]!.name} (${decimal(m.top[0]!.value)}) ${PLAIN[m.measure].meaning}.`
          + (m.top.length > 1 ? ` Berikutnya: ${m.top.slice(1).map((x) => `${x.name} (${decimal(x.value)})`).join(', ')}.` : '')
        : `${PLAIN[m.measure].name}: belum ada pelaku yang menonjol.`)) : [para('Belum ada hubungan di peta.')]),
      blank(),
      signatureColumns([{ placeDate: placeDate(ctx.town, today), role: 'Fasilitator Klaster,', name: p.facilitatorName }], { totalWidthTwip: width, single: 'right' }),
    ]],
  });
  return toResult(`Profil ${p.name} ${today}`, await renderDocx(doc));
}
