import { describe, expect, it } from 'vitest';
import type { ArticlesDraft } from '../../shared/domain/articles';
import { articlesProject } from './articlesFixture';

const all = (d: ArticlesDraft) => d.chapters.flatMap((c) => c.articles.map((a) => [a.title, ...a.paragraphs.flatMap((p) => [p.rendered, ...p.points.map((x) => x.rendered)])].join('\n'))).join('\n');

describe('AD/ART generation', () => {
  it('fills the AD from the organisation, the adopted vision and the FGD-1 rules', async () => {
    const b = await articlesProject();
    const ad = await b.ok('articles.generate', { projectId: b.projectId, doc: 'ad' });
    expect(ad.chapters.map((c) => `BAB ${c.numeral} ${c.title}`)).toEqual([
      'BAB I NAMA, WAKTU DAN TEMPAT KEDUDUKAN', 'BAB II ASAS, VISI DAN MISI', 'BAB III TUJUAN DAN KEGIATAN', 'BAB IV KEANGGOTAAN',
      'BAB V SUSUNAN PENGURUS', 'BAB VI MASA BAKTI', 'BAB VII RAPAT-RAPAT', 'BAB VIII KEUANGAN', 'BAB IX PERUBAHAN ANGGARAN DASAR', 'BAB X PENUTUP',
    ]);
    const text = all(ad);
    expect(text).toContain('Organisasi ini bernama Asosiasi Klaster Rotan Cirebon');
    expect(text).toContain('didirikan pada tanggal 9 Desember 2026');
    expect(text).toContain('berkedudukan di Desa Tegalwangi, Kecamatan Weru.');
    expect(text).toContain('Visi Organisasi adalah “Rotan Cirebon mendunia”.');
    expect(ad.chapters[1]!.articles[1]!.paragraphs[1]!.points.map((p) => p.text)).toEqual(['Meningkatkan mutu produk; dan', 'Memperluas pasar ekspor.']);
    expect(text).toContain('pengrajin atau pedagang rotan yang berusaha di Kabupaten Cirebon.');
    expect(text).toContain('Pengurus Organisasi berjumlah 4 (empat) orang');
    expect(text).toContain('Anggota Pengurus sebanyak 2 (dua) orang');
    expect(text).toContain('Masa bakti Pengurus adalah 3 (tiga) tahun');
    expect(text).toContain('Tunjangan bagi Pengurus ditetapkan sebagai berikut: pengurus tidak menerima gaji');
    expect(text).toContain('sekurang-kurangnya 1 (satu) kali dalam 1 (satu) tahun');
    expect(text).toContain('lebih dari setengah jumlah anggota');
    expect(text).toContain('suara terbanyak');
    expect(text).toContain('Rapat Anggota sebagaimana dimaksud dalam Pasal 12');
    expect(text).not.toContain('[');
    expect(ad.warnings).toEqual([]);
  });

  it('fills the ART with duties per position and references that resolve', async () => {
    const b = await articlesProject();
    const art = await b.ok('articles.generate', { projectId: b.projectId, doc: 'art' });
    const text = all(art);
    expect(text).toContain('Ketua bertugas memimpin organisasi klaster dan mewakilinya ke luar.');
    expect(text).toContain('Bendahara bertugas mengelola keuangan dan pembukuan organisasi.');
    expect(text).toContain('Anggota Pengurus (2 orang) bertugas [Tugas Anggota Pengurus belum ditetapkan dalam FGD-1].');
    const iuran = art.chapters.flatMap((c) => c.articles).find((a) => a.title === 'Iuran Anggota')!;
    expect(text).toContain(`membayar iuran sebagaimana dimaksud dalam Pasal ${iuran.number};`);
    expect(art.warnings).toEqual([]);
  });

  it('puts visible placeholders where data is missing, and never invents it', async () => {
    const b = await articlesProject({ empty: true });
    const text = all(await b.ok('articles.generate', { projectId: b.projectId, doc: 'ad' }));
    for (const p of ['[Visi belum ditetapkan]', '[Misi belum ditetapkan]', '[Tempat kedudukan belum diisi]', '[Tanggal pendirian belum diisi]',
      '[Syarat keanggotaan belum ditetapkan dalam FGD-1]', '[Susunan pengurus belum ditetapkan dalam FGD-1]', '[Masa bakti belum ditetapkan]']) expect(text).toContain(p);
  });

  it('refuses to overwrite a draft unless replace, and a replace is one undo step', async () => {
    const b = await articlesProject();
    const first = await b.ok('articles.generate', { projectId: b.projectId, doc: 'ad' });
    await b.ok('articles.update', { projectId: b.projectId, id: first.chapters[0]!.id, title: 'NAMA DAN KEDUDUKAN' });
    const refused = await b.raw('articles.generate', { projectId: b.projectId, doc: 'ad' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', reason: 'articles_draft_exists' } });
    const again = await b.ok('articles.generate', { projectId: b.projectId, doc: 'ad', replace: true });
    expect(again.chapters[0]!.title).toBe('NAMA, WAKTU DAN TEMPAT KEDUDUKAN');
    await b.ok('history.undo', { projectId: b.projectId });
    expect((await b.ok('articles.get', { projectId: b.projectId, doc: 'ad' })).chapters[0]!.title).toBe('NAMA DAN KEDUDUKAN');
  });
});

describe('AD/ART versions', () => {
  it('compares article by article and authorises a version in the general meeting', async () => {
    const b = await articlesProject();
    const { projectId } = b;
    const d = await b.ok('articles.generate', { projectId, doc: 'ad' });
    const v1 = await b.ok('articles.saveVersion', { projectId, doc: 'ad', name: 'Draf FGD-2' });
    expect(v1).toMatchObject({ number: 1, name: 'Draf FGD-2', authorisedAt: null });
    const bab4 = d.chapters[3]!;
    const added = await b.ok('articles.add', { projectId, doc: 'ad', level: 'article', parentId: bab4.id, index: 1, title: 'Kartu Anggota', text: 'Setiap anggota diberi kartu.' });
    const tujuan = d.chapters[2]!.articles[0]!;
    await b.ok('articles.update', { projectId, id: tujuan.paragraphs[0]!.id, text: 'Organisasi bertujuan memajukan usaha anggota.' });
    await b.ok('articles.delete', { projectId, id: d.chapters[9]!.articles[0]!.id });
    const cmp = await b.ok('articles.compare', { projectId, beforeId: v1.id, afterId: 'current' });
    expect(cmp.changes.map((c) => [c.kind, c.before?.number ?? null, c.after?.number ?? null])).toEqual([
      ['changed', 5, 5], ['added', null, 8], ['removed', 17, null],
    ]);
    expect(cmp.changes[1]!.articleId).toBe(added.createdId);
    expect(cmp.renumbered).toBe(9); // Pasal 8..16 moved one down, their text unchanged
    const v2 = await b.ok('articles.saveVersion', { projectId, doc: 'ad', name: 'Hasil rapat' });
    expect((await b.ok('articles.compare', { projectId, beforeId: v1.id, afterId: v2.id })).changes).toHaveLength(3);

    const fgd1 = await b.raw('articles.authorise', { projectId, versionId: v2.id, meetingId: b.fgd1Id! });
    expect(fgd1).toMatchObject({ ok: false, error: { reason: 'articles_need_general_meeting' } });
    const auth = await b.ok('articles.authorise', { projectId, versionId: v2.id, meetingId: b.generalId });
    expect(auth).toMatchObject({ authorisedMeetingId: b.generalId, authorisedMeetingDate: '2027-01-20', authorisedMeetingTitle: 'Rapat Anggota Pertama' });
    const draft = await b.ok('articles.get', { projectId, doc: 'ad' });
    expect(draft).toMatchObject({ matchesAuthorised: true, authorised: { id: v2.id } });
    const record = await b.ok('meetings.get', { projectId, id: b.generalId });
    expect(record.agenda.flatMap((i) => i.decisions.map((x) => x.text))).toContain('Anggaran Dasar organisasi klaster (versi 2: Hasil rapat) disahkan oleh rapat.');
    await b.ok('articles.update', { projectId, id: tujuan.paragraphs[0]!.id, text: 'Diubah lagi.' });
    expect((await b.ok('articles.get', { projectId, doc: 'ad' })).matchesAuthorised).toBe(false);
    expect((await b.ok('articles.versions', { projectId, doc: 'ad' })).map((v) => !!v.authorisedAt)).toEqual([false, true]);
  });
});
