import type { MeetingRecord } from '../../../shared/domain/meeting';
import { formatHariTanggal, formatRentangWaktu, formatTanggal, formatWaktu } from '../../../shared/indonesian';
import {
  blank, bold, buildDocument, contentWidthTwip, dataTable, heading, labelValueTable, LIST, numberedList,
  para, renderDocx, signatureColumns, title, toResult, type DocumentResult,
} from '../docx';
import { orDots, type DocContext } from './common';
import { decisionList, type DecisionPart, type MinutesRecord, type PlacedPart } from './minutesDecisions';

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

/** A label that stays on the page of the text it introduces ("Pembahasan:", "Kesimpulan/Keputusan:"). */
const label = (text: string) => para(bold(text), { keepNext: true });

function agendaItemBody(item: MeetingRecord['agenda'][number], index: number, parts: readonly DecisionPart[]) {
  const discussion = item.discussion.trim() ? item.discussion.trim().split(/\n+/) : [];
  const decisions = decisionList(item.decisions.map((d) => d.text), parts);
  return [
    heading(`${index + 1}. ${item.title}`, 2, { keepNext: true }),
    ...(discussion.length ? [label('Pembahasan:'), ...discussion.map((p) => para(p, { align: 'justify' }))] : []),
    ...(decisions.length ? [label('Kesimpulan/Keputusan:'), ...decisions] : []),
  ];
}

function agendaBody(m: MeetingRecord, placed: readonly PlacedPart[]) {
  const partsOf = (id: string | null) => placed.filter((p) => p.agendaItemId === id).map((p) => p.part);
  const loose = decisionList([], partsOf(null));
  return [
    ...m.agenda.flatMap((item, i) => agendaItemBody(item, i, partsOf(item.id))),
    ...(loose.length ? [heading('Keputusan Lain', 2, { keepNext: true }), ...loose] : []),
  ];
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

/**
 * Notulen rapat, in the layout of DOCUMENTS.md; the decisions drawn from the data (minutesRecord)
 * under the agenda items they belong to.
 */
export async function renderMinutes({ meeting: m, parts }: MinutesRecord, ctx: DocContext): Promise<DocumentResult> {
  const width = contentWidthTwip(ctx.paper);
  const present = m.attendees.filter((a) => a.present).length;
  const next = m.nextMeetingDate || m.nextMeetingAgenda.trim()
    ? [heading('Rapat Berikutnya', 2), para(`${m.nextMeetingDate ? formatHariTanggal(m.nextMeetingDate) : 'Waktu menyusul'}${m.nextMeetingAgenda.trim() ? `, dengan acara: ${m.nextMeetingAgenda.trim()}` : ''}.`)]
    : [];
  // The closing lines keep with the signatures, so these never stand alone on a page.
  const closing = [
    ...(m.closingTime ? [para(`Rapat ditutup pada pukul ${formatWaktu(m.closingTime, m.timeZone)}.`, { spaceBeforePt: 12, keepNext: true })] : []),
    para('Demikian notulen rapat ini dibuat untuk dipergunakan sebagaimana mestinya.', { align: 'justify', spaceBeforePt: m.closingTime ? 0 : 12, keepNext: true }),
  ];
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
      ...agendaBody(m, parts),
      ...followUps(m, width),
      ...next,
      ...closing,
      signatureColumns([
        { placeDate: `${ctx.town || '...........'}, ${m.date ? formatTanggal(m.date) : '...........'}`, role: 'Pimpinan Rapat,', name: m.chairName },
        { placeDate: ' ', role: 'Notulis,', name: m.minuteTakerName },
      ], { totalWidthTwip: width }),
    ]],
  });
  return toResult(`Notulen ${m.title}${m.date ? ` ${m.date}` : ''}`, await renderDocx(doc));
}
