import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test as base, uniqueName } from './fixtures';
import { StakeholdersPage } from './pages/StakeholdersPage';

const test = base.extend<{ stakeholders: StakeholdersPage }>({
  stakeholders: async ({ page }, use) => use(new StakeholdersPage(page)),
});

/**
 * The typed sign-in sheet of the kickoff meeting, as a colleague's Excel saves it: ';'-separated,
 * a title row and a place/date row above the header, a blank line, trailing ";" on every line.
 * Rows (Excel numbering): 5-9 and 11-17; row 11 has no name, row 13 repeats row 5
 * ("Bp. Darsono, UD Rotan Jaya Abadi" = "Pak Darsono, UD. Rotan Jaya Abadi").
 */
const CSV = fileURLToPath(new URL('../fixtures/e2e/daftar-hadir-pertemuan-awal.csv', import.meta.url));
/** The office's workbook: merged title, phone numbers typed as numbers (see make-daftar-hadir-xlsx.mjs). */
const XLSX = fileURLToPath(new URL('../fixtures/e2e/daftar-hadir-kantor.xlsx', import.meta.url));

const CSV_IMPORTED = [
  'Agus Salim, M.T.', 'Bp. Darsono', 'H. Sobari', 'Ibu Casmini', 'Ibu Nurhayati', 'Ibu Sumiyati', 'Ibu Wartinah',
  'Pak Tarsim', 'Rudi Hartono, S.T.', 'Sdr. Yanto',
];

test.beforeEach(async ({ home, stakeholders }) => {
  await home.goto();
  await home.createProject(uniqueName('Klaster Mebel Rotan'), 'Mebel rotan', 'Kabupaten Cirebon');
  await stakeholders.open();
});

test('the kickoff sign-in sheet (CSV with ";") is reviewed, imported, and undone in one step', async ({ page, stakeholders: s, project, shell }) => {
  await s.openImport();
  await expect(s.importDialog).toContainText('Tidak ada yang disimpan sebelum Anda menekan Impor.');
  await expect(s.importConfirmButton).toHaveText('Impor 0 baris');
  await expect(s.importConfirmButton).toBeDisabled();

  await s.chooseImportFile(CSV);
  await expect(s.importDialog.getByText('Berkas: daftar-hadir-pertemuan-awal.csv')).toBeVisible();

  // The guessed mapping: row numbers and signatures ignored, the rest to their fields.
  await expect(s.mapping).toMatchAriaSnapshot(`
    - group "Kolom di berkas → isian":
      - combobox "No":
        - option "(abaikan)" [selected]
      - combobox "Nama":
        - option "Nama" [selected]
      - combobox "Instansi/Usaha":
        - option "Organisasi/usaha" [selected]
      - combobox "Jabatan":
        - option "Jabatan" [selected]
      - combobox "Desa":
        - option "Desa/alamat" [selected]
      - combobox "Kelompok":
        - option "Kelompok kecil" [selected]
      - combobox "No. HP":
        - option "No. HP" [selected]
      - combobox "Tanda Tangan":
        - option "(abaikan)" [selected]
      - combobox "Jenis bila tidak disebut":
        - option "Perusahaan inti" [selected]
  `);

  await expect(s.importSummary).toHaveText('12 baris: 11 siap, 1 bermasalah, 1 kemungkinan ganda.');
  await expect(s.importDialog).toContainText('Baris bermasalah tidak ikut diimpor');
  await expect(s.previewTable.getByRole('checkbox')).toHaveCount(12);
  await expect(s.includeBox(10)).toHaveCount(0); // the blank line keeps its number but is no row

  // Row 11 has no name: marked with its Excel row number, and it cannot be ticked.
  await expect(s.previewRow(11)).toContainText('Nama: nama kosong');
  await expect(s.previewRow(11)).toContainText('CV Mekar Rotan');
  await expect(s.includeBox(11)).toBeDisabled();
  await expect(s.includeBox(11)).not.toBeChecked();
  // Row 13 repeats row 5: unticked, but it may be ticked on purpose.
  await expect(s.previewRow(13)).toContainText('sama dengan baris 5');
  await expect(s.includeBox(13)).toBeEnabled();
  await expect(s.includeBox(13)).not.toBeChecked();
  await expect(s.includeBox(5)).toBeChecked();
  await expect(s.previewRow(5)).toContainText('Kelompok Tegalwangi');
  await expect(s.importConfirmButton).toHaveText('Impor 10 baris');
  await s.includeBox(13).check();
  await expect(s.importConfirmButton).toHaveText('Impor 11 baris');
  await s.includeBox(13).uncheck();

  await s.confirmImport(10);
  await expect(shell.notice('10 orang/lembaga diimpor (3 kelompok baru). Ctrl+Z mengurungkan.')).toBeVisible();
  await s.expectCount(10, 10);
  await expect(s.names).toHaveText(CSV_IMPORTED);
  await expect(s.cell('Bp. Darsono', 'Organisasi/usaha')).toHaveText('UD Rotan Jaya Abadi');
  await expect(s.cell('Bp. Darsono', 'Desa')).toHaveText('Tegalwangi');
  await expect(s.cell('Bp. Darsono', 'Kelompok kecil')).toHaveText('Kelompok Tegalwangi');
  await expect(s.cell('Bp. Darsono', 'Jenis')).toHaveText('Perusahaan inti');
  await expect(s.row('Pak Darsono')).toHaveCount(0);
  await expect(s.table).not.toContainText('CV Mekar Rotan');
  await expect((await s.openStakeholder('Ibu Nurhayati')).getByLabel('No. HP', { exact: true })).toHaveValue('(0231) 320011');
  await s.editDialog.getByRole('button', { name: 'Batal' }).click();
  await expect(s.editDialog).toBeHidden();

  // The groups named in the sheet exist, with their members; "Kelompok Setu" came only from rows 16-17.
  await s.showTab('Kelompok kecil');
  await expect(s.groupCards).toHaveCount(3);
  await expect(s.groupCard('Kelompok Tegalwangi').getByRole('listitem')).toHaveText([/Bp\. Darsono/, /Ibu Wartinah/]);
  await expect(s.groupCard('Kelompok Kertasari').getByRole('listitem')).toHaveText([/H\. Sobari/, /Sdr\. Yanto/]);
  await expect(s.groupCard('Kelompok Setu').getByRole('listitem')).toHaveText([/Ibu Sumiyati/, /Pak Tarsim/]);

  // One Ctrl+Z takes back the whole import, groups included.
  await s.undoWithKeyboard();
  await expect(shell.notice('Diurungkan: impor daftar peserta')).toBeVisible();
  await expect(s.groupCards).toHaveCount(0);
  await expect(project.undoButton).toBeDisabled();
  await s.showTab('Tabel');
  await s.expectCount(0, 0);
  await expect(page.getByText('Belum ada pemangku kepentingan.', { exact: false })).toBeVisible();
  await page.reload();
  await expect(s.heading).toBeVisible();
  await s.expectCount(0, 0);
});

test('the office\'s XLSX: title row skipped, phone typed as a number keeps its leading 0', async ({ stakeholders: s, shell }) => {
  await s.previewImport(XLSX);
  await expect(s.importDialog.getByText('Berkas: daftar-hadir-kantor.xlsx, lembar "Daftar Hadir"')).toBeVisible();
  await expect(s.importSummary).toHaveText('4 baris: 4 siap, 0 bermasalah, 0 kemungkinan ganda.');
  await expect(s.mappingFor('Nama Lengkap')).toHaveValue('name');
  await expect(s.mappingFor('Jenis')).toHaveValue('kind');
  // Excel rows 4-7: the merged title is row 1 and the header row 3.
  for (const n of [4, 5, 6, 7]) await expect(s.includeBox(n)).toBeChecked();
  await expect(s.previewRow(5)).toContainText('Pemasok');
  await expect(s.previewRow(6)).toContainText('Bank');

  await s.confirmImport(4);
  await expect(shell.notice('4 orang/lembaga diimpor (1 kelompok baru). Ctrl+Z mengurungkan.')).toBeVisible();
  await s.expectCount(4, 4);
  await expect(s.names).toHaveText(['Ibu Karsih', 'Ibu Lilis Suryani', 'Pak Kadmi', 'Pak Warsono']);
  await expect(s.cell('Pak Warsono', 'Jenis')).toHaveText('Pemasok');
  await expect(s.cell('Ibu Lilis Suryani', 'Jenis')).toHaveText('Bank');
  await expect(s.cell('Ibu Karsih', 'Kelompok kecil')).toHaveText('Kelompok Tegalwangi');

  const dialog = await s.openStakeholder('Ibu Karsih');
  await expect(dialog.getByLabel('No. HP', { exact: true })).toHaveValue('081234567890');
  await expect(dialog.getByLabel('Organisasi/usaha', { exact: true })).toHaveValue('UD Karsih Rotan');
  await expect(dialog.getByLabel('Desa', { exact: true })).toHaveValue('Tegalwangi');
});

test('a file that is not a sign-in sheet is refused and nothing changes', async ({ page, stakeholders: s, shell }, testInfo) => {
  await s.add({ name: 'Pak Darsono', kind: 'Perusahaan inti', village: 'Tegalwangi' });
  await s.expectCount(1, 1);
  let previews = 0;
  let commits = 0;
  page.on('response', (r) => {
    if (r.url().endsWith('/api/import.preview')) previews += 1;
    if (r.url().endsWith('/api/import.commit')) commits += 1;
  });

  const pdf = testInfo.outputPath('notulen rapat.pdf');
  fs.writeFileSync(pdf, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
  // Bytes that are no workbook, under a workbook's name (and with NULs, under a CSV's name).
  const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
  const brokenXlsx = testInfo.outputPath('daftar hadir.xlsx');
  fs.writeFileSync(brokenXlsx, noise);
  const brokenCsv = testInfo.outputPath('daftar hadir.csv');
  fs.writeFileSync(brokenCsv, noise);

  await s.openImport();
  await s.chooseImportFile(pdf);
  await expect(shell.errorNotice('Jenis berkas ini tidak bisa diimpor. Gunakan CSV atau XLSX (Excel).')).toBeVisible();
  await s.chooseImportFile(brokenXlsx);
  await expect(shell.errorNotice('Berkas ini tidak dapat dibaca; mungkin rusak. Simpan ulang dari Excel lalu coba lagi.')).toBeVisible();
  await s.chooseImportFile(brokenCsv);
  await expect.poll(() => previews).toBe(3);
  // The same refusal again replaces the one shown rather than stacking a copy.
  await expect(shell.errorNotice('Berkas ini tidak dapat dibaca; mungkin rusak. Simpan ulang dari Excel lalu coba lagi.')).toHaveCount(1);

  // No preview, nothing to import; the dialog waits for another file.
  await expect(s.importDialog).toBeVisible();
  await expect(s.importSummary).toHaveCount(0);
  await expect(s.mapping).toHaveCount(0);
  await expect(s.importConfirmButton).toBeDisabled();
  await expect(s.chooseFileButton).toBeEnabled();
  await s.importDialog.getByRole('button', { name: 'Batal' }).click();
  await expect(s.importDialog).toBeHidden();

  expect(commits).toBe(0);
  await s.expectCount(1, 1);
  await page.reload();
  await expect(s.heading).toBeVisible();
  await s.expectCount(1, 1);
  await expect(s.names).toHaveText(['Pak Darsono']);
});

test('the same sheet imported twice: every row is "sudah ada di daftar"', async ({ stakeholders: s, shell }) => {
  await s.previewImport(CSV);
  await s.confirmImport(10);
  await expect(shell.notice(/^10 orang\/lembaga diimpor/)).toBeVisible();
  await s.expectCount(10, 10);

  await s.previewImport(CSV);
  await expect(s.importSummary).toHaveText('12 baris: 11 siap, 1 bermasalah, 11 kemungkinan ganda.');
  // The duplicate of row 5 is now a duplicate of the registry too; the nameless row is still only nameless.
  for (const n of [5, 6, 7, 8, 9, 12, 13, 14, 15, 16, 17]) {
    await expect(s.previewRow(n)).toContainText('sudah ada di daftar');
    await expect(s.includeBox(n)).not.toBeChecked();
  }
  await expect(s.previewRow(11)).toContainText('Nama: nama kosong');
  await expect(s.previewRow(11)).not.toContainText('sudah ada di daftar');
  await expect(s.previewTable.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(s.importConfirmButton).toHaveText('Impor 0 baris');
  await expect(s.importConfirmButton).toBeDisabled();

  await s.importDialog.getByRole('button', { name: 'Batal' }).click();
  await expect(s.importDialog).toBeHidden();
  await s.expectCount(10, 10);
});
