// Documents ready to sign, their bodies: each paper as the regency office would sign it. Read
// from the .docx XML (keep-with-next, rows that never split, real numbering), and where
// LibreOffice is installed, page by page from the PDF: a signature block shares its page with
// the text before it.
import { describe, expect, it } from 'vitest';
import { child, docxText, findAll, isCantSplit, rowText, tableRows, tables, unzipDocx } from '../helpers/docx';
import { articlesProject } from './articlesFixture';
import { electedBoard } from './fixtures/fgd2';
import { hasSoffice, bytesOf, keep, paragraphs, numberingTexts, pdfPages, pageOf, fgd1, committee, squash } from './fixtures/documentsReady';
import { makeBackend } from './helpers';

describe('minutes', () => {
  it('FGD-1 prints the draft rules and the mission as nested lists under their items, without version labels', async () => {
    const { ok, projectId, meetingId } = await fgd1();
    const file = await ok('documents.render', { projectId, kind: 'minutes', meetingId });
    keep(file);
    const { documentXml, numberingXml } = unzipDocx(bytesOf(file));
    const text = docxText(documentXml);
    expect(text).not.toMatch(/\(versi \d/);
    expect(text).toMatch(/1\. Konfirmasi visi dan misi[^\n]*\nKesimpulan\/Keputusan:\nVisi dan misi klaster disepakati dan ditetapkan sebagai berikut:\nVisi: “Menjadi sentra mebel rotan unggulan”\.\nMisi:\nMeningkatkan mutu produk\.\nMemperluas pasar ekspor\./);
    expect(text).toMatch(/3\. Penyusunan draf aturan klaster[^\n]*\nKesimpulan\/Keputusan:\nRancangan aturan organisasi klaster disepakati sebagai berikut:\nJumlah pengurus 3 \(tiga\) orang, terdiri atas:\nPembina: 1 \(satu\) orang;/);
    for (const s of ['Tugas pengurus:', 'Ketua: Memimpin organisasi klaster.', 'Masa bakti pengurus 3 (tiga) tahun.', 'Tunjangan pengurus: Pengurus tidak menerima gaji.',
      'Syarat keanggotaan: Pengrajin atau pedagang rotan yang berusaha di Kabupaten Cirebon.']) expect(text, s).toContain(s);
    const ps = paragraphs(documentXml);
    const lists = numberingTexts(numberingXml);
    const at = (t: string) => ps.find((p) => p.text === t)!;
    // The missions are the third level (1), 2)) under "Misi:" (b.), under the decision (1.).
    expect([at('Visi dan misi klaster disepakati dan ditetapkan sebagai berikut:').level, at('Misi:').level, at('Memperluas pasar ekspor.').level]).toEqual([0, 1, 2]);
    expect(lists.get(at('Misi:').numId!)).toBe('%1.');
    // Headings and labels keep with their text; an item with nothing decided prints no "-".
    expect(at('1. Konfirmasi visi dan misi pengembangan klaster').keepNext).toBe(true);
    expect(ps.filter((p) => p.text === 'Kesimpulan/Keputusan:').every((p) => p.keepNext)).toBe(true);
    expect(ps.some((p) => p.text === '-')).toBe(false);
    expect(text).toMatch(/2\. Penetapan perwakilan pelaksana[^\n]*\n3\. /);
  });

  it('an AD/ART authorisation goes under the rules item, not under "Rencana anggaran"', async () => {
    const b = await articlesProject();
    await b.ok('articles.generate', { projectId: b.projectId, doc: 'ad' });
    const v = await b.ok('articles.saveVersion', { projectId: b.projectId, doc: 'ad', name: 'Hasil rapat' });
    await b.ok('articles.authorise', { projectId: b.projectId, versionId: v.id, meetingId: b.generalId });
    const record = await b.ok('meetings.get', { projectId: b.projectId, id: b.generalId });
    const holder = record.agenda.find((i) => i.decisions.some((d) => d.text.startsWith('Anggaran Dasar')))!;
    expect(holder.title).toBe('Pengesahan draf aturan klaster');
    const text = docxText(bytesOf(await b.ok('documents.render', { projectId: b.projectId, kind: 'minutes', meetingId: b.generalId })));
    expect(text).toMatch(/1\. Pengesahan draf aturan klaster\nKesimpulan\/Keputusan:\nAnggaran Dasar organisasi klaster disahkan oleh rapat\.\n2\. Jadwal kegiatan/);
    expect(text).not.toContain('Hasil rapat');
  });

  it('an AD/ART authorisation filed under the budget by an older version moves to its item in print', async () => {
    const b = await articlesProject();
    const record = await b.ok('meetings.get', { projectId: b.projectId, id: b.generalId });
    const budget = record.agenda.find((i) => i.title === 'Rencana anggaran')!;
    await b.ok('articles.generate', { projectId: b.projectId, doc: 'ad' });
    const v = await b.ok('articles.saveVersion', { projectId: b.projectId, doc: 'ad', name: 'Hasil rapat' });
    await b.ok('articles.authorise', { projectId: b.projectId, versionId: v.id, meetingId: b.generalId });
    // As an older version wrote it: under "Rencana anggaran", with its label.
    const written = (await b.ok('meetings.get', { projectId: b.projectId, id: b.generalId })).agenda.flatMap((i) => i.decisions)[0]!;
    await b.ok('decisions.delete', { projectId: b.projectId, id: written.id });
    await b.ok('decisions.add', { projectId: b.projectId, agendaItemId: budget.id, text: 'Anggaran Dasar organisasi klaster (versi 1: Hasil rapat) disahkan oleh rapat.' });
    const text = docxText(bytesOf(await b.ok('documents.render', { projectId: b.projectId, kind: 'minutes', meetingId: b.generalId })));
    expect(text).toMatch(/1\. Pengesahan draf aturan klaster\nKesimpulan\/Keputusan:\nAnggaran Dasar organisasi klaster disahkan oleh rapat\./);
    expect(text).toMatch(/3\. Rencana anggaran\n4\. /);
  });

  it('FGD-2 prints the quorum, the votes per position and a reference to the berita acara', async () => {
    const { ok, projectId, meetingId } = await electedBoard();
    const file = await ok('documents.render', { projectId, kind: 'minutes', meetingId });
    keep(file);
    const text = docxText(bytesOf(file));
    for (const s of [
      'Rapat dihadiri oleh 41 (empat puluh satu) dari 52 (lima puluh dua) anggota klaster; kuorum lebih dari separuh jumlah anggota (sekurang-kurangnya 27 (dua puluh tujuh) orang) telah terpenuhi.',
      'Ketua: Anggota 01, melalui pemungutan suara (putaran 1: Anggota 01 18, Anggota 02 18, tidak sah 2, kosong 3; putaran 2: Anggota 01 21, Anggota 02 19).',
      'Wakil Ketua: Anggota 02, melalui musyawarah mufakat.',
      'selengkapnya dituangkan dalam Berita Acara Pembentukan Paguyuban Klaster Mebel Rotan dan Pemilihan Pengurus.',
    ]) expect(text, s).toContain(s);
    expect(text).toMatch(/1\. Pemilihan anggota pengurus[^\n]*\nKesimpulan\/Keputusan:\nRapat dihadiri/);
  });
});

describe('berita acara', () => {
  it('totals the ballots of each round, says the attendance list is attached, and says consensus once', async () => {
    const { ok, projectId, meetingId } = await electedBoard();
    const file = await ok('documents.render', { projectId, kind: 'election-record', meetingId });
    keep(file);
    const { documentXml } = unzipDocx(bytesOf(file));
    const tallies = tables(documentXml).filter((t) => rowText(tableRows(t)[0]!).includes('Jumlah Suara'));
    expect(tallies).toHaveLength(2);
    expect(tallies.map((t) => rowText(tableRows(t).at(-1)!))).toEqual(['\tJumlah surat suara\t41', '\tJumlah surat suara\t40']);
    const text = docxText(documentXml);
    expect(text).toContain('anggota klaster (daftar hadir terlampir).');
    expect(text).toContain('Wakil Ketua dipilih melalui musyawarah mufakat.\n');
    expect(text).not.toMatch(/musyawarah mufakat\. Disepakati/);
  });
});

describe('board list', () => {
  it('heads the board with the Pembina the rules define, and gives each member a contact', async () => {
    const { ok, projectId, meetingId } = await electedBoard();
    const fgd1Id = (await ok('meetings.list', { projectId })).find((m) => m.kind === 'fgd1')!.id;
    const rules = await ok('rules.get', { projectId, meetingId: fgd1Id });
    await ok('rules.set', { projectId, meetingId: fgd1Id, positions: [{ key: 'custom', title: 'Penasihat', count: 2, duties: '' }, ...rules.positions] });
    const record = await ok('meetings.get', { projectId, id: meetingId });
    await ok('attendees.update', { projectId, id: record.attendees[0]!.id, phone: '0812 1111 2222' });
    const file = await ok('documents.render', { projectId, kind: 'board-list' });
    keep(file);
    const board = tables(unzipDocx(bytesOf(file)).documentXml).find((t) => rowText(tableRows(t)[0]!).startsWith('No\tJabatan'))!;
    const rows = tableRows(board).map(rowText);
    expect(rows[0]).toBe('No\tJabatan\tNama\tUsaha/Instansi\tKontak (No. HP)');
    expect(rows.slice(1, 3)).toEqual(['1\tPenasihat\t........................\t\t', '2\tPenasihat\t........................\t\t']);
    expect(rows[3]).toMatch(/^3\tKetua\tAnggota 01\t.*\t0812 1111 2222$/);
    expect(rows).toHaveLength(1 + 2 + 4);
    void meetingId;
  });
});

describe('attendance list', () => {
  it('names the meeting as Acara, counts who came, marks walk-ins, and is signed by the chair', async () => {
    const { ok, projectId, meetingId } = await fgd1(3);
    const file = await ok('documents.render', { projectId, kind: 'attendance', meetingId, variant: 'after' });
    keep(file);
    const text = docxText(bytesOf(file));
    expect(text).toContain('Acara\t:\tFocus Group Discussion (FGD) 1');
    expect(text).toContain('Pak Joko *');
    expect(text).toContain('* Hadir tanpa undangan.');
    expect(text).toMatch(/Jumlah hadir: 4 orang\n[^]*Cirebon, 25 November 2026[^]*Pimpinan Rapat,[^]*H\. Sukardi/);
    const ps = paragraphs(unzipDocx(bytesOf(file)).documentXml);
    expect(ps.find((p) => p.text === 'Jumlah hadir: 4 orang')!.keepNext).toBe(true);
    const before = docxText(bytesOf(await ok('documents.render', { projectId, kind: 'attendance', meetingId, variant: 'before', blankRows: 2 })));
    expect(before).toContain('Jumlah hadir: ........ orang');
  });

  it('turns landscape when the columns need it, each column as wide as its longest word, the signature column at least 4 cm', async () => {
    const { ok, projectId, meetingId } = await fgd1(3);
    const { documentXml } = unzipDocx(bytesOf(await ok('documents.render', { projectId, kind: 'attendance', meetingId, variant: 'after' })));
    expect(documentXml).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
    const grid = findAll(tables(documentXml).find((t) => rowText(tableRows(t)[0]!).includes('Tanda Tangan'))!, 'w:gridCol').map((g) => Number(g.attrs['w:w']));
    expect(grid).toHaveLength(7);
    expect(grid[6]).toBeGreaterThanOrEqual(2268); // 4 cm
    expect(grid[5]).toBeGreaterThanOrEqual(Math.ceil('0812-3456-7890'.length * 9 * 0.62 * 20)); // the phone on one line
    // Without phone numbers and long names the list fits a portrait page.
    const b = makeBackend();
    const { id: p2 } = await b.ok('projects.create', { name: 'Klaster Tahu' });
    const m = await b.ok('meetings.create', { projectId: p2, kind: 'kickoff' });
    await b.ok('attendees.add', { projectId: p2, meetingId: m.id, name: 'Bu Wati', walkIn: false });
    const portrait = unzipDocx(bytesOf(await b.ok('documents.render', { projectId: p2, kind: 'attendance', meetingId: m.id, variant: 'before' }))).documentXml;
    expect(portrait).not.toContain('w:orient="landscape"');
  });
});

describe('vision and mission', () => {
  it('keeps the last mission, the adoption line and the signature together', async () => {
    const { ok, projectId } = await fgd1(1);
    const file = await ok('documents.render', { projectId, kind: 'vision-mission' });
    keep(file);
    const ps = paragraphs(unzipDocx(bytesOf(file)).documentXml);
    const from = ps.findIndex((p) => p.text === 'Memperluas pasar ekspor');
    const to = ps.findIndex((p, i) => i > from && /^Ketua .*Klaster Mebel Rotan,$/.test(p.text));
    expect(from).toBeGreaterThan(0);
    expect(to).toBeGreaterThan(from);
    // The empty paragraphs are the blank cell beside the block and its top margin.
    expect(ps.slice(from, to + 1).filter((p) => p.text).every((p) => p.keepNext)).toBe(true);
  });
});

describe('AD/ART', () => {
  it('numbers BAB and Pasal with Word lists that never restart, with the numbers the app derives', async () => {
    const b = await articlesProject();
    await b.ok('articles.generate', { projectId: b.projectId, doc: 'ad' });
    const file = await b.ok('documents.render', { projectId: b.projectId, kind: 'articles' });
    keep(file);
    const { documentXml, numberingXml } = unzipDocx(bytesOf(file));
    const lists = numberingTexts(numberingXml);
    const ps = paragraphs(documentXml);
    const babs = ps.filter((p) => p.numId && lists.get(p.numId) === 'BAB %1');
    const pasals = ps.filter((p) => p.numId && lists.get(p.numId) === 'Pasal %1');
    expect(babs).toHaveLength(10);
    expect(pasals).toHaveLength(17);
    // One list each: the office inserting a Pasal in Word renumbers every later one.
    expect(new Set(pasals.map((p) => p.numId)).size).toBe(1);
    expect(new Set(babs.map((p) => p.numId)).size).toBe(1);
    expect(pasals.every((p) => p.style === 'Heading2' && p.keepNext && p.text === '')).toBe(true);
    expect(numberingXml).toMatch(/<w:numFmt w:val="upperRoman"\/>(?:(?!<\/w:lvl>).)*<w:lvlText w:val="BAB %1"\/>/s);
    // Cross-references keep the numbers derived in the app.
    expect(docxText(documentXml)).toContain('Rapat Anggota sebagaimana dimaksud dalam Pasal 12,');
    // The last Pasal goes with the signature block.
    expect(ps.find((p) => p.text === 'Anggaran Dasar ini mulai berlaku sejak tanggal ditetapkan.')!.keepNext).toBe(true);
  });

  it('prints no empty ayat, no raw reference markers, and generated articles as sentences', async () => {
    const b = await articlesProject();
    let draft = await b.ok('articles.generate', { projectId: b.projectId, doc: 'ad' });
    draft = await b.ok('articles.get', { projectId: b.projectId, doc: 'ad' });
    const chapter = draft.chapters[0]!;
    // A Pasal added without text, and an ayat left empty in front of a written one.
    draft = await b.ok('articles.add', { projectId: b.projectId, doc: 'ad', level: 'article', parentId: chapter.id, title: 'Lambang' });
    const lambang = draft.chapters[0]!.articles.find((a) => a.title === 'Lambang')!;
    draft = await b.ok('articles.add', { projectId: b.projectId, doc: 'ad', level: 'article', parentId: chapter.id, title: 'Atribut' });
    const atribut = draft.chapters[0]!.articles.find((a) => a.title === 'Atribut')!;
    await b.ok('articles.add', { projectId: b.projectId, doc: 'ad', level: 'paragraph', parentId: atribut.id, text: 'Atribut diatur sesuai ⟦Pasal 1⟧.' });
    const file = await b.ok('documents.render', { projectId: b.projectId, kind: 'articles' });
    const { documentXml } = unzipDocx(bytesOf(file));
    const ps = paragraphs(documentXml);
    const lambangAt = ps.findIndex((p) => p.text === 'Lambang');
    expect(ps[lambangAt + 1]!.text).toBe(''); // the next Pasal's numbered heading
    expect(ps[lambangAt + 2]!.text).toBe('Atribut');
    // The empty ayat is gone: "Atribut ..." is the Pasal's only paragraph, unnumbered.
    expect(ps[lambangAt + 3]).toMatchObject({ text: 'Atribut diatur sesuai Pasal 1.', numId: undefined });
    expect(ps.some((p) => p.numId && p.text.trim() === '' && p.style !== 'Heading1' && p.style !== 'Heading2')).toBe(false);
    const text = docxText(documentXml);
    expect(text).not.toContain('⟦');
    expect(text).toContain('Yang dapat menjadi anggota Organisasi adalah pengrajin atau pedagang rotan yang berusaha di Kabupaten Cirebon.');
    expect(text).toContain('Tunjangan bagi Pengurus ditetapkan sebagai berikut: pengurus tidak menerima gaji;');
    expect(text).not.toMatch(/Syarat keanggotaan:|Tunjangan Pengurus:/);
    void lambang;
    await b.ok('articles.generate', { projectId: b.projectId, doc: 'art' });
    const art = docxText(bytesOf(await b.ok('documents.render', { projectId: b.projectId, kind: 'bylaws' })));
    expect(art).toContain('Ketua bertugas memimpin organisasi klaster dan mewakilinya ke luar.');
    expect(art).not.toMatch(/bertugas:/);
  });
});

describe('request letter and decree', () => {
  it('the letter keeps its closing with the signature, and its annex cites the letter number and date', async () => {
    const { ok, projectId } = await committee();
    const file = await ok('documents.render', { projectId, kind: 'request-letter' });
    keep(file);
    const { documentXml } = unzipDocx(bytesOf(file));
    const ps = paragraphs(documentXml);
    expect(ps.find((p) => p.text.startsWith('Demikian permohonan ini'))!.keepNext).toBe(true);
    expect(ps.find((p) => p.text === 'Tembusan:')!.keepNext).toBe(true);
    const annex = tables(documentXml).find((t) => rowText(tableRows(t)[0]!).startsWith('LAMPIRAN'))!;
    expect(tableRows(annex).map(rowText).slice(0, 3)).toEqual(['LAMPIRAN\t:\tSURAT PERMOHONAN', 'NOMOR\t:\t005/PKMR/XII/2026', 'TANGGAL\t:\t14 Desember 2026']);
    expect(child(child(annex, 'w:tblPr')!, 'w:jc')?.attrs['w:val']).toBe('right');
  });

  it('the decree annex block sits top right, wide enough for its fixed lines, and Mengingat leaves the laws to complete', async () => {
    const { ok, projectId } = await committee();
    const file = await ok('documents.render', { projectId, kind: 'decree' });
    keep(file);
    const { documentXml } = unzipDocx(bytesOf(file));
    const annex = tables(documentXml).find((t) => rowText(tableRows(t)[0]!).startsWith('LAMPIRAN'))!;
    expect(child(child(annex, 'w:tblPr')!, 'w:jc')?.attrs['w:val']).toBe('right');
    const [, , value] = findAll(annex, 'w:gridCol').map((g) => Number(g.attrs['w:w']));
    expect(value!).toBeGreaterThanOrEqual(Math.ceil('KEPUTUSAN BUPATI CIREBON'.length * 12 * 0.72 * 20));
    const text = docxText(documentXml);
    expect(text).toContain('Undang-Undang Nomor ........ Tahun ........ tentang Pembentukan Kabupaten Cirebon sebagaimana telah diubah terakhir dengan Undang-Undang Nomor ........ Tahun ........;');
    expect(text).toContain('Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah diubah beberapa kali, terakhir dengan');
    // Menimbang, Mengingat, Menetapkan and the dictums share one label and colon column.
    const grids = tables(documentXml).filter((t) => /Menimbang|KESATU/.test(rowText(tableRows(t)[0]!)) || rowText(tableRows(t)[0]!).startsWith('Menetapkan'))
      .map((t) => findAll(t, 'w:gridCol').map((g) => g.attrs['w:w']).join(','));
    expect(grids.length).toBeGreaterThanOrEqual(2);
    expect(new Set(grids).size).toBe(1);
  });
});

describe('workshop results', () => {
  it('SWOT rows never split, and group votes fill the dots column', async () => {
    const b = makeBackend();
    const { id: projectId } = await b.ok('projects.create', { name: 'Klaster Mebel Rotan' });
    const swot = await b.ok('workshops.create', { projectId, template: 'swot', theme: 'SWOT klaster rotan' });
    await b.ok('cards.create', { projectId, workshopId: swot.id, groupId: swot.groups[0]!.id, text: 'Pengrajin terampil' });
    const swotXml = unzipDocx(bytesOf(await b.ok('documents.render', { projectId, kind: 'workshop-results', workshopId: swot.id }))).documentXml;
    const quadrants = tables(swotXml).find((x) => rowText(tableRows(x)[0]!).includes('Kekuatan'))!;
    expect(tableRows(quadrants).every(isCantSplit)).toBe(true);

    const w = await b.ok('workshops.create', { projectId, theme: 'Masalah utama' });
    const g = await b.ok('groups.create', { projectId, workshopId: w.id, name: 'Bahan baku' });
    await b.ok('cards.create', { projectId, workshopId: w.id, text: 'Rotan mahal', groupId: g.id });
    await b.ok('votes.set', { projectId, workshopId: w.id, targetType: 'group', targetId: g.id, participantId: null, dots: 9 });
    const file = await b.ok('documents.render', { projectId, kind: 'workshop-results', workshopId: w.id });
    keep(file);
    const cards = tables(unzipDocx(bytesOf(file)).documentXml).find((x) => tableRows(x).some((r) => rowText(r).includes('Rotan mahal')))!;
    expect(tableRows(cards).map(rowText)).toEqual(['No\tKartu\tPenulis\tTitik/Nilai', '1\tRotan mahal\t-\t', '\tNilai kelompok\t\t9 titik']);
    expect(paragraphs(unzipDocx(bytesOf(file)).documentXml).find((p) => p.text.startsWith('Demikian hasil lokakarya'))!.keepNext).toBe(true);
  });
});

describe('on paper (LibreOffice)', () => {
  it.skipIf(!hasSoffice)('every signature block shares its page with the text before it', async () => {
    const first = await fgd1(40);
    const vision = await first.ok('documents.render', { projectId: first.projectId, kind: 'vision-mission' });
    const visionPages = pdfPages(vision);
    expect(pageOf(visionPages, /Ketua .*Klaster Mebel Rotan,/)).toBe(pageOf(visionPages, 'Ditetapkan dalam Focus Group Discussion'));

    // A long mission list: whatever the page break, the adoption line and the signature move together.
    const pageCounts: number[] = [];
    for (const count of [16, 18, 20]) {
      const missions = Array.from({ length: count }, (_, i) => `Misi nomor ${i + 1}: meningkatkan mutu, desain dan pemasaran produk rotan anggota klaster secara bersama`);
      const long = await first.ok('vision.create', { projectId: first.projectId, vision: 'Menjadi sentra mebel rotan unggulan', missions });
      await first.ok('vision.adopt', { projectId: first.projectId, id: long.id, meetingId: first.meetingId });
      const pages = pdfPages(await first.ok('documents.render', { projectId: first.projectId, kind: 'vision-mission' }));
      expect(pageOf(pages, /Ketua .*Klaster Mebel Rotan,/), `${count} missions`).toBe(pageOf(pages, 'Ditetapkan dalam Focus Group Discussion'));
      expect(pageOf(pages, 'Ditetapkan dalam Focus Group Discussion')).toBe(pageOf(pages, `Misi nomor ${count}:`));
      pageCounts.push(pages.length);
    }
    expect(Math.max(...pageCounts)).toBeGreaterThan(1);

    const list = await first.ok('documents.render', { projectId: first.projectId, kind: 'attendance', meetingId: first.meetingId, variant: 'after' });
    const listPages = pdfPages(list);
    expect(listPages.length).toBeGreaterThan(1);
    expect(pageOf(listPages, 'Pimpinan Rapat,')).toBe(pageOf(listPages, 'Jumlah hadir: 41 orang'));
    // No village or phone broken mid-word.
    expect(squash(listPages.join(' ')).match(/0812-3456-7890/g)).toHaveLength(40);
    expect(squash(listPages.join(' ')).match(/Tegalwangi/g)!.length).toBeGreaterThanOrEqual(40);

    const minutes = await first.ok('documents.render', { projectId: first.projectId, kind: 'minutes', meetingId: first.meetingId });
    const minutesPages = pdfPages(minutes);
    expect(pageOf(minutesPages, 'Pimpinan Rapat,')).toBe(pageOf(minutesPages, 'Demikian notulen rapat ini dibuat'));
    const board = await electedBoard();
    const fgd2Pages = pdfPages(await board.ok('documents.render', { projectId: board.projectId, kind: 'minutes', meetingId: board.meetingId }));
    expect(pageOf(fgd2Pages, 'Pimpinan Rapat,')).toBe(pageOf(fgd2Pages, 'Demikian notulen rapat ini dibuat'));

    const ad = await articlesProject();
    await ad.ok('articles.generate', { projectId: ad.projectId, doc: 'ad' });
    const adPages = pdfPages(await ad.ok('documents.render', { projectId: ad.projectId, kind: 'articles' }));
    expect(pageOf(adPages, 'Ditetapkan di')).toBe(pageOf(adPages, 'Anggaran Dasar ini mulai berlaku'));

    const { ok, projectId } = await committee();
    const letterPages = pdfPages(await ok('documents.render', { projectId, kind: 'request-letter' }));
    const closing = pageOf(letterPages, 'Demikian permohonan ini kami sampaikan');
    expect(pageOf(letterPages, 'Hormat kami,')).toBe(closing);
    expect(pageOf(letterPages, 'Tembusan:')).toBe(closing);
  }, 240_000);
});
