import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { NINE_QUESTIONS } from '../../shared/actionPlans/nineQuestions';
import { child, docxText, findAll, isHeaderRow, rowText, sectionProperties, tableRows, tables, unzipDocx } from '../helpers/docx';
import { rawMaterialPlan, shortlistedProject } from './fixtures/actionPlan';
import { tempDir } from './helpers';

const bytesOf = (f: { base64: string }) => Buffer.from(f.base64, 'base64');
const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice']).status === 0;

async function scenario() {
  const s = await shortlistedProject();
  const { ok, projectId } = s;
  await ok('letterhead.set', { projectId, institution: 'Pemerintah Kabupaten Cirebon', subInstitution: 'Dinas Perindustrian dan Perdagangan', address: 'Jl. Sunan Kalijaga No. 7, Sumber' });
  const made = await rawMaterialPlan(s);
  await ok('actionPlans.setStage', { projectId, id: made.plan.id, stage: 'do' });
  await ok('indicators.setActual', { projectId, id: made.times.id, period: '2026-06', value: 6 });
  await ok('indicators.setActual', { projectId, id: made.price.id, period: '2026-06', value: 14500 });
  await ok('actionPlans.saveEvaluation', { projectId, planId: made.plan.id, kind: 'midterm', date: '2026-07-08', meetingId: s.general.id, problems: 'Harga rotan belum turun', improvementPlan: 'Menambah pemasok kedua', decision: 'Dilanjutkan' });
  return { ...s, ...made };
}

describe('the action plan document', () => {
  it('answers the nine questions word for word, with the schedule and the budget in figures and in words', async () => {
    const s = await scenario();
    const file = await s.ok('documents.render', { projectId: s.projectId, kind: 'action-plan', planId: s.plan.id });
    expect(file.fileName).toBe('Rencana Kegiatan Pembelian bahan baku bersama.docx');
    const text = docxText(bytesOf(file));
    NINE_QUESTIONS.forEach((q, i) => expect(text, q).toContain(`${i + 1}. ${q}`));
    for (const s2 of [
      'PEMERINTAH KABUPATEN CIREBON', 'RENCANA KEGIATAN', 'PEMBELIAN BAHAN BAKU BERSAMA', 'Bahan baku', 'Daftar pendek lokakarya "Masalah utama klaster"',
      'Harga rotan yang dibeli sendiri-sendiri mahal', 'Kontrak pembelian bersama dengan pemasok', 'H. Sukardi, Ketua kelompok Tegalwangi',
      '1 Januari 2026 s.d. 31 Desember 2026', 'Kontrak ditandatangani\t15 Maret 2026', 'Ya. Koperasi mengelola dana bersama.', 'Koperasi Mekar Sari',
      '1\tIuran modal pembelian\tAnggota\t20.000.000', '2\tSewa gudang\tAPBD\t15.000.000', '3\tKredit modal kerja\tBank\t10.000.000', '\tJumlah\t\t45.000.000',
      'CSR\t-\t-', 'Jumlah anggaran: Rp 45.000.000', 'Terbilang: Empat puluh lima juta rupiah.', 'Laporan pembelian bulanan', 'Jadwal Pelaksanaan',
      'Penanggung Jawab Kegiatan,', 'Fasilitator Klaster,', 'Ratna Sari',
    ]) expect(text, s2).toContain(s2);
  });

  it('draws the schedule as a month table with the plan shaded and its milestones marked', async () => {
    const s = await scenario();
    const xml = unzipDocx(bytesOf(await s.ok('documents.render', { projectId: s.projectId, kind: 'action-plan', planId: s.plan.id }))).documentXml;
    const gantt = tables(xml).find((t) => rowText(tableRows(t)[0]!).startsWith('No\tKegiatan\t2026'))!;
    const [head1, head2, row] = tableRows(gantt);
    expect([isHeaderRow(head1!), isHeaderRow(head2!)]).toEqual([true, true]);
    // The merged No and Kegiatan cells continue into the second header row.
    expect(rowText(head2!)).toBe('\t\tJ\tF\tM\tA\tM\tJ\tJ\tA\tS\tO\tN\tD');
    const cells = findAll(row!, 'w:tc').slice(2);
    expect(cells).toHaveLength(12);
    expect(cells.every((c) => JSON.stringify(c).includes('9DB5DC'))).toBe(true);
    expect(rowText(row!)).toBe('1\tPembelian bahan baku bersama\t\t\t◆\t◆\t\t\t\t\t\t\t\t');
  });
});

describe('the PDM', () => {
  it('is landscape, with six rows under exactly four columns and the performance table', async () => {
    const s = await scenario();
    const parts = unzipDocx(bytesOf(await s.ok('documents.render', { projectId: s.projectId, kind: 'pdm', planId: s.plan.id })));
    const size = child(sectionProperties(parts.documentXml)[0]!, 'w:pgSz')!;
    expect(size.attrs['w:orient']).toBe('landscape');
    expect(Number(size.attrs['w:w'])).toBeGreaterThan(Number(size.attrs['w:h']));
    const matrix = tables(parts.documentXml).find((t) => rowText(tableRows(t)[0]!).startsWith('Ringkasan Naratif'))!;
    const rows = tableRows(matrix);
    expect(rows.map((r) => findAll(r, 'w:tc').length)).toEqual([4, 4, 4, 4, 4, 4, 4]);
    expect(rowText(rows[0]!)).toBe('Ringkasan Naratif (Narrative Summary)\tIndikator yang Dapat Diverifikasi Secara Obyektif (Objectively Verifiable Indicators)\tCara Verifikasi (Means of Verification)\tAsumsi Penting (Important Assumptions)');
    expect(rows.slice(1).map((r) => rowText(r).split(' ')[0])).toEqual(['Gol', 'Tujuan', 'Output', 'Kegiatan', 'Input', 'Prasyarat']);
    expect(rowText(rows[2]!)).toBe('Tujuan Proyek (Project Purpose) Anggota membeli rotan bersama dengan harga lebih murah\tHarga rotan per kg: 15.000 menjadi 12.000 Rp/kg\tCatatan harga koperasi\tHarga rotan di pasar tidak melonjak');
    expect(rowText(rows[3]!)).toContain('1. Kontrak pembelian bersama dengan pemasok 2. Gudang bahan baku bersama\tPembelian bersama: 0 menjadi 12 kali\tNota pembelian');
    expect(rowText(rows[5]!)).toContain('Anggaran Rp 45.000.000 (Anggota Rp 20.000.000; APBD Rp 15.000.000; Bank Rp 10.000.000)');
    const text = docxText(parts.documentXml);
    expect(text).toContain('Uraian Indikator\tSatuan\tNilai Awal\tTarget\tCapaian');
    expect(text).toContain('2\tHarga rotan per kg\tRp/kg\t15.000\t12.000\t14.500');
  });
});

describe('the annual plan and the monitoring report', () => {
  it('gives the year\'s programme and budget with totals in figures and words, a draft until authorised', async () => {
    const s = await scenario();
    const draft = await s.ok('documents.render', { projectId: s.projectId, kind: 'annual-plan', year: 2026 });
    expect(draft.fileName).toBe('Rencana Kegiatan dan Anggaran 2026 (rancangan).docx');
    expect(unzipDocx(bytesOf(draft)).headerXml.join('')).toContain('RANCANGAN');
    await s.ok('annualPlans.authorise', { projectId: s.projectId, year: 2026, meetingId: s.general.id });
    const file = await s.ok('documents.render', { projectId: s.projectId, kind: 'annual-plan', year: 2026 });
    const parts = unzipDocx(bytesOf(file));
    expect(parts.headerXml.join('')).not.toContain('RANCANGAN');
    const text = docxText(parts.documentXml);
    for (const x of [
      'RENCANA KEGIATAN DAN ANGGARAN', 'TAHUN 2026', 'disahkan dalam Rapat Umum Anggota 2026 pada hari Rabu, 4 Maret 2026 di Balai Desa Tegalwangi.',
      '1\tPembelian bahan baku bersama\tBahan baku\tH. Sukardi\t1 Januari 2026 s.d. 31 Desember 2026\t45.000.000', 'Anggota\t20.000.000\t44%',
      'Jumlah anggaran: Rp 45.000.000', 'Terbilang: Empat puluh lima juta rupiah.', 'Pimpinan Rapat,', 'H. Sukardi',
    ]) expect(text, x).toContain(x);
  });

  it('reports progress per plan, indicators against targets with a bar, the evaluation and the map against a snapshot', async () => {
    const s = await scenario();
    const { ok, projectId } = s;
    await ok('snapshots.create', { projectId, name: 'Sebelum FGD-1' });
    await ok('stakeholders.update', { projectId, id: s.koperasi.id, clusterMember: true });
    await ok('relations.create', { projectId, sourceId: s.koperasi.id, targetId: s.bank.id, kind: 'finance', formality: 'formal' });
    const parts = unzipDocx(bytesOf(await ok('documents.render', { projectId, kind: 'monitoring-report' })));
    const text = docxText(parts.documentXml);
    for (const x of [
      'LAPORAN MONITORING RENCANA KEGIATAN', 'Pembelian bahan baku bersama\tCheck (evaluasi)', '1 dari 2\t45.000.000',
      'Harga rotan per kg\tRp/kg\t12.000\t14.500 (Juni 2026)', 'Di bawah target', 'Sesuai target', 'Menambah pemasok kedua',
      'potret peta "Sebelum FGD-1"', 'Anggota klaster\t1\t2\t+1', 'Hubungan formal\t0\t1\t+1', 'Koperasi Mekar Sari → Bank Jabar Cabang Sumber (keuangan, formal)',
    ]) expect(text, x).toContain(x);
    // The bar: ten cells, the behind indicator's shaded in red for 2 of 10 (1/6 of the way).
    const bars = tables(parts.documentXml).flatMap((t) => findAll(t, 'w:tbl')).filter((t) => findAll(t, 'w:tc').length === 10);
    expect(bars.map((b) => findAll(b, 'w:tc').filter((c) => /C0504D|4F81BD/.test(JSON.stringify(c))).length)).toEqual([5, 2]);
  });

  it('refuses a plan document without a plan, and a report without any plan', async () => {
    const s = await shortlistedProject();
    expect(await s.raw('documents.render', { projectId: s.projectId, kind: 'pdm' })).toMatchObject({ ok: false, error: { reason: 'document_needs' } });
    expect(await s.raw('documents.render', { projectId: s.projectId, kind: 'monitoring-report' })).toMatchObject({ ok: false, error: { reason: 'no_action_plans' } });
  });
});

describe('the spreadsheet of plans', () => {
  it('has the plans, the budget with totals per source, and the indicators with a column per month', async () => {
    const s = await scenario();
    const file = await s.ok('actionPlans.exportXlsx', { projectId: s.projectId, year: 2026 });
    expect(file.fileName).toBe('rencana-kegiatan-klaster-mebel-rotan-2026.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytesOf(file) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Rencana Kegiatan', 'Anggaran', 'Indikator']);
    const values = (name: string) => book.getWorksheet(name)!.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
    expect(values('Rencana Kegiatan')[1]).toEqual(expect.arrayContaining(['Pembelian bahan baku bersama', 'Bahan baku', 'H. Sukardi', 'Koperasi Mekar Sari', 45_000_000]));
    const budget = values('Anggaran');
    expect(budget[1]).toEqual([1, 'Pembelian bahan baku bersama', 'Iuran modal pembelian', 'Anggota', 20_000_000]);
    expect(budget[5]![4]).toMatchObject({ formula: 'SUM(E2:E4)', result: 45_000_000 });
    expect(budget[6]![4]).toMatchObject({ formula: 'SUMIF(D2:D4,"Anggota",E2:E4)', result: 20_000_000 });
    const indicators = values('Indikator');
    expect(indicators[0]).toEqual(['Rencana kegiatan', 'Tingkat', 'Uraian indikator', 'Satuan', 'Nilai awal', 'Target', 'Cara verifikasi', '2026-06', 'Capaian terakhir', 'Status']);
    expect(indicators[2]).toEqual(['Pembelian bahan baku bersama', 'Tujuan', 'Harga rotan per kg', 'Rp/kg', 15000, 12000, 'Catatan harga koperasi', 14500, 14500, 'Di bawah target']);
  });
});

describe('plan documents open in LibreOffice', () => {
  // Skipped where LibreOffice is not installed; scripts/docx-to-pdf.sh does the same by hand.
  it.skipIf(!hasSoffice)('the action plan, PDM, annual plan and monitoring report convert to PDF', async () => {
    const s = await scenario();
    const dir = tempDir();
    for (const request of [{ kind: 'action-plan' as const, planId: s.plan.id }, { kind: 'pdm' as const, planId: s.plan.id }, { kind: 'annual-plan' as const, year: 2026 }, { kind: 'monitoring-report' as const }]) {
      const file = await s.ok('documents.render', { projectId: s.projectId, ...request });
      const docx = path.join(dir, file.fileName);
      fs.writeFileSync(docx, bytesOf(file));
      const r = spawnSync('bash', [path.resolve('scripts/docx-to-pdf.sh'), docx, dir], { encoding: 'utf8', timeout: 120_000 });
      expect(r.status, r.stderr).toBe(0);
      expect(fs.statSync(docx.replace(/\.docx$/, '.pdf')).size).toBeGreaterThan(1000);
    }
  }, 240_000);
});
