import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { child, docxText, findAll, parseXml, unzipDocx, type XmlNode } from '../helpers/docx';
import { withHeadingNumbers } from '../helpers/numberedHeadings';
import { articlesProject } from './articlesFixture';
import { tempDir } from './helpers';

const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice']).status === 0;
const bytesOf = (f: { base64: string }) => Buffer.from(f.base64, 'base64');
const text = (p: XmlNode) => findAll(p, 'w:t').map((t) => t.children.join('')).join('');

/** Each paragraph: its text, style and list (numId, level) when it is a list item. */
function paragraphs(xml: string) {
  return findAll(parseXml(xml), 'w:p').map((p) => {
    const pPr = child(p, 'w:pPr');
    const numPr = pPr && child(pPr, 'w:numPr');
    return {
      text: text(p), style: pPr && child(pPr, 'w:pStyle')?.attrs['w:val'],
      numId: numPr && child(numPr, 'w:numId')?.attrs['w:val'], level: numPr ? Number(child(numPr, 'w:ilvl')?.attrs['w:val']) : undefined,
    };
  });
}

async function rendered() {
  const b = await articlesProject();
  await b.ok('articles.generate', { projectId: b.projectId, doc: 'ad' });
  await b.ok('articles.generate', { projectId: b.projectId, doc: 'art' });
  return b;
}

describe('AD/ART Word documents', () => {
  it('prints titles, centred BAB and Pasal headings and the closing, marked RANCANGAN', async () => {
    const b = await rendered();
    const file = await b.ok('documents.render', { projectId: b.projectId, kind: 'articles' });
    expect(file.fileName).toBe('Anggaran Dasar Asosiasi Klaster Rotan Cirebon (rancangan).docx');
    const parts = unzipDocx(bytesOf(file));
    // BAB and Pasal numbers are Word list numbers: written in as Word shows them.
    const body = docxText(withHeadingNumbers(parts));
    // Under the organisation's own heading.
    expect(body).toMatch(/^ASOSIASI KLASTER ROTAN CIREBON[^\n]*\n+ANGGARAN DASAR\nASOSIASI KLASTER ROTAN CIREBON\n/);
    expect(body).toContain('BAB I\nNAMA, WAKTU DAN TEMPAT KEDUDUKAN\nPasal 1\nNama\nOrganisasi ini bernama');
    expect(body).toContain('BAB X\nPENUTUP\nPasal 17');
    expect(body).toContain('Rapat Anggota sebagaimana dimaksud dalam Pasal 12,');
    expect(body).toContain('Ditetapkan di Cirebon');
    expect(body).toContain('pada tanggal ....');
    expect(parts.headerXml.join('')).toContain('RANCANGAN');
    const ps = paragraphs(withHeadingNumbers(parts));
    expect(ps.find((p) => p.text === 'BAB IV')?.style).toBe('Heading1');
    expect(ps.find((p) => p.text === 'Pasal 12')?.style).toBe('Heading2');
    const bylaws = docxText(bytesOf(await b.ok('documents.render', { projectId: b.projectId, kind: 'bylaws' })));
    expect(bylaws).toMatch(/\nANGGARAN RUMAH TANGGA\nASOSIASI KLASTER ROTAN CIREBON\n/);
    expect(bylaws).toContain('Ketua bertugas memimpin organisasi klaster');
  });

  it('numbers ayat and points with real lists that restart in every Pasal and every ayat', async () => {
    const b = await rendered();
    const ps = paragraphs(unzipDocx(bytesOf(await b.ok('documents.render', { projectId: b.projectId, kind: 'articles' }))).documentXml);
    const at = (start: string) => ps.find((p) => p.text.startsWith(start))!;
    // No typed numbers: the (1) and a. come from numbering.xml.
    expect(ps.some((p) => /^\(\d+\)|^[a-d]\. /.test(p.text))).toBe(false);
    const p2a1 = at('Organisasi didirikan'), p2a2 = at('Organisasi berkedudukan');
    expect([p2a1.level, p2a2.level]).toEqual([0, 0]);
    expect(p2a2.numId).toBe(p2a1.numId);
    const p4a1 = at('Visi Organisasi adalah');
    expect(p4a1.numId).not.toBe(p2a1.numId); // Pasal 4 starts again at (1)
    const misi = at('Meningkatkan mutu produk');
    expect([misi.numId, misi.level]).toEqual([p4a1.numId, 1]);
    // A single-paragraph Pasal has no (1); its points are a lettered list of their own.
    const kegiatan = at('Untuk mencapai tujuan'), k1 = at('menyelenggarakan pertemuan'), berakhir = at('mengundurkan diri');
    expect(kegiatan.numId).toBeUndefined();
    expect(k1.level).toBe(0);
    expect(berakhir.numId).not.toBe(k1.numId);
  });

  it('prints an authorised version with the meeting date and no draft mark', async () => {
    const b = await rendered();
    const v = await b.ok('articles.saveVersion', { projectId: b.projectId, doc: 'ad', name: 'Final' });
    await b.ok('articles.authorise', { projectId: b.projectId, versionId: v.id, meetingId: b.generalId });
    const draft = await b.ok('articles.get', { projectId: b.projectId, doc: 'ad' });
    await b.ok('articles.delete', { projectId: b.projectId, id: draft.chapters[0]!.articles[0]!.id });
    const file = await b.ok('documents.render', { projectId: b.projectId, kind: 'articles', articlesVersionId: v.id });
    const parts = unzipDocx(bytesOf(file));
    expect(file.fileName).toBe('Anggaran Dasar Asosiasi Klaster Rotan Cirebon.docx');
    expect(parts.headerXml.join('')).not.toContain('RANCANGAN');
    expect(docxText(parts.documentXml)).toContain('pada tanggal 20 Januari 2027');
    expect(docxText(withHeadingNumbers(parts))).toContain('Pasal 1\nNama');
    // The edited current draft is a draft again.
    const current = unzipDocx(bytesOf(await b.ok('documents.render', { projectId: b.projectId, kind: 'articles' })));
    expect(current.headerXml.join('')).toContain('RANCANGAN');
    expect(docxText(withHeadingNumbers(current))).toContain('Pasal 1\nWaktu dan Tempat Kedudukan');
    const wrong = await b.raw('documents.render', { projectId: b.projectId, kind: 'bylaws', articlesVersionId: v.id });
    expect(wrong).toMatchObject({ ok: false, error: { reason: 'articles_wrong_version' } });
  });

  it.skipIf(!hasSoffice)('AD and ART convert to PDF without complaint', async () => {
    const b = await rendered();
    const dir = process.env.ARTICLES_DOCX_DIR ?? tempDir();
    for (const kind of ['articles', 'bylaws'] as const) {
      const file = await b.ok('documents.render', { projectId: b.projectId, kind });
      const docx = path.join(dir, file.fileName);
      fs.writeFileSync(docx, bytesOf(file));
      const r = spawnSync('bash', [path.resolve('scripts/docx-to-pdf.sh'), docx, dir], { encoding: 'utf8', timeout: 120_000 });
      expect(r.status, r.stderr).toBe(0);
      expect(fs.statSync(docx.replace(/\.docx$/, '.pdf')).size).toBeGreaterThan(1000);
    }
  }, 180_000);
});
