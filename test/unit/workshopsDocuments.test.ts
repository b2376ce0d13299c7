import { describe, expect, it } from 'vitest';
import { docxText, findAll, rowText, tableRows, tables, unzipDocx } from '../helpers/docx';
import { makeBackend } from './helpers';

const bytesOf = (f: { base64: string }) => Buffer.from(f.base64, 'base64');
const THEMES = ['Bahan baku', 'Pemasaran', 'Modal', 'Desain', 'Mutu', 'Pelatihan', 'Kemitraan', 'Promosi'];

/** SCENARIO step 5: 60 cards in 8 themes, 3 dots each counted from the wall, a short list of 4. */
async function masalahUtama() {
  const b = makeBackend();
  const { id: projectId } = await b.ok('projects.create', { name: 'Klaster Mebel Rotan', regency: 'Kabupaten Cirebon' });
  await b.ok('letterhead.set', { projectId, institution: 'Pemerintah Kabupaten Cirebon', subInstitution: 'Dinas Perindustrian dan Perdagangan', address: 'Jl. Sunan Kalijaga No. 7, Sumber' });
  const w = await b.ok('workshops.create', {
    projectId, theme: 'Masalah utama klaster', date: '2026-11-11', place: 'Balai Desa Tegalwangi', facilitator: 'Ratna Sari',
    participantNames: ['H. Sukardi', 'Bu Wati', 'Pak Darto'],
  });
  const groups = [];
  for (const name of THEMES) groups.push(await b.ok('groups.create', { projectId, workshopId: w.id, name }));
  for (let i = 0; i < 60; i++) {
    const author = i % 3 === 0 ? { authorParticipantId: w.participants[i % 2]!.id } : i % 3 === 1 ? { authorName: 'Pak Joko' } : {};
    await b.ok('cards.create', { projectId, workshopId: w.id, text: `Masalah nomor ${i + 1}`, groupId: groups[i % 8]!.id, ...author });
  }
  for (const [i, dots] of [9, 7, 7, 5, 5, 3, 0, 0].entries()) {
    if (dots) await b.ok('votes.set', { projectId, workshopId: w.id, targetType: 'group', targetId: groups[i]!.id, participantId: null, dots });
  }
  await b.ok('workshops.update', { projectId, id: w.id, cutLine: 4 });
  return { ...b, projectId, w, groups };
}

describe('workshop results document', () => {
  it('has the header, the rules, the cards by group with authors, the votes and the short list with ties marked', async () => {
    const { ok, projectId, w } = await masalahUtama();
    const file = await ok('documents.render', { projectId, kind: 'workshop-results', workshopId: w.id });
    expect(file.fileName).toBe('Hasil Lokakarya Masalah utama klaster 2026-11-11.docx');
    const text = docxText(bytesOf(file));
    for (const s of [
      'PEMERINTAH KABUPATEN CIREBON', 'HASIL LOKAKARYA', 'MASALAH UTAMA KLASTER', 'Rabu, 11 November 2026', 'Balai Desa Tegalwangi',
      'Ratna Sari', '3 orang', 'Pemungutan suara dengan titik (3 titik per peserta)', 'Aturan Curah Pendapat',
      'Tidak ada kritik: setiap gagasan diterima tanpa dinilai.', 'Kartu per Kelompok', '1. Bahan baku (9 titik)',
      '1\tMasalah nomor 1\tH. Sukardi\t\n', '2\tMasalah nomor 9\t-\t\n', '3\tMasalah nomor 17\tPak Joko\t\n', '\tNilai kelompok\t\t9 titik', 'Masalah nomor 4\tBu Wati', 'Hasil Pemungutan Suara',
      '2=\tPemasaran\t7 titik\tYa', '4=\tDesain\t5 titik\tYa (seri di batas)', 'Daftar pendek: 4 besar, 5 tema.',
      'Catatan: terdapat nilai sama (seri)', 'Cirebon, 11 November 2026', 'Fasilitator,',
    ]) expect(text, s).toContain(s);
    expect(text).toMatch(/Masalah nomor 3\t-\t\n/); // anonymous card: no author; groups were voted, not cards
    expect(text).not.toContain('Analisis SWOT');
    // The ranking table: header + 8 themes, the two unvoted ones without a rank.
    const ranking = tables(unzipDocx(bytesOf(file)).documentXml).find((t) => rowText(tableRows(t)[0]!).startsWith('Peringkat'))!;
    expect(tableRows(ranking).map(rowText).slice(-2)).toEqual(['-\tKemitraan\t-\t-', '-\tPromosi\t-\t-']);
  });

  it('puts a SWOT into a 2x2 table and leaves unrevealed cards out', async () => {
    const b = makeBackend();
    const { id: projectId } = await b.ok('projects.create', { name: 'Klaster Mebel Rotan' });
    const w = await b.ok('workshops.create', { projectId, template: 'swot', theme: 'SWOT klaster rotan' });
    const [s, wk, o, t] = w.groups;
    const put = (groupId: string, text: string, hidden = false) => b.ok('cards.create', { projectId, workshopId: w.id, groupId, text, hidden });
    await put(s!.id, 'Pengrajin terampil turun-temurun');
    await put(s!.id, 'Dekat sumber rotan');
    await put(wk!.id, 'Desain meniru');
    await put(o!.id, 'Permintaan ekspor naik');
    await put(t!.id, 'Produk plastik murah', true);
    const rude = await b.ok('cards.create', { projectId, workshopId: w.id, text: 'Kartu tidak sopan' });
    await b.ok('cards.update', { projectId, id: rude.id, withheld: true });
    const file = await b.ok('documents.render', { projectId, kind: 'workshop-results', workshopId: w.id });
    const swot = tables(unzipDocx(bytesOf(file)).documentXml).find((x) => rowText(tableRows(x)[0]!).includes('Kekuatan'))!;
    const rows = tableRows(swot);
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => findAll(r, 'w:tc').length)).toEqual([2, 2]);
    expect(rowText(rows[0]!)).toBe('Kekuatan (Strengths) 1. Pengrajin terampil turun-temurun 2. Dekat sumber rotan\tKelemahan (Weaknesses) 1. Desain meniru');
    expect(rowText(rows[1]!)).toBe('Peluang (Opportunities) 1. Permintaan ekspor naik\tAncaman (Threats) -');
    const text = docxText(bytesOf(file));
    expect(text).toContain('1 kartu yang belum dibuka tidak dicantumkan.');
    expect(text).not.toContain('Produk plastik murah');
    expect(text).toContain('1 kartu yang disembunyikan fasilitator tidak dicantumkan.');
    expect(text).not.toContain('Kartu tidak sopan');
    expect(text).toContain('Batas daftar pendek belum ditetapkan.');
  });

  it('refuses a results document without a workshop', async () => {
    const b = makeBackend();
    const { id: projectId } = await b.ok('projects.create', { name: 'Klaster' });
    expect(await b.raw('documents.render', { projectId, kind: 'workshop-results' })).toMatchObject({ ok: false, error: { reason: 'document_needs' } });
  });
});

describe('cards CSV', () => {
  it('lists every card for Excel: BOM, ";" separated, group, author, dots', async () => {
    const { ok, projectId, w, groups } = await masalahUtama();
    await ok('cards.create', { projectId, workshopId: w.id, text: 'Harga; ongkos "kirim" mahal' });
    await ok('votes.set', { projectId, workshopId: w.id, targetType: 'card', targetId: (await ok('cards.list', { projectId, workshopId: w.id }))[1]!.id, participantId: null, dots: 2 });
    const file = await ok('workshops.exportCards', { projectId, id: w.id });
    expect(file).toMatchObject({ fileName: 'kartu-masalah-utama-klaster.csv', mimeType: 'text/csv' });
    const csv = bytesOf(file).toString('utf8');
    expect(csv.startsWith('\uFEFFno;kelompok;kartu;penulis;warna;tersembunyi;titik;kepentingan;kelayakan;nilai\r\n')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 61);
    expect(lines[1]).toBe('1;;"Harga; ongkos ""kirim"" mahal";;Kuning;Tidak;0;;;');
    expect(lines[2]).toBe(`2;${groups[0]!.name};Masalah nomor 1;H. Sukardi;Kuning;Tidak;2;;;`);
  });
});
