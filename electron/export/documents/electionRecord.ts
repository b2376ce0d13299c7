import type { Paragraph, Table } from 'docx';
import type { ElectionPosition, ElectionRound, ElectionState, ElectionTarget } from '../../../shared/domain/election';
import type { Meeting } from '../../../shared/domain/meeting';
import type { Organisation } from '../../../shared/domain/organisation';
import { formatTanggal, tanggalDalamKata, terbilang, formatWaktu, romawi } from '../../../shared/indonesian';
import { blank, bold, buildDocument, cellParagraphs, contentWidthTwip, dataTable, heading, officialBlock, para, renderDocx, signatureColumns, title, toResult, type DocumentResult } from '../docx';
import { orDots, type DocContext } from './common';

const withWords = (n: number) => `${n} (${terbilang(n)})`;
export const QUORUM_WORDS = { more_than_half: 'lebih dari separuh', at_least_two_thirds: 'sekurang-kurangnya dua pertiga' } as const;

/** Every ballot cast in a round: the votes for each candidate, the invalid and the blank ones. */
const ballotsOf = (r: ElectionRound) => r.candidateIds.reduce((n, c) => n + (r.tallies[c] ?? 0), 0) + r.invalid + r.blank;

/**
 * A consensus note that only says it was agreed by consensus ("Disepakati secara musyawarah
 * mufakat.") is not printed after "dipilih melalui musyawarah mufakat.": it would say it twice.
 */
const CONSENSUS_WORDS = new Set(['disepakati', 'sepakat', 'bersepakat', 'telah', 'secara', 'melalui', 'dengan', 'untuk', 'musyawarah', 'mufakat', 'dan']);
function restatesConsensus(note: string): boolean {
  return note.toLowerCase().split(/[^a-z]+/).every((w) => !w || CONSENSUS_WORDS.has(w));
}

function positionText(p: ElectionPosition, i: number, width: number) {
  const name = (id: string) => p.candidates.find((c) => c.id === id)?.name ?? '';
  const winners = p.outcome.winners.map(name).join(', ') || '-';
  const how = p.method === 'consensus'
    ? 'melalui musyawarah mufakat'
    : `melalui pemungutan suara ${p.ballot === 'secret' ? 'secara tertutup (rahasia)' : 'secara terbuka'}`;
  const note = p.method === 'consensus' && !restatesConsensus(p.agreementNote) ? ` ${p.agreementNote.trim()}` : '';
  const parts: (Paragraph | Table)[] = [heading(`${i + 1}. ${p.title}`, 2, { keepNext: true }), para(`${p.title} dipilih ${how}.${note}`)];
  p.rounds.forEach((r, k) => {
    parts.push(para(k === 0 ? 'Hasil penghitungan suara:' : `Karena terdapat perolehan suara yang sama, dilakukan pemungutan suara ulang (putaran ${k + 1}) antara calon yang memperoleh suara sama, dengan hasil:`, { spaceBeforePt: 8, keepNext: true }));
    parts.push(dataTable({
      totalWidthTwip: width, sizePt: 10,
      columns: [{ header: 'No', width: 8, align: 'center' }, { header: 'Calon', width: 62 }, { header: 'Jumlah Suara', width: 30, align: 'center' }],
      rows: [
        ...r.candidateIds.map((c, n) => [String(n + 1), name(c), String(r.tallies[c] ?? 0)]),
        ['', 'Suara tidak sah', String(r.invalid)],
        ['', 'Suara kosong/abstain', String(r.blank)],
        ['', cellParagraphs('Jumlah surat suara', { bold: true, sizePt: 10 }), cellParagraphs(String(ballotsOf(r)), { bold: true, align: 'center', sizePt: 10 })],
      ],
    }));
  });
  if (p.agreed.length && p.method === 'vote') parts.push(para(`Perolehan suara yang sama diselesaikan dengan kesepakatan: ${p.agreementNote}`));
  parts.push(para([...bold('Terpilih: '), winners], { spaceBeforePt: 6 }));
  for (const r of p.reopenLog) parts.push(para(`Catatan: hasil ini dibuka kembali pada ${formatTanggal(r.at.slice(0, 10))} dengan alasan: ${r.reason}.`));
  return parts;
}

/** "Saksi I," ... with the names entered in the meeting; two blank ones when none were. */
function witnessBlocks(names: readonly string[]) {
  const list = names.length ? names : ['', ''];
  return list.map((name, i) => ({ role: `Saksi ${romawi(i + 1)},`, name }));
}

/** What the berita acara is called, also where the minutes refer to it. */
export function electionRecordTitle(elects: ElectionTarget, bodyName: string, formsOrganisation: boolean): string {
  if (elects === 'committee') return `Berita Acara Pemilihan Ketua dan Anggota Inti ${bodyName}`;
  return formsOrganisation ? `Berita Acara Pembentukan ${bodyName} dan Pemilihan Pengurus` : `Berita Acara Pemilihan Pengurus ${bodyName}`;
}

/** The lines under BERITA ACARA, what the meeting was held for, and the heading of those elected. */
function wording(meeting: Meeting, elects: ElectionTarget, org: Organisation, committeeName: string) {
  if (elects === 'committee') {
    return { titles: ['PEMILIHAN KETUA DAN ANGGOTA INTI', committeeName.toUpperCase()], purpose: `pemilihan ketua dan anggota inti ${committeeName}`, elected: 'Ketua dan Anggota Inti Terpilih' };
  }
  if (meeting.kind === 'fgd2') {
    return { titles: [`PEMBENTUKAN ${org.name.toUpperCase()}`, 'DAN PEMILIHAN PENGURUS'], purpose: `pembentukan ${org.name} dan pemilihan pengurusnya`, elected: 'Susunan Pengurus Terpilih' };
  }
  return { titles: ['PEMILIHAN PENGURUS', org.name.toUpperCase()], purpose: `pemilihan pengurus ${org.name}`, elected: 'Pengurus Terpilih' };
}

/** Those elected in this meeting, position by position (a later meeting may since have replaced some). */
function electedTable(positions: readonly ElectionPosition[], width: number) {
  const rows = positions.flatMap((p) => p.outcome.winners.map((w) => p.candidates.find((c) => c.id === w)).filter((c) => !!c).map((c) => [p.title, c.name, c.organisation]));
  return dataTable({
    totalWidthTwip: width, sizePt: 10,
    columns: [{ header: 'No', width: 7, align: 'center' }, { header: 'Jabatan', width: 28 }, { header: 'Nama', width: 33 }, { header: 'Usaha/Instansi', width: 32 }],
    rows: rows.map((r, i) => [String(i + 1), ...r]),
  });
}

/**
 * Berita acara of an election, per DOCUMENTS.md: FGD-2 forming the organisation and electing its
 * board, a general meeting electing the board again, or a meeting electing the committee's chair
 * and main members.
 */
export async function renderElectionRecord(meeting: Meeting, election: ElectionState, org: Organisation, ctx: DocContext, witnesses: readonly string[] = [], committeeName = ''): Promise<DocumentResult> {
  const width = contentWidthTwip(ctx.paper);
  const startTime = meeting.startTime ? ` pukul ${formatWaktu(meeting.startTime, meeting.timeZone)}` : '';
  const q = election.quorum;
  const confirmed = election.positions.filter((p) => p.status === 'confirmed');
  const words = wording(meeting, election.elects, org, committeeName);
  const term = election.elects === 'board' ? org.board.find((m) => m.meetingId === meeting.id) : undefined;
  const termText = term?.termStart && term.termEnd
    ? [para(`Masa bakti pengurus terhitung sejak tanggal ${formatTanggal(term.termStart)} sampai dengan ${formatTanggal(term.termEnd)}.`, { spaceBeforePt: 8 })]
    : [];
  const name = electionRecordTitle(election.elects, election.elects === 'committee' ? committeeName : org.name, meeting.kind === 'fgd2');
  const doc = buildDocument({
    title: name,
    paper: ctx.paper,
    // The cluster's own paper: its heading, not the Dinas's letterhead.
    letterhead: ctx.cluster.heading,
    sections: [[
      title('BERITA ACARA'),
      ...words.titles.map((line) => title(line)),
      para('Nomor: ........................................', { align: 'center' }),
      blank(),
      para(`${meeting.date ? tanggalDalamKata(meeting.date) : 'Pada hari ini ........ tanggal ........'}${startTime}, bertempat di ${orDots(meeting.place)}, telah dilaksanakan ${meeting.title} dalam rangka ${words.purpose}.`, { align: 'justify' }),
      para(`Rapat dihadiri oleh ${withWords(q.present)} dari ${withWords(q.members)} anggota klaster (daftar hadir terlampir). Kuorum yang disyaratkan, yaitu ${QUORUM_WORDS[q.rule]} jumlah anggota (sekurang-kurangnya ${withWords(q.required)} orang), ${q.met ? 'telah terpenuhi' : 'tidak terpenuhi'}.`, { align: 'justify' }),
      para('Pemilihan dilakukan menurut urutan jabatan; calon yang telah terpilih pada suatu jabatan tidak dicalonkan lagi untuk jabatan berikutnya. Hasil pemilihan sebagai berikut:', { align: 'justify' }),
      ...confirmed.flatMap((p, i) => positionText(p, i, width)),
      blank(),
      heading(words.elected, 2),
      electedTable(confirmed, width),
      ...termText,
      blank(),
      // The closing sentence keeps with the chair's signature.
      para('Demikian berita acara ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana mestinya.', { align: 'justify', keepNext: true }),
      signatureColumns([
        { placeDate: `${ctx.town || '...........'}, ${meeting.date ? formatTanggal(meeting.date) : '...........'}`, role: 'Pimpinan Rapat,', name: meeting.chairName },
      ], { totalWidthTwip: width, single: 'right' }),
      para('Saksi-saksi:', { align: 'center', spaceBeforePt: 12 }),
      signatureColumns(witnessBlocks(witnesses), {
        totalWidthTwip: width,
        mengetahui: officialBlock(ctx.officials.kepalaDinas, 'Mengetahui,'),
      }),
    ]],
  });
  // FGD-2's file keeps the name it always had.
  const file = election.elects === 'board' && meeting.kind === 'fgd2' ? `Berita Acara Pembentukan ${org.name}` : name;
  return toResult(file, await renderDocx(doc));
}
