import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Paragraph, TableCell, TextRun } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import {
  bold, buildDocument, centered, columnWidthsTwip, contentWidthTwip, dataTable, DOCX_MIME, dottedLine, heading, imageSize, labelValueTable,
  LIST, listItem, mmToTwip, numberedList, para, renderDocx, safeFileName, signatureColumns, STYLE, title, toResult, type Paper,
} from '../../electron/export/docx';
import { formatHariTanggal, formatRentangWaktu, tanggalDalamKata } from '../../shared/indonesian';
import {
  child, docxText, findAll, isCantSplit, isHeaderRow, makePng, paragraphStyles, parseXml, rowText, sectionProperties, tableRows, tables, unzipDocx,
} from '../helpers/docx';

// Own temp dirs: test/unit/helpers.ts pulls in the whole back end, which this kit does not need.
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'klaster-docx-'));
  dirs.push(d);
  return d;
}

// LibreOffice is optional: on developer machines with it the sample is also converted to PDF; CI
// machines without it skip that one test and still check the XML.
const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice']).status === 0;

/** A small emblem: a green disc with a yellow ring on transparency. */
const logo = makePng(64, 64, (x, y) => {
  const r = Math.hypot(x - 31.5, y - 31.5);
  if (r > 31) return [0, 0, 0, 0];
  return r > 26 ? [212, 160, 23, 255] : [20, 110, 60, 255];
});

function sampleDocument(paper: Paper) {
  const width = contentWidthTwip(paper);
  const date = '2026-11-25';
  const attendance = Array.from({ length: 300 }, (_, i) => [
    `${i + 1}.`, `Peserta Nomor ${i + 1}`, i % 3 ? 'Kelompok Tani Makmur' : 'Dinas Pertanian', 'Anggota', 'Wonokerto', '0812-0000-0000',
    // Custom cell content passes through: the staggered signature column of attendance lists.
    new TableCell({ children: [new Paragraph({ style: STYLE.tableText, indent: { left: i % 2 ? 700 : 0 }, children: [new TextRun({ text: `${i + 1}.`, size: 20 })] })] }),
  ]);
  return buildDocument({
    title: 'Berita Acara Pembentukan Organisasi Klaster',
    subject: 'Klaster Kopi Sleman',
    font: 'Arial', sizePt: 12, paper, pageNumbers: 'center',
    letterhead: {
      institution: 'Pemerintah Kabupaten Sleman', subInstitution: 'Dinas Koperasi dan Usaha Kecil Menengah',
      address: 'Jl. Parasamya No. 1, Beran, Tridadi, Sleman 55511', contact: 'Telp. (0274) 868405 - Pos-el: dinkop@slemankab.go.id',
      logo: { data: logo, type: 'png' },
    },
    sections: [[
      title('BERITA ACARA'),
      title('PEMBENTUKAN ORGANISASI KLASTER KOPI SLEMAN'),
      centered('Nomor: 001/BA/KKS/XI/2026', { spaceAfterPt: 12 }),
      para(`${tanggalDalamKata(date)} bertempat di Balai Desa Wonokerto, telah dilaksanakan rapat pembentukan organisasi klaster dengan rincian sebagai berikut:`),
      labelValueTable([
        ['Hari/Tanggal', formatHariTanggal(date)],
        ['Waktu', formatRentangWaktu('09:00', '12:30', 'WIB')],
        ['Tempat', 'Balai Desa Wonokerto, Kecamatan Turi'],
        ['Pimpinan Rapat', 'Sri Wahyuni, S.P.'],
        ['Peserta', '42 orang (daftar hadir terlampir)'],
        ['Acara', '1. Pembukaan\n2. Pemilihan pengurus\n3. Penutup'],
      ], { totalWidthTwip: width }),
      heading('A. Pembahasan'),
      ...numberedList(LIST.angka, ['Penetapan visi dan misi klaster.', 'Pemilihan pengurus secara musyawarah mufakat.']),
      listItem(LIST.angka, 'Ketua terpilih: Bapak Sutrisno', { level: 1 }),
      listItem(LIST.angka, 'Sekretaris terpilih: Ibu Lestari', { level: 1, restart: true }),
      listItem(LIST.angka, 'Penetapan rencana kerja.'),
      heading('B. Ketentuan', 2),
      ...numberedList(LIST.ayat, ['Masa bakti pengurus adalah 3 (tiga) tahun.', 'Pengurus dapat dipilih kembali.']),
      ...numberedList(LIST.huruf, ['bahwa klaster perlu organisasi;', 'bahwa Koperasi & UKM <Sleman> mendukung;']),
      dottedLine('Catatan: ', width),
      para(['Demikian berita acara ini dibuat dengan ', ...bold('sebenarnya'), ' untuk dapat dipergunakan sebagaimana mestinya.'], { keepNext: true }),
      signatureColumns([
        { placeDate: 'Sleman, 25 November 2026', role: 'Pimpinan Rapat,', name: 'Sri Wahyuni, S.P.' },
        { role: 'Notulis,', name: 'Budi Santoso' },
      ], { totalWidthTwip: width, mengetahui: { role: 'Kepala Dinas Koperasi dan UKM\nKabupaten Sleman,', name: 'Drs. Ahmad Fauzi, M.Si.', nip: '196805121994031007' } }),
      para('Saksi-saksi:', { spaceBeforePt: 12, keepNext: true }),
      signatureColumns([
        { role: 'Saksi I,', name: 'Suparman' }, { role: 'Saksi II,', name: 'Rina Marlina' }, { role: 'Saksi III,', name: '' },
      ], { totalWidthTwip: width }),
    ], [
      title('DAFTAR HADIR', { spaceAfterPt: 6 }),
      dataTable({
        columns: [
          { header: 'No', width: 6, align: 'center' }, { header: 'Nama', width: 20 }, { header: 'Instansi/Lembaga', width: 19 },
          { header: 'Jabatan', width: 11 }, { header: 'Desa', width: 13 }, { header: 'No. HP', width: 15 }, { header: 'Tanda Tangan', width: 16 },
        ],
        rows: attendance, totalWidthTwip: width, minRowHeightTwip: 567, sizePt: 10,
      }),
    ]],
  });
}

async function writeSample(paper: Paper): Promise<{ file: string; buffer: Buffer }> {
  const buffer = await renderDocx(sampleDocument(paper));
  // DOCX_SAMPLE_OUT=/some/dir keeps the sample for a visual check (docx-pages); else a temp dir.
  const dir = process.env.DOCX_SAMPLE_OUT ?? tempDir();
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `sample-${paper}.docx`);
  fs.writeFileSync(file, buffer);
  return { file, buffer };
}

describe('docx kit: sample document', () => {
  it('defines and uses the named styles, in Indonesian', async () => {
    const { buffer } = await writeSample('A4');
    const { stylesXml, documentXml } = unzipDocx(buffer);
    for (const [id, name] of [['Normal', 'Normal'], ['Title', 'Title'], ['Heading1', 'Heading 1'], ['Heading2', 'Heading 2'],
      ['Signature', 'Signature'], ['TableText', 'Table Text'], ['Centered', 'Centered']]) {
      expect(stylesXml).toMatch(new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*><w:name w:val="${name}"/>`));
    }
    expect(stylesXml).toMatch(/w:styleId="Normal" w:default="1"|w:default="1"[^>]*w:styleId="Normal"/);
    expect(stylesXml).toContain('<w:lang w:val="id-ID"/>');
    expect(stylesXml).toContain('w:ascii="Arial"');
    const used = new Set(paragraphStyles(documentXml));
    for (const id of ['Normal', 'Title', 'Heading1', 'Heading2', 'Signature', 'TableText', 'Centered']) expect(used, id).toContain(id);
  });

  it('repeats the attendance header row and never splits rows', async () => {
    const { documentXml } = unzipDocx((await writeSample('A4')).buffer);
    const big = tables(documentXml).find((t) => tableRows(t).length === 301)!;
    expect(big).toBeDefined();
    const rows = tableRows(big);
    expect(isHeaderRow(rows[0]!)).toBe(true);
    expect(rows.slice(1).some(isHeaderRow)).toBe(false);
    expect(rows.every(isCantSplit)).toBe(true);
    expect(rowText(rows[0]!)).toBe('No\tNama\tInstansi/Lembaga\tJabatan\tDesa\tNo. HP\tTanda Tangan');
    expect(rowText(rows[300]!)).toBe('300.\tPeserta Nomor 300\tKelompok Tani Makmur\tAnggota\tWonokerto\t0812-0000-0000\t300.');
    // Signature rows never split either, so a name is never separated from its role.
    const sig = tables(documentXml).find((t) => rowText(tableRows(t)[0]!).includes('Pimpinan Rapat'))!;
    expect(tableRows(sig).every(isCantSplit)).toBe(true);
  });

  it('uses real Word numbering for 1., a. and (1) lists', async () => {
    const { numberingXml, documentXml } = unzipDocx((await writeSample('A4')).buffer);
    expect(numberingXml).toContain('<w:numFmt w:val="decimal"/>');
    expect(numberingXml).toContain('<w:numFmt w:val="lowerLetter"/>');
    expect(numberingXml).toContain('<w:lvlText w:val="%1."/>');
    expect(numberingXml).toContain('<w:lvlText w:val="(%1)"/>');
    const numPr = findAll(parseXml(documentXml), 'w:numPr').map((n) => [child(n, 'w:ilvl')!.attrs['w:val'], child(n, 'w:numId')!.attrs['w:val']]);
    expect(numPr.length).toBe(9);
    // 1. 2. a. b. 3. are one Word list (same numId), the (1) and a. lists each start their own.
    expect(new Set(numPr.slice(0, 5).map((n) => n[1])).size).toBe(1);
    expect(numPr.slice(0, 5).map((n) => n[0])).toEqual(['0', '0', '1', '1', '0']);
    expect(new Set(numPr.map((n) => n[1])).size).toBe(3);
    expect(docxText(documentXml)).not.toMatch(/^\s*(1\.|\(1\)|a\.) (Penetapan|Masa|bahwa)/m);
  });

  it('numbers pages with PAGE and NUMPAGES fields', async () => {
    const { footerXml } = unzipDocx((await writeSample('A4')).buffer);
    expect(footerXml.length).toBeGreaterThan(0);
    const footer = footerXml.join('');
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(docxText(footerXml[0]!)).toMatch(/^Halaman .*dari/);
  });

  it.each([['A4', 11906, 16838], ['F4', 12189, 18709]] as const)('sets %s paper and margins in twips', async (paper, w, h) => {
    const { documentXml } = unzipDocx((await writeSample(paper)).buffer);
    const sects = sectionProperties(documentXml);
    expect(sects.length).toBe(2);
    for (const s of sects) {
      const pgSz = findAll(s, 'w:pgSz')[0]!.attrs;
      const pgMar = findAll(s, 'w:pgMar')[0]!.attrs;
      expect([Number(pgSz['w:w']), Number(pgSz['w:h'])]).toEqual([w, h]);
      expect(pgSz['w:orient'] ?? 'portrait').toBe('portrait');
      // 3 cm left, 2.5 cm top, 2 cm right and bottom
      expect([pgMar['w:left'], pgMar['w:top'], pgMar['w:right'], pgMar['w:bottom']].map(Number)).toEqual([1701, 1417, 1134, 1134]);
    }
    expect(mmToTwip(210)).toBe(11906);
  });

  it('contains the letterhead, the Indonesian text and the signatures', async () => {
    const { buffer } = await writeSample('A4');
    const { documentXml, files, coreXml } = unzipDocx(buffer);
    expect(files.some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
    expect(documentXml).toContain('w:val="thickThinSmallGap"');
    const text = docxText(buffer);
    for (const s of [
      'PEMERINTAH KABUPATEN SLEMAN', 'DINAS KOPERASI DAN USAHA KECIL MENENGAH', 'BERITA ACARA',
      'Pada hari ini Rabu tanggal dua puluh lima bulan November tahun dua ribu dua puluh enam bertempat di',
      'Hari/Tanggal\t:\tRabu, 25 November 2026', 'Waktu\t:\t09.00 - 12.30 WIB', 'Koperasi & UKM <Sleman>',
      'Catatan: \t', 'Mengetahui,', 'Drs. Ahmad Fauzi, M.Si.', 'NIP. 196805121994031007', 'Sleman, 25 November 2026',
      'Saksi III,', '(......................................)',
    ]) expect(text).toContain(s);
    expect(coreXml).toContain('Berita Acara Pembentukan Organisasi Klaster');
  });

  it.skipIf(!hasSoffice)('converts to PDF with LibreOffice (skipped where LibreOffice is absent)', async () => {
    const { file } = await writeSample('A4');
    const out = tempDir();
    const pdf = execFileSync('bash', [path.resolve(__dirname, '../../scripts/docx-to-pdf.sh'), file, out], { encoding: 'utf8', timeout: 120_000 }).trim();
    expect(fs.statSync(pdf).size).toBeGreaterThan(1024);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  }, 180_000);
});

describe('docx kit: helpers', () => {
  it('scales percentage widths to the exact table width', () => {
    expect(columnWidthsTwip([50, 50], 'pct', 1000)).toEqual([500, 500]);
    expect(columnWidthsTwip([1, 1, 1], 'pct', 1000).reduce((a, b) => a + b)).toBe(1000);
    expect(columnWidthsTwip([1200.4, 800], 'twip')).toEqual([1200, 800]);
    expect(contentWidthTwip('A4')).toBe(11906 - 1701 - 1134);
  });

  it('reads image sizes from PNG and JPEG headers', () => {
    expect(imageSize(makePng(40, 20, () => [0, 0, 0, 255]), 'png')).toEqual({ width: 40, height: 20 });
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0, 0, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x20, 0x00, 0x40, 3, 0, 0, 0]);
    expect(imageSize(jpeg, 'jpg')).toEqual({ width: 64, height: 32 });
    expect(() => imageSize(Uint8Array.from([1, 2, 3]), 'png')).toThrow();
  });

  it('makes safe file names and base64 results', () => {
    expect(safeFileName('Notulen 25/11/2026: FGD?')).toBe('Notulen 25-11-2026- FGD.docx');
    expect(safeFileName('Berita Acara.docx')).toBe('Berita Acara.docx');
    expect(safeFileName('  ...  ')).toBe('dokumen.docx');
    expect(safeFileName('CON')).toBe('_CON.docx');
    expect(safeFileName('x'.repeat(300)).length).toBe(125);
    const r = toResult('Daftar Hadir', Buffer.from('PK'));
    expect(r).toEqual({ fileName: 'Daftar Hadir.docx', mimeType: DOCX_MIME, base64: 'UEs=' });
  });
});

describe('docx kit: numbered headings and a right-aligned block', () => {
  it('numbers BAB and Pasal headings as lists that run on, and sets a label table against the right margin', async () => {
    const heading = (kind: typeof LIST.bab | typeof LIST.pasal) => listItem(kind, [], { style: STYLE.heading2, align: 'center' });
    const doc = buildDocument({
      title: 'Uji', sections: [[
        heading(LIST.bab), heading(LIST.pasal), heading(LIST.pasal), heading(LIST.bab), heading(LIST.pasal),
        labelValueTable([['LAMPIRAN', 'KEPUTUSAN BUPATI']], { totalWidthTwip: 5000, align: 'right' }),
      ]],
    });
    const parts = unzipDocx(await renderDocx(doc));
    // A centred label alone on its line: left-justified in its (zero) indent, no tab after it.
    expect(parts.numberingXml).toMatch(/<w:numFmt w:val="upperRoman"\/><w:suff w:val="nothing"\/><w:lvlText w:val="BAB %1"\/><w:lvlJc w:val="left"\/><w:pPr><w:ind w:left="0" w:hanging="0"\/>/);
    expect(parts.numberingXml).toMatch(/<w:numFmt w:val="decimal"\/><w:suff w:val="nothing"\/><w:lvlText w:val="Pasal %1"\/>/);
    const numIds = findAll(parseXml(parts.documentXml), 'w:numId').map((n) => n.attrs['w:val']);
    expect(new Set([numIds[1], numIds[2], numIds[4]]).size).toBe(1); // Pasal continues across BAB
    expect(new Set([numIds[0], numIds[3]]).size).toBe(1);
    const tbl = tables(parts.documentXml)[0]!;
    expect(child(child(tbl, 'w:tblPr')!, 'w:jc')?.attrs['w:val']).toBe('right');
  });
});
