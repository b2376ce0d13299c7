import { MAX_CAPACITY, MAX_GROWTH, type PriorityRow } from '../../../shared/domain/clusterPriority';
import { formatRupiah } from '../../../shared/indonesian';
import { blank, buildDocument, contentWidthTwip, dataTable, heading, officialBlock, para, renderDocx, signatureColumns, title, toResult, type DocumentResult } from '../docx';
import type { DocContext } from './common';
import { placeDate } from './planCommon';

const orDash = (x: number | null, show: (n: number) => string = String) => (x === null ? '-' : show(x));
const percent = (x: number | null) => (x === null ? '-' : `${x.toLocaleString('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`);

/** Prioritas klaster: the candidate clusters on the five criteria and the pilot scoring, and who is supported first. */
export async function renderClusterPriorities(rows: readonly PriorityRow[], supported: number, ctx: DocContext, today: string): Promise<DocumentResult> {
  const width = contentWidthTwip(ctx.paper, {}, 'landscape');
  const compared = rows.filter((r) => !r.unreadable);
  const chosen = compared.filter((r) => r.rank !== null && r.rank <= supported);
  const doc = buildDocument({
    title: 'Prioritas Pengembangan Klaster',
    subject: ctx.project.regency || ctx.project.name,
    paper: ctx.paper,
    orientation: 'landscape',
    letterhead: ctx.letterhead,
    sections: [[
      title('PRIORITAS PENGEMBANGAN KLASTER'), ...(ctx.project.regency ? [title(ctx.project.regency.toUpperCase())] : []), blank(),
      para(`Klaster dibandingkan menurut lima kriteria pedoman (konsentrasi perusahaan inti, tenaga kerja, total penjualan, industri pendukung, `
        + `daya pasar) dan penilaian studi percontohan: peluang tumbuh (paling tinggi ${MAX_GROWTH}) dan kemampuan bertindak (paling tinggi ${MAX_CAPACITY}), `
        + `sebagai persentase dari ${MAX_GROWTH + MAX_CAPACITY}.`),
      heading('A. Perbandingan Klaster', 1, { keepNext: true }),
      dataTable({
        totalWidthTwip: width, sizePt: 9,
        columns: [
          { header: 'Peringkat', width: 9, align: 'center' }, { header: 'Klaster', width: 15 }, { header: 'Perusahaan inti', width: 10, align: 'right' },
          { header: 'Tenaga kerja', width: 8, align: 'right' }, { header: 'Penjualan per tahun', width: 12, align: 'right' },
          { header: 'Industri pendukung', width: 9, align: 'right' }, { header: 'Daya pasar (Base 3)', width: 9, align: 'center' },
          { header: `Peluang tumbuh (/${MAX_GROWTH})`, width: 9, align: 'center' }, { header: `Kemampuan bertindak (/${MAX_CAPACITY})`, width: 10, align: 'center' },
          { header: 'Persentase', width: 9, align: 'right' },
        ],
        rows: compared.map((r) => [
          orDash(r.rank), `${r.name}${r.product ? `\n${r.product}` : ''}`, String(r.coreFirms), orDash(r.workforce), orDash(r.annualSales, formatRupiah),
          String(r.supportingIndustries), orDash(r.marketability, (g) => `${g} dari 5`), orDash(r.growthScore), orDash(r.capacityScore), percent(r.percent),
        ]),
      }),
      heading('B. Klaster yang Didukung pada Tahun Pertama', 1, { keepNext: true }),
      ...(chosen.length
        ? chosen.map((r) => para(`${r.rank}. ${r.name} (${percent(r.percent)})`, { keepNext: true }))
        : [para(supported ? 'Belum ada klaster yang dinilai.' : 'Jumlah klaster yang didukung belum ditetapkan.', { keepNext: true })]),
      para(`Jumlah klaster yang didukung pada tahun pertama: ${supported}.`, { keepNext: true }),
      para('Daya pasar memakai nilai Base 3 kuesioner ANNEX-1 (5 terbaik sampai 1), ketentuan Klaster Workbench sendiri.', { keepNext: true }),
      blank(),
      signatureColumns([{ placeDate: placeDate(ctx.town, today), role: 'Fasilitator Klaster,', name: ctx.project.facilitatorName }], {
        totalWidthTwip: width, single: 'right', mengetahui: officialBlock(ctx.officials.kepalaDinas),
      }),
    ]],
  });
  return toResult(`Prioritas Pengembangan Klaster ${today}`, await renderDocx(doc));
}
