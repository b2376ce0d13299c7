import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxText, isCantSplit, isHeaderRow, makePng, rowText, tableRows, tables, unzipDocx } from '../helpers/docx';
import { makeBackend, tempDir } from './helpers';

const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice']).status === 0;
const bytesOf = (f: { base64: string }) => Buffer.from(f.base64, 'base64');

/** FGD-1 of the rattan cluster, as Ibu Ratna records it (SCENARIO step 7). */
async function recordedFgd1(attendeeCount = 12) {
  const b = makeBackend();
  const { id: projectId } = await b.ok('projects.create', {
    name: 'Klaster Mebel Rotan', regency: 'Kabupaten Cirebon', province: 'Jawa Barat',
    facilitatorName: 'Ratna Sari', facilitatorOffice: 'Dinas Perindustrian dan Perdagangan Kabupaten Cirebon',
  });
  await b.ok('letterhead.set', {
    projectId, institution: 'Pemerintah Kabupaten Cirebon', subInstitution: 'Dinas Perindustrian dan Perdagangan',
    address: 'Jl. Sunan Kalijaga No. 7, Sumber', contact: 'Telp. (0231) 000000',
    logoBase64: makePng(40, 48, (x, y) => [40, 60 + y, 140 + x, 255]).toString('base64'), logoType: 'png',
  });
  const m = await b.ok('meetings.create', {
    projectId, kind: 'fgd1', date: '2026-11-25', startTime: '09:00', endTime: '12:30', place: 'Balai Desa Tegalwangi',
    chairName: 'H. Sukardi', chairRole: 'Ketua Kelompok Tegalwangi', minuteTakerName: 'Ratna Sari', closingTime: '12:35',
    nextMeetingDate: '2026-12-09', nextMeetingAgenda: 'Pemilihan pengurus (FGD-2)',
  });
  for (let i = 1; i <= attendeeCount; i++) {
    const a = await b.ok('attendees.add', { projectId, meetingId: m.id, name: `Peserta ${i}`, organisation: `UD Rotan ${i}`, village: 'Desa Tegalwangi', walkIn: false });
    if (i % 4 !== 0) await b.ok('attendees.update', { projectId, id: a.id, present: true });
  }
  await b.ok('attendees.add', { projectId, meetingId: m.id, name: 'Pak Joko (tak terundang)', walkIn: true });
  await b.ok('agenda.update', { projectId, id: m.agenda[0]!.id, discussion: 'Peserta membahas tiga rancangan visi.\nVersi ketiga paling banyak didukung.' });
  const v = await b.ok('vision.create', { projectId, vision: 'Menjadi sentra mebel rotan unggulan yang mendunia', missions: ['Meningkatkan mutu produk', 'Memperluas pasar ekspor'] });
  await b.ok('vision.adopt', { projectId, id: v.id, meetingId: m.id });
  await b.ok('followUps.add', { projectId, meetingId: m.id, what: 'Menyusun daftar calon pengurus', who: 'Ketua kelompok', due: '2026-12-02' });
  return { ...b, projectId, meetingId: m.id };
}

describe('notulen rapat', () => {
  it('carries the header, each agenda item with its discussion and decisions, follow-ups and signatures', async () => {
    const { ok, projectId, meetingId } = await recordedFgd1();
    const file = await ok('documents.render', { projectId, kind: 'minutes', meetingId });
    expect(file.fileName).toBe('Notulen Focus Group Discussion (FGD) 1 2026-11-25.docx');
    const text = docxText(bytesOf(file));
    for (const s of [
      'PEMERINTAH KABUPATEN CIREBON', 'NOTULEN RAPAT', 'Rabu, 25 November 2026', '09.00 - 12.30 WIB', 'Balai Desa Tegalwangi',
      'H. Sukardi, Ketua Kelompok Tegalwangi', '10 orang (daftar hadir terlampir)', 'Konfirmasi visi dan misi pengembangan klaster',
      'Pembahasan:', 'Versi ketiga paling banyak didukung.', 'Kesimpulan/Keputusan:', 'Visi dan misi klaster disepakati dan ditetapkan sebagai berikut:',
      'Tindak Lanjut', 'Menyusun daftar calon pengurus', '2 Desember 2026', 'Rapat Berikutnya', 'Rabu, 9 Desember 2026',
      'Rapat ditutup pada pukul 12.35 WIB.', 'Cirebon, 25 November 2026', 'Pimpinan Rapat,', 'Notulis,',
    ]) expect(text, s).toContain(s);
    expect(unzipDocx(bytesOf(file)).documentXml).toContain('<w:drawing>'); // the letterhead logo
  });
});

describe('daftar hadir', () => {
  it('before the meeting: the invited with blank rows, staggered signature numbers, header repeating, rows unbroken', async () => {
    const { ok, projectId, meetingId } = await recordedFgd1();
    const file = await ok('documents.render', { projectId, kind: 'attendance', meetingId, variant: 'before', blankRows: 5 });
    const { documentXml } = unzipDocx(bytesOf(file));
    const table = tables(documentXml).find((t) => rowText(tableRows(t)[0]!).includes('Tanda Tangan'))!;
    const rows = tableRows(table);
    expect(rows).toHaveLength(1 + 12 + 5);
    expect(isHeaderRow(rows[0]!)).toBe(true);
    expect(rows.every(isCantSplit)).toBe(true);
    const text = docxText(bytesOf(file));
    expect(text).toContain('Tanda Tangan');
    expect(text).not.toContain('tak terundang');
    expect(text).toContain('17. .......');
    // Even numbers sit on the right half of the signature cell.
    expect(documentXml).toMatch(/<w:ind w:left="\d+"\/>(?:(?!<\/w:p>).)*2\. \.\.\.\.\.\.\./s);
  });

  it('after the meeting: only who came, walk-ins included', async () => {
    const { ok, projectId, meetingId } = await recordedFgd1();
    const file = await ok('documents.render', { projectId, kind: 'attendance', meetingId, variant: 'after' });
    const rows = tableRows(tables(unzipDocx(bytesOf(file)).documentXml).find((t) => rowText(tableRows(t)[0]!).includes('Tanda Tangan'))!);
    expect(rows).toHaveLength(1 + 9 + 1);
    expect(docxText(bytesOf(file))).toContain('Pak Joko (tak terundang) *');
  });
});

describe('visi dan misi', () => {
  it('states the adopted version, where and when it was adopted, with signature and Mengetahui', async () => {
    const { ok, projectId } = await recordedFgd1();
    const text = docxText(bytesOf(await ok('documents.render', { projectId, kind: 'vision-mission', paper: 'F4' })));
    for (const s of ['VISI DAN MISI', 'KLASTER MEBEL ROTAN', 'Menjadi sentra mebel rotan unggulan yang mendunia', 'Memperluas pasar ekspor',
      'Ditetapkan dalam Focus Group Discussion (FGD) 1 pada tanggal 25 November 2026.', 'Mengetahui,', 'Kepala Dinas Perindustrian'])
      expect(text, s).toContain(s);
  });

  it('refuses when nothing has been drafted, with a reason to translate', async () => {
    const { ok, raw } = makeBackend();
    const { id: projectId } = await ok('projects.create', { name: 'Kosong' });
    const res = await raw('documents.render', { projectId, kind: 'vision-mission' });
    expect(res.ok || res.error.reason).toBe('no_vision');
    const minutes = await raw('documents.render', { projectId, kind: 'minutes' });
    expect(minutes.ok || minutes.error.reason).toBe('document_needs');
  });
});

describe('the letterhead logo', () => {
  it('is stored as the image its bytes are, refused when it is none, and never breaks a document', async () => {
    const { ok, raw, projectId, meetingId, dataDir } = await recordedFgd1(1);
    const png = makePng(4, 4, () => [0, 0, 0, 255]).toString('base64');
    // A PNG chosen as "logo.jpg", or a type changed alone, stays the PNG it is.
    expect((await ok('letterhead.set', { projectId, logoBase64: png, logoType: 'jpg' })).logoType).toBe('png');
    expect((await ok('letterhead.set', { projectId, logoType: 'jpg' })).logoType).toBe('png');
    const junk = await raw('letterhead.set', { projectId, logoBase64: Buffer.from('not an image').toString('base64'), logoType: 'png' });
    expect(junk.ok || [junk.error.code, junk.error.reason]).toEqual(['invalid_input', 'logo_unreadable']);
    expect(unzipDocx(bytesOf(await ok('documents.render', { projectId, kind: 'minutes', meetingId }))).documentXml).toContain('<w:drawing>');

    // A file from before the check may hold a logo Word cannot show: named, not a crash.
    const db = new Database(path.join(dataDir, 'projects', `${projectId}.klaster`));
    db.prepare("UPDATE letterhead SET logo_base64 = 'AAAA'").run();
    db.close();
    const res = await raw('documents.render', { projectId, kind: 'minutes', meetingId });
    expect(res.ok || [res.error.code, res.error.reason]).toEqual(['invalid_state', 'logo_unreadable']);
  });
});

describe('documents open in LibreOffice', () => {
  // Skipped where LibreOffice is not installed (CI); scripts/docx-to-pdf.sh does the same by hand.
  it.skipIf(!hasSoffice)('minutes, attendance and vision convert to PDF without complaint', async () => {
    const { ok, projectId, meetingId } = await recordedFgd1(40);
    const dir = tempDir();
    for (const request of [{ kind: 'minutes' as const, meetingId }, { kind: 'attendance' as const, meetingId, variant: 'before' as const }, { kind: 'vision-mission' as const }]) {
      const file = await ok('documents.render', { projectId, ...request });
      const docx = path.join(dir, file.fileName);
      fs.writeFileSync(docx, bytesOf(file));
      const r = spawnSync('bash', [path.resolve('scripts/docx-to-pdf.sh'), docx, dir], { encoding: 'utf8', timeout: 120_000 });
      expect(r.status, r.stderr).toBe(0);
      expect(fs.statSync(docx.replace(/\.docx$/, '.pdf')).size).toBeGreaterThan(1000);
    }
  }, 180_000);
});
