import { describe, expect, it } from 'vitest';
import { docxText, isCantSplit, tableRows, tables, unzipDocx } from '../helpers/docx';
import { electedBoard, fgd2 } from './fixtures/fgd2';

const bytesOf = (f: { base64: string }) => Buffer.from(f.base64, 'base64');

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
    // The first table is the organisation's heading.
    const rows = tableRows(tables(unzipDocx(bytesOf(file)).documentXml)[1]!);
    expect(rows).toHaveLength(1 + 4);
    expect(rows.every(isCantSplit)).toBe(true);
  });
});
