import { describe, expect, it } from 'vitest';
import { docxText, tableRows, tables, unzipDocx } from '../helpers/docx';
import { makeBackend } from './helpers';

const bytesOf = (f: { base64: string }) => Buffer.from(f.base64, 'base64');

async function withRegistry(regency = 'Kabupaten Cirebon') {
  const b = makeBackend();
  const { id: projectId } = await b.ok('projects.create', { name: 'Klaster Mebel Rotan', regency, facilitatorOffice: 'Dinas Perindustrian dan Perdagangan Kabupaten Cirebon' });
  const office = await b.ok('stakeholders.create', { projectId, name: 'Ir. Budi Santoso', organisation: 'Dinas Perindustrian dan Perdagangan', role: 'Kepala Dinas', kind: 'gov_regency' });
  const bank = await b.ok('stakeholders.create', { projectId, name: 'Dewi Lestari', organisation: 'Bank Jabar Cabang Sumber', role: 'Kepala Cabang', kind: 'bank' });
  await b.ok('organisation.update', { projectId, name: 'Paguyuban Klaster Mebel Rotan', seat: 'Desa Tegalwangi, Kecamatan Weru' });
  return { ...b, projectId, office, bank };
}

describe('the committee (CEDC)', () => {
  it('starts from a draft made from the project, for a Bupati or a Walikota', async () => {
    const { ok, projectId } = await withRegistry();
    const c = await ok('cedc.get', { projectId });
    expect(c).toMatchObject({ regionalHead: 'bupati', regionName: 'Cirebon', committeeName: 'Komite Pengembangan Ekonomi Terpadu Kabupaten Cirebon', members: [] });
    expect(c.decree.considerations.every((x) => x.startsWith('bahwa'))).toBe(true);
    // The law that formed the regency and the latest amendments are left for the facilitator.
    expect(c.decree.legalBases[0]).toBe('Undang-Undang Nomor ........ Tahun ........ tentang Pembentukan Kabupaten Cirebon sebagaimana telah diubah terakhir dengan Undang-Undang Nomor ........ Tahun ........;');
    expect(c.decree.legalBases).toContain('Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah diubah beberapa kali, terakhir dengan Undang-Undang Nomor ........ Tahun ........;');
    const city = await withRegistry('Kota Cirebon');
    expect((await city.ok('cedc.get', { projectId: city.projectId })).regionalHead).toBe('walikota');
  });

  it('keeps edits to the letter and decree, undoable, and takes members from the registry once', async () => {
    const { ok, projectId, office, bank } = await withRegistry();
    await ok('cedc.update', { projectId, letter: { number: '005/PKMR/XII/2026' }, decree: { legalBases: ['Peraturan Daerah Kabupaten Cirebon Nomor 1 Tahun 2020;'] } });
    let c = await ok('cedc.get', { projectId });
    expect(c.letter.number).toBe('005/PKMR/XII/2026');
    expect(c.letter.nature).toBe('Biasa'); // the rest of the draft is kept
    expect(c.decree.legalBases).toEqual(['Peraturan Daerah Kabupaten Cirebon Nomor 1 Tahun 2020;']);
    await ok('history.undo', { projectId });
    expect((await ok('cedc.get', { projectId })).letter.number).toBe('');

    expect((await ok('cedc.addFromRegistry', { projectId, stakeholderIds: [office.id, bank.id, office.id] })).added).toBe(2);
    expect((await ok('cedc.addFromRegistry', { projectId, stakeholderIds: [office.id] })).added).toBe(0);
    c = await ok('cedc.get', { projectId });
    await ok('cedc.updateMember', { projectId, id: c.members[0]!.id, committeePosition: 'Ketua' });
    await ok('cedc.moveMember', { projectId, id: c.members[1]!.id, toIndex: 0 });
    c = await ok('cedc.get', { projectId });
    expect(c.members.map((m) => [m.institution, m.committeePosition])).toEqual([
      ['Bank Jabar Cabang Sumber', 'Anggota'], ['Dinas Perindustrian dan Perdagangan', 'Ketua'],
    ]);
    await ok('cedc.removeMember', { projectId, id: c.members[0]!.id });
    expect((await ok('cedc.get', { projectId })).members).toHaveLength(1);
  });

  it('writes the request letter and the draft decree with its annex', async () => {
    const { ok, projectId, office } = await withRegistry();
    await ok('cedc.addFromRegistry', { projectId, stakeholderIds: [office.id] });
    const letter = docxText(bytesOf(await ok('documents.render', { projectId, kind: 'request-letter' })));
    for (const s of ['PAGUYUBAN KLASTER MEBEL ROTAN', 'Nomor', 'Sifat', 'Lampiran', 'Perihal', 'Permohonan Pembentukan Komite Pengembangan Ekonomi Terpadu',
      'Kepada Yth.', 'Bupati Cirebon', 'Tempat', 'Dengan hormat,', 'Demikian permohonan ini kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.',
      'Hormat kami,', 'Pengurus Paguyuban Klaster Mebel Rotan', 'Ketua,', 'Tembusan:', 'USULAN SUSUNAN KEANGGOTAAN']) expect(letter, s).toContain(s);

    const file = await ok('documents.render', { projectId, kind: 'decree' });
    const text = docxText(bytesOf(file));
    for (const s of ['KEPUTUSAN BUPATI CIREBON', 'NOMOR ....... TAHUN .......', 'TENTANG', 'PEMBENTUKAN KOMITE PENGEMBANGAN EKONOMI TERPADU KABUPATEN CIREBON',
      'DENGAN RAHMAT TUHAN YANG MAHA ESA', 'BUPATI CIREBON,', 'Menimbang', 'Mengingat', 'MEMUTUSKAN:', 'Menetapkan', 'KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT',
      'Keputusan ini mulai berlaku pada tanggal ditetapkan.', 'Ditetapkan di Cirebon', 'LAMPIRAN', 'SUSUNAN KEANGGOTAAN', 'Jabatan dalam Tim', 'Kepala Dinas Perindustrian dan Perdagangan'])
      expect(text, s).toContain(s);
    const parts = unzipDocx(bytesOf(file));
    expect(parts.headerXml.join('')).toContain('RANCANGAN');
    const annex = tables(parts.documentXml).find((t) => tableRows(t).length === 2 && /Jabatan dalam Tim/.test(JSON.stringify(t)));
    expect(annex).toBeDefined();
  });
});

describe('the office column of the membership annex', () => {
  it('does not repeat the word shared by the position and the institution', async () => {
    const { officeOf } = await import('../../electron/export/documents/decree');
    expect(officeOf('Kepala Dinas', 'Dinas Perindustrian dan Perdagangan')).toBe('Kepala Dinas Perindustrian dan Perdagangan');
    expect(officeOf('Kepala Cabang', 'Bank Jabar Cabang Sumber')).toBe('Kepala Cabang Bank Jabar Cabang Sumber');
    expect(officeOf('', 'Universitas Muria Kudus')).toBe('Universitas Muria Kudus');
  });
});
