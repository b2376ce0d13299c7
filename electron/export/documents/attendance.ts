import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { Attendee, MeetingRecord } from '../../../shared/domain/meeting';
import { formatHariTanggal } from '../../../shared/indonesian';
import { blank, buildDocument, cmToTwip, contentWidthTwip, dataTable, labelValueTable, renderDocx, STYLE, title, toResult, type DocumentResult } from '../docx';
import { orDots, type DocContext } from './common';

export type AttendanceVariant = 'before' | 'after';
const SIGN_COLUMN_PCT = 18;

/**
 * The signature cell: odd numbers on the left half, even on the right, so neighbours in a
 * crowded hall do not sign over each other.
 */
function signatureCell(n: number, width: number): Paragraph {
  const half = Math.round((width * SIGN_COLUMN_PCT) / 100 / 2);
  return new Paragraph({
    style: STYLE.tableText,
    alignment: AlignmentType.LEFT,
    indent: n % 2 === 0 ? { left: half } : undefined,
    children: [new TextRun({ text: `${n}. .......`, size: 18 })],
  });
}

const row = (a: Attendee | null, n: number, width: number) => [
  String(n),
  a?.name ?? '',
  a?.organisation ?? '',
  a?.role ?? '',
  a?.village ?? '',
  a?.phone ?? '',
  signatureCell(n, width),
];

/**
 * Daftar hadir. Before the meeting: everyone invited plus blank rows for walk-ins; after: who
 * came (invited and walk-ins). The header repeats on every page; rows never split.
 */
export async function renderAttendance(m: MeetingRecord, ctx: DocContext, variant: AttendanceVariant, blankRows: number): Promise<DocumentResult> {
  const width = contentWidthTwip(ctx.paper);
  const people = variant === 'before' ? m.attendees.filter((a) => a.invited) : m.attendees.filter((a) => a.present);
  const rows = [
    ...people.map((a, i) => row(a, i + 1, width)),
    ...(variant === 'before' ? Array.from({ length: blankRows }, (_, i) => row(null, people.length + i + 1, width)) : []),
  ];
  const doc = buildDocument({
    title: `Daftar Hadir ${m.title}`,
    subject: ctx.project.name,
    paper: ctx.paper,
    letterhead: ctx.letterhead,
    sections: [[
      title('DAFTAR HADIR'),
      title(m.title.toUpperCase()),
      blank(),
      labelValueTable([
        ['Hari/Tanggal', m.date ? formatHariTanggal(m.date) : orDots('')],
        ['Tempat', orDots(m.place)],
        ['Acara', m.agenda.map((a) => a.title).join('; ') || orDots('')],
      ], { totalWidthTwip: width }),
      blank(),
      dataTable({
        totalWidthTwip: width,
        sizePt: 9,
        minRowHeightTwip: cmToTwip(1),
        columns: [
          { header: 'No', width: 6, align: 'center' },
          { header: 'Nama', width: 20 },
          { header: 'Instansi/Lembaga/Usaha', width: 20 },
          { header: 'Jabatan', width: 12 },
          { header: 'Desa/Alamat', width: 12 },
          { header: 'No. HP', width: 12 },
          { header: 'Tanda Tangan', width: SIGN_COLUMN_PCT },
        ],
        rows,
      }),
    ]],
  });
  const suffix = variant === 'before' ? 'sebelum rapat' : 'peserta hadir';
  return toResult(`Daftar Hadir ${m.title} (${suffix})`, await renderDocx(doc));
}
