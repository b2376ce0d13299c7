import fs from 'node:fs';
import { expect, test as base, uniqueName } from './fixtures';
import { ArticlesPage } from './pages/ArticlesPage';

const test = base.extend<{ articles: ArticlesPage }>({
  articles: async ({ page }, use) => use(new ArticlesPage(page)),
});

// SCENARIO step 9: the AD draft is generated, a Pasal inserted in BAB IV, the later numbers and
// the references follow; undo; a version is saved and the Word document downloaded.
test('AD/ART: generate, insert a Pasal in BAB IV, references follow, undo, version, document', async ({ page, home, articles: a, shell }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await home.goto();
  await home.createProject(uniqueName('Klaster AD'));
  await a.open();
  await expect(a.main.getByText('Belum ada draf.', { exact: false })).toBeVisible();
  await a.generate();
  await expect(shell.notice('Draf Anggaran Dasar (AD) dibuat dari data proyek.')).toBeVisible();
  await expect(a.chapter('X')).toBeVisible();
  // No vision adopted in this project: the placeholder is there for the facilitator to see.
  await expect(a.paragraph(4, 1)).toHaveValue(/\[Visi belum ditetapkan\]/);
  await expect(a.pasal(12).getByRole('textbox', { name: 'Judul Pasal 12' })).toHaveValue('Rapat Anggota');
  await expect(a.paragraph(16)).toHaveValue(/dimaksud dalam ⟦Pasal 12⟧, dengan kuorum .* dalam ⟦Pasal 13⟧\.$/);

  await a.chapter('IV').getByRole('button', { name: 'Tambah Pasal (BAB IV)' }).click();
  await expect(a.pasal(18)).toBeVisible();
  // The new Pasal's title has the focus: typing goes straight into it.
  await expect(a.pasal(9).getByRole('textbox', { name: 'Judul Pasal 9' })).toBeFocused();
  await a.pasal(9).getByRole('textbox', { name: 'Judul Pasal 9' }).fill('Kartu Anggota');
  await a.paragraph(9).fill('Setiap anggota diberi kartu anggota sebagaimana dimaksud dalam');
  await a.pasal(9).getByRole('button', { name: 'Sisipkan rujukan Pasal' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sisipkan rujukan Pasal' });
  await dialog.getByLabel('Pasal yang dirujuk').selectOption({ label: 'BAB IV · Pasal 7 — Anggota' });
  await dialog.getByRole('button', { name: 'Sisipkan' }).click();
  await expect(a.paragraph(9)).toHaveValue('Setiap anggota diberi kartu anggota sebagaimana dimaksud dalam ⟦Pasal 7⟧');
  await expect(a.pasal(13).getByRole('textbox', { name: 'Judul Pasal 13' })).toHaveValue('Rapat Anggota');
  await expect(a.paragraph(17)).toHaveValue(/dimaksud dalam ⟦Pasal 13⟧, dengan kuorum .* dalam ⟦Pasal 14⟧\.$/);

  // Undo the reference, the text, the title and the insert: the numbers go back.
  for (let i = 0; i < 4; i++) await a.undoWithKeyboard();
  await expect(a.pasal(18)).toBeHidden();
  await expect(a.paragraph(16)).toHaveValue(/dimaksud dalam ⟦Pasal 12⟧/);

  await a.saveVersion('Draf untuk rapat umum');
  await expect(shell.notice('Versi 1 disimpan.')).toBeVisible();
  await expect(a.main.getByRole('listitem', { name: 'Versi 1: Draf untuk rapat umum' })).toBeVisible();

  const download = await a.download('Dokumen AD (Word)');
  expect(download.suggestedFilename()).toMatch(/^Anggaran Dasar .*\(rancangan\)\.docx$/);
  expect(fs.readFileSync((await download.path())!).subarray(0, 2).toString('latin1')).toBe('PK');
});
