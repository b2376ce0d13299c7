import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { Attendee, MeetingRecord } from '../../../shared/domain/meeting';
import { formatHariTanggal, formatTanggal } from '../../../shared/indonesian';
import { blank, buildDocument, cmToTwip, dataTable, labelValueTable, para, renderDocx, signatureColumns, STYLE, title, toResult, type DocumentResult } from '../docx';
import { attendanceLayout, SIGNATURE_MIN_TWIP, type AttendanceColumn } from './attendanceColumns';
import { orDots, type DocContext } from './common';

export type AttendanceVariant = 'before' | 'after';

/** Walk-ins are marked in the list and explained under it. */
const WALK_IN_MARK = ' *';

/**
 * The signature cell: odd numbers on the left half, even on the right, so neighbours in a
 * crowded hall do not sign over each other.
 */
function signatureCell(n: number, columnTwip: number): Paragraph {
  return new Paragraph({
    style: STYLE.tableText,
    alignment: AlignmentType.LEFT,
    indent: n % 2 === 0 ? { left: Math.round(columnTwip / 2) } : undefined,
    children: [new TextRun({ text: `${n}. .......`, size: 18 })],
  });
}

const nameOf = (a: Attendee) => `${a.name}${a.walkIn ? WALK_IN_MARK : ''}`;

function columnsFor(people: readonly Attendee[]): AttendanceColumn[] {
  const values = (f: (a: Attendee) => string) => people.map(f);
  return [
    // Room for three digits: the blank rows for walk-ins run past the invited.
    { header: 'No', values: ['000'], grow: 0 },
    { header: 'Nama', values: values(nameOf), minTwip: cmToTwip(2.5), grow: 3 },
    { header: 'Instansi / Lembaga / Usaha', values: values((a) => a.organisation), minTwip: cmToTwip(2.5), grow: 3 },
    { header: 'Jabatan', values: values((a) => a.role), minTwip: cmToTwip(1.8), grow: 2 },
    { header: 'Desa / Alamat', values: values((a) => a.village), minTwip: cmToTwip(1.8), grow: 2 },
    { header: 'No. HP', values: values((a) => a.phone), whole: true, grow: 0 },
    { header: 'Tanda Tangan', values: [], minTwip: SIGNATURE_MIN_TWIP, grow: 2 },
  ];
}

/** The chair signs the list; before a chair is named, the organiser (the facilitator). */
function signer(m: MeetingRecord, ctx: DocContext) {
  if (m.chairName.trim() || !ctx.project.facilitatorName.trim()) return { role: 'Pimpinan Rapat,', name: m.chairName };
  return { role: 'Penyelenggara,', name: ctx.project.facilitatorName };
}

/**
 * Daftar hadir. Before the meeting: everyone invited plus blank rows for walk-ins; after: who
 * came (invited and walk-ins, marked). The header repeats on every page; rows never split.
 */
export async function renderAttendance(m: MeetingRecord, ctx: DocContext, variant: AttendanceVariant, blankRows: number): Promise<DocumentResult> {
  const people = variant === 'before' ? m.attendees.filter((a) => a.invited) : m.attendees.filter((a) => a.present);
  const columns = columnsFor(people);
  const layout = attendanceLayout(columns, ctx.paper);
  const width = layout.widthsTwip.reduce((a, b) => a + b, 0);
  const signWidth = layout.widthsTwip.at(-1)!;
  const row = (a: Attendee | null, n: number) => [
    String(n), a ? nameOf(a) : '', a?.organisation ?? '', a?.role ?? '', a?.village ?? '', a?.phone ?? '', signatureCell(n, signWidth),
  ];
  const rows = [
    ...people.map((a, i) => row(a, i + 1)),
    ...(variant === 'before' ? Array.from({ length: blankRows }, (_, i) => row(null, people.length + i + 1)) : []),
  ];
  const walkIns = people.some((a) => a.walkIn) ? [para(`${WALK_IN_MARK.trim()} Hadir tanpa undangan.`, { spaceBeforePt: 3 })] : [];
  const count = variant === 'after' ? `Jumlah hadir: ${people.length} orang` : 'Jumlah hadir: ........ orang';
  const doc = buildDocument({
    title: `Daftar Hadir ${m.title}`,
    subject: ctx.project.name,
    paper: ctx.paper,
    orientation: layout.orientation,
    letterhead: ctx.letterhead,
    sections: [[
      title('DAFTAR HADIR'),
      title(m.title.toUpperCase()),
      blank(),
      labelValueTable([
        ['Hari/Tanggal', m.date ? formatHariTanggal(m.date) : orDots('')],
        ['Tempat', orDots(m.place)],
        ['Acara', m.title],
      ], { totalWidthTwip: width }),
      blank(),
      dataTable({
        totalWidthTwip: width,
        unit: 'twip',
        sizePt: 9,
        minRowHeightTwip: cmToTwip(1),
        columns: columns.map((c, i) => ({ header: c.header, width: layout.widthsTwip[i]!, align: i === 0 ? 'center' as const : undefined })),
        rows,
      }),
      ...walkIns,
      // The count, place and date and the signature stay together on one page.
      para(count, { spaceBeforePt: 6, keepNext: true }),
      signatureColumns([
        { placeDate: `${ctx.town || '...........'}, ${m.date ? formatTanggal(m.date) : '...........'}`, ...signer(m, ctx) },
      ], { totalWidthTwip: width, single: 'right' }),
    ]],
  });
  const suffix = variant === 'before' ? 'sebelum rapat' : 'peserta hadir';
  return toResult(`Daftar Hadir ${m.title} (${suffix})`, await renderDocx(doc));
}
