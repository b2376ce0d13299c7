import type { InitiationPlan } from '../../../shared/domain/initiationPlan';
import type { MeetingKind } from '../../../shared/domain/meeting';
import { formatRupiah, formatTanggal } from '../../../shared/indonesian';
import { blank, buildDocument, contentWidthTwip, dataTable, heading, officialBlock, para, renderDocx, signatureColumns, title, toResult, type DocumentResult } from '../docx';
import type { DocContext } from './common';
import { placeDate } from './planCommon';

const FUNDING = { apbd: 'APBD', apbn: 'APBN', members: 'Iuran anggota', sponsor: 'Sponsor/CSR', other: 'Lainnya' } as const;
const MEETING = { kickoff: 'Pertemuan awal', small_group: 'Rapat kelompok kecil', fgd1: 'FGD-1', fgd2: 'FGD-2', general: 'Rapat umum', other: 'Rapat' } satisfies Record<MeetingKind, string>;

function when(start: string, end: string): string {
  if (!start && !end) return '-';
  if (start && end && start !== end) return `${formatTanggal(start)} s.d. ${formatTanggal(end)}`;
  return formatTanggal(start || end);
}

/** Rencana inisiasi klaster: the steps with their time, target output, meetings held and budget. */
export async function renderInitiationPlan(plan: InitiationPlan, ctx: DocContext, today: string): Promise<DocumentResult> {
  const width = contentWidthTwip(ctx.paper, {}, 'landscape');
  const rows = plan.activities.map((a, i) => [
    String(i + 1),
    a.title + (a.note ? `\n${a.note}` : ''),
    when(a.startDate, a.endDate),
    a.output || '-',
    a.meetings.length ? a.meetings.map((m) => `${m.title}${m.date ? ` (${formatTanggal(m.date)})` : ''}`).join('\n') : (a.meetingKind ? `${MEETING[a.meetingKind]} belum dijadwalkan` : '-'),
    a.budget ? formatRupiah(a.budget) : '-',
    a.budget ? FUNDING[a.funding] : '-',
  ]);
  const doc = buildDocument({
    title: `Rencana Inisiasi ${ctx.project.name}`,
    subject: ctx.project.name,
    paper: ctx.paper,
    orientation: 'landscape',
    letterhead: ctx.letterhead,
    sections: [[
      title('RENCANA INISIASI KLASTER'), title(ctx.project.name.toUpperCase()), blank(),
      para(`Produk: ${ctx.project.product || '-'}. Wilayah: ${[ctx.project.regency, ctx.project.province].filter(Boolean).join(', ') || '-'}.`),
      heading('A. Kegiatan dan Output', 1, { keepNext: true }),
      plan.activities.length ? dataTable({
        totalWidthTwip: width, sizePt: 10,
        columns: [{ header: 'No', width: 4, align: 'center' }, { header: 'Kegiatan', width: 20 }, { header: 'Waktu', width: 14 }, { header: 'Target output', width: 24 },
          { header: 'Rapat terkait', width: 16 }, { header: 'Anggaran', width: 12, align: 'right' }, { header: 'Sumber dana', width: 10 }],
        rows,
      }) : para('Belum ada kegiatan.'),
      heading('B. Anggaran Inisiasi', 1, { keepNext: true }),
      ...(plan.budgetBySource.length
        ? [...plan.budgetBySource.map((s) => para(`${FUNDING[s.funding]}: ${formatRupiah(s.amount)}`, { keepNext: true })), para(`Jumlah: ${formatRupiah(plan.budgetTotal)}`, { keepNext: true })]
        : [para('Belum ada anggaran yang dicatat.', { keepNext: true })]),
      blank(),
      signatureColumns([{ placeDate: placeDate(ctx.town, today), role: 'Fasilitator Klaster,', name: ctx.project.facilitatorName }], {
        totalWidthTwip: width, single: 'right',
        mengetahui: officialBlock(ctx.officials.kepalaDinas),
      }),
    ]],
  });
  return toResult(`Rencana Inisiasi ${ctx.project.name} ${today}`, await renderDocx(doc));
}
