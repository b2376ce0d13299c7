import type { MeetingRecord } from '../../../shared/domain/meeting';
import { formatHariTanggal, formatRentangWaktu, formatTanggal, formatWaktu } from '../../../shared/indonesian';
import {
  blank, bold, buildDocument, contentWidthTwip, dataTable, heading, labelValueTable, LIST, listItem, numberedList,
  para, renderDocx, signatureColumns, title, toResult, type DocumentResult,
} from '../docx';
import { orDots, type DocContext } from './common';

function header(m: MeetingRecord, present: number, width: number) {
  return labelValueTable([
    ['Hari/Tanggal', m.date ? formatHariTanggal(m.date) : orDots('')],
    ['Waktu', m.startTime ? formatRentangWaktu(m.startTime, m.endTime || null, m.timeZone) : orDots('')],
    ['Tempat', orDots(m.place)],
    ['Pimpinan Rapat', orDots([m.chairName, m.chairRole].filter(Boolean).join(', '))],
    ['Notulis', orDots([m.minuteTakerName, m.minuteTakerRole].filter(Boolean).join(', '))],
    ['Peserta', `${present} orang (daftar hadir terlampir)`],
    ['Acara', numberedList(LIST.angka, m.agenda.map((a) => a.title))],
  ], { totalWidthTwip: width });
}

function agendaBody(m: MeetingRecord) {
  return m.agenda.flatMap((item, i) => [
    heading(`${i + 1}. ${item.title}`, 2),
    para(bold('Pembahasan:')),
    ...(item.discussion.trim() ? item.discussion.trim().split(/\n+/).map((p) => para(p, { align: 'justify' })) : [para('-')]),
    para(bold('Kesimpulan/Keputusan:')),
    ...(item.decisions.length
      ? item.decisions.map((d, k) => listItem(LIST.angka, d.text, { restart: k === 0 }))
      : [para('-')]),
  ]);
}

function followUps(m: MeetingRecord, width: number) {
  if (m.followUps.length === 0) return [];
  return [
    heading('Tindak Lanjut', 2),
    dataTable({
      totalWidthTwip: width,
      sizePt: 10,
      columns: [
        { header: 'No', width: 7, align: 'center' },
        { header: 'Kegiatan', width: 48 },
        { header: 'Penanggung Jawab', width: 25 },
        { header: 'Batas Waktu', width: 20, align: 'center' },
      ],
      rows: m.followUps.map((f, i) => [String(i + 1), f.what, f.who, f.due ? formatTanggal(f.due) : '-']),
    }),
  ];
}

/** Notulen rapat, in the layout of DOCUMENTS.md. */
export async function renderMinutes(m: MeetingRecord, ctx: DocContext): Promise<DocumentResult> {
  const width = contentWidthTwip(ctx.paper);
  const present = m.attendees.filter((a) => a.present).length;
  const next = m.nextMeetingDate || m.nextMeetingAgenda.trim()
    ? [heading('Rapat Berikutnya', 2), para(`${m.nextMeetingDate ? formatHariTanggal(m.nextMeetingDate) : 'Waktu menyusul'}${m.nextMeetingAgenda.trim() ? `, dengan acara: ${m.nextMeetingAgenda.trim()}` : ''}.`)]
    : [];
  const closing = m.closingTime ? [blank(), para(`Rapat ditutup pada pukul ${formatWaktu(m.closingTime, m.timeZone)}.`)] : [];
  const doc = buildDocument({
    title: `Notulen ${m.title}`,
    subject: ctx.project.name,
    paper: ctx.paper,
    letterhead: ctx.letterhead,
    sections: [[
      title('NOTULEN RAPAT'),
      title(m.title.toUpperCase()),
      title(ctx.project.name.toUpperCase()),
      blank(),
      header(m, present, width),
      blank(),
      ...agendaBody(m),
      ...followUps(m, width),
      ...next,
      ...closing,
      blank(),
      signatureColumns([
        { placeDate: `${ctx.town || '...........'}, ${m.date ? formatTanggal(m.date) : '...........'}`, role: 'Pimpinan Rapat,', name: m.chairName },
        { placeDate: ' ', role: 'Notulis,', name: m.minuteTakerName },
      ], { totalWidthTwip: width }),
    ]],
  });
  return toResult(`Notulen ${m.title}${m.date ? ` ${m.date}` : ''}`, await renderDocx(doc));
}
