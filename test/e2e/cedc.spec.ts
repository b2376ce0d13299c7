import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test as base } from './fixtures';
import { CedcPage } from './pages/CedcPage';

const test = base.extend<{ cedc: CedcPage }>({
  cedc: async ({ page }, use) => use(new CedcPage(page)),
});

const NEW_BASIS = 'Peraturan Daerah Kabupaten Rembang Nomor 5 Tahun 2019 tentang Pemberdayaan Usaha Mikro;';

async function documentXml(download: import('@playwright/test').Download): Promise<string> {
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const bytes = fs.readFileSync((await download.path())!);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  return strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
}

// Scenario step 9: the committee proposed to the Bupati, the request letter and the draft decree.
test('committee: propose from the registry, edit, reorder, legal basis, undo, both documents', async ({ page, home, shell, cedc: c }) => {
  await home.goto();
  await home.openRegistryDemo();
  await c.open();
  // Drafted from the project: the committee is named after the regency.
  await expect(c.main.getByLabel('Nama komite')).toHaveValue(/Kabupaten Rembang/);
  await expect(c.main.getByText('Belum ada anggota yang diusulkan', { exact: false })).toBeVisible();

  // The government offices in one click, plus the bank by hand.
  await c.main.getByRole('button', { name: 'Usulkan dari daftar…' }).click();
  await expect(c.proposeDialog).toBeVisible();
  await expect(c.proposeDialog.getByRole('checkbox', { name: /Yudi Kurniawan/ })).toBeVisible();
  await c.proposeDialog.getByRole('button', { name: 'Kantor pemerintah' }).click();
  await expect(c.proposeDialog.getByRole('status')).toHaveText('4 dipilih');
  await c.proposeDialog.getByRole('checkbox', { name: /Yudi Kurniawan/ }).check();
  await c.proposeDialog.getByRole('button', { name: 'Usulkan 5' }).click();
  await expect(c.proposeDialog).toBeHidden();
  await expect(shell.notice('5 anggota diusulkan.')).toBeVisible();
  await expect(c.memberRows).toHaveCount(5);
  const names = async () => c.main.getByRole('textbox', { name: /^Nama \(\d\)$/ }).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const before = await names();
  expect(before).toContain('Yudi Kurniawan');
  // Already proposed people cannot be picked twice.
  await c.main.getByRole('button', { name: 'Usulkan dari daftar…' }).click();
  await expect(c.proposeDialog.getByRole('checkbox', { name: /Yudi Kurniawan/ })).toBeDisabled();
  await c.proposeDialog.getByRole('button', { name: 'Batal' }).click();

  // The first becomes the chair: saved on leaving the field.
  await c.saving('cedc.updateMember', async () => {
    await c.memberField('Jabatan dalam komite', 1).fill('Ketua');
    await c.memberField('Jabatan dalam komite', 1).press('Tab');
  });
  await expect(c.memberField('Jabatan dalam komite', 1)).toHaveValue('Ketua');

  // Reorder: the second moves down.
  await c.saving('cedc.moveMember', () => c.main.getByRole('button', { name: 'Turunkan anggota 2' }).click());
  await expect.poll(names).toEqual([before[0], before[2], before[1], ...before.slice(3)]);

  // The decree: a RANCANGAN, dictums in words, and a regional regulation added to Mengingat.
  await c.openTab('Rancangan keputusan');
  await expect(c.main.getByRole('note')).toContainText('RANCANGAN');
  await expect(c.main.getByTestId('decree-dictums').locator('.text-list-marker')).toHaveText(['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT']);
  const bases = await c.main.getByTestId('decree-legal-bases').getByRole('textbox').count();
  await c.main.getByRole('button', { name: 'Tambah dasar hukum' }).click();
  const added = c.listItem('Mengingat', bases + 1);
  await expect(added).toBeFocused();
  await c.saving('cedc.update', async () => {
    await added.fill(NEW_BASIS);
    await c.heading.click();
  });
  await expect(added).toHaveValue(NEW_BASIS);

  // Ctrl+Z (outside the text fields) takes back the last step only: the legal basis.
  await c.undoWithKeyboard();
  await expect(shell.notice('Diurungkan: ubah surat/rancangan keputusan komite')).toBeVisible();
  await expect(c.main.getByTestId('decree-legal-bases').getByRole('textbox')).toHaveCount(bases);
  await c.openTab('Keanggotaan');
  await expect(c.memberField('Jabatan dalam komite', 1)).toHaveValue('Ketua');
  await expect.poll(names).toEqual([before[0], before[2], before[1], ...before.slice(3)]);

  // Both documents as Word files.
  await c.openTab('Rancangan keputusan');
  const decree = await documentXml(await c.download('Unduh rancangan keputusan'));
  expect(decree).toContain('KESATU');
  // The annex lists the members by position and institution.
  expect(decree).toContain('Bank Rakyat Unit Lasem');
  await expect(shell.notice(/Dokumen .*\.docx disimpan\./)).toBeVisible();
  await c.openTab('Surat permohonan');
  await expect(c.main.getByLabel('Perihal')).toHaveValue(/Permohonan Pembentukan Komite/);
  const letter = await documentXml(await c.download('Unduh surat permohonan'));
  expect(letter).toContain('Permohonan Pembentukan Komite');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
