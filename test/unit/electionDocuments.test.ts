import { describe, expect, it } from 'vitest';
import { docxText, isCantSplit, tableRows, tables, unzipDocx } from '../helpers/docx';
import { fgd2 } from './fixtures/fgd2';

const bytesOf = (f: { base64: string }) => Buffer.from(f.base64, 'base64');

/** The chair by secret ballot with a run-off (18-18, then 21-19); the rest by consensus. */
async function electedBoard() {
  const b = await fgd2();
  const { ok, projectId, meetingId, state, attendees } = b;
  await ok('meetings.update', { projectId, id: meetingId, place: 'Balai Desa Tegalwangi', chairName: 'H. Sukardi' });
  await ok('organisation.update', { projectId, name: 'Paguyuban Klaster Mebel Rotan', seat: 'Desa Tegalwangi, Kecamatan Weru' });
  const [chair, vice, members] = state.positions as [typeof state.positions[0], typeof state.positions[0], typeof state.positions[0]];
  await ok('election.addCandidate', { projectId, positionId: chair.id, attendeeId: attendees[0]!.id });
  const p = await ok('election.addCandidate', { projectId, positionId: chair.id, attendeeId: attendees[1]!.id });
  const [a, c] = p.candidates.map((x) => x.id) as [string, string];
  await ok('election.tally', { projectId, positionId: chair.id, tallies: { [a]: 18, [c]: 18 }, invalid: 2, blank: 3 });
  await ok('election.tally', { projectId, positionId: chair.id, tallies: { [a]: 21, [c]: 19 } });
  await ok('election.confirm', { projectId, positionId: chair.id });
  for (const [pos, people] of [[vice, [1]], [members, [2, 3]]] as const) {
    await ok('election.updatePosition', { projectId, positionId: pos.id, method: 'consensus' });
    let q;
    for (const i of people) q = await ok('election.addCandidate', { projectId, positionId: pos.id, attendeeId: attendees[i]!.id });
    await ok('election.consensus', { projectId, positionId: pos.id, candidateIds: q!.candidates.map((x) => x.id), note: 'Disepakati secara musyawarah mufakat.' });
    await ok('election.confirm', { projectId, positionId: pos.id });
  }
  await ok('organisation.announce', { projectId, meetingId });
  return b;
}

describe('berita acara', () => {
  it('states the date in words, attendance and quorum, each position with method and tallies, the board, closing and signatures', async () => {
    const { ok, projectId, meetingId } = await electedBoard();
    const file = await ok('documents.render', { projectId, kind: 'election-record', meetingId });
    const text = docxText(bytesOf(file));
    for (const s of [
      'BERITA ACARA', 'PEMBENTUKAN PAGUYUBAN KLASTER MEBEL ROTAN', 'DAN PEMILIHAN PENGURUS',
      'Pada hari ini Rabu tanggal sembilan bulan Desember tahun dua ribu dua puluh enam, bertempat di Balai Desa Tegalwangi',
      '41 (empat puluh satu) dari 52 (lima puluh dua) anggota klaster', 'lebih dari separuh', '27 (dua puluh tujuh) orang', 'telah terpenuhi',
      'Ketua dipilih melalui pemungutan suara secara tertutup (rahasia).', 'Suara tidak sah\t2', 'Suara kosong/abstain\t3',
      'dilakukan pemungutan suara ulang (putaran 2)', 'Wakil Ketua dipilih melalui musyawarah mufakat.', 'Susunan Pengurus Terpilih',
      'sejak tanggal 9 Desember 2026 sampai dengan 9 Desember 2029',
      'Demikian berita acara ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana mestinya.',
      'Pimpinan Rapat,', 'Saksi-saksi:', 'Saksi I,', 'Saksi II,', 'Mengetahui,', 'H. Sukardi',
    ]) expect(text, s).toContain(s);
    expect(text).toMatch(/Anggota 01\t21/);
  });

  it('and the board list as its own document', async () => {
    const { ok, projectId } = await electedBoard();
    const file = await ok('documents.render', { projectId, kind: 'board-list' });
    const text = docxText(bytesOf(file));
    expect(text).toContain('SUSUNAN PENGURUS');
    expect(text).toContain('MASA BAKTI 2026 - 2029');
    expect(text).toContain('Sekretariat: Desa Tegalwangi, Kecamatan Weru');
    const rows = tableRows(tables(unzipDocx(bytesOf(file)).documentXml)[0]!);
    expect(rows).toHaveLength(1 + 4);
    expect(rows.every(isCantSplit)).toBe(true);
  });
});
