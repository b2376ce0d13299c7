import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { docxText } from '../helpers/docx';
import { expect, test as base, uniqueName } from './fixtures';
import { StakeholdersPage } from './pages/StakeholdersPage';

const test = base.extend<{ stakeholders: StakeholdersPage }>({
  stakeholders: async ({ page }, use) => use(new StakeholdersPage(page)),
});

test.beforeEach(async ({ home, stakeholders }) => {
  await home.goto();
  await home.createProject(uniqueName('Klaster Genteng Jatiwangi'), 'Genteng', 'Kabupaten Majalengka');
  await stakeholders.open();
});

// Step 5: the facilitator marks what the bank offers, then prints the list of reachable BDS providers.
test('a bank\'s services in the dialog, then "Daftar BDS Provider yang dapat diakses" as Word', async ({ page, stakeholders: s }) => {
  // A firm gets the directory's fields; the BDS part is not offered.
  await s.addButton.click();
  const dialog = s.newDialog;
  await s.fillForm(dialog, { name: 'H. Dadang', kind: 'Perusahaan inti' });
  await expect(dialog.getByRole('group', { name: 'Profil usaha (direktori)' })).toBeVisible();
  await expect(dialog.getByRole('group', { name: 'Penyedia layanan (BDS)' })).toHaveCount(0);
  await s.field(dialog, 'Tenaga kerja (orang)').fill('12');
  await dialog.getByLabel('Potensial: mau dan bersemangat untuk maju').check();
  await s.save(dialog);

  await s.addButton.click();
  await s.fillForm(dialog, { name: 'Bank BJB Cabang Majalengka', kind: 'Bank', phone: '0233 281234' });
  const bds = dialog.getByRole('group', { name: 'Penyedia layanan (BDS)' });
  await expect(bds).toBeVisible();
  await expect(dialog.getByRole('group', { name: 'Profil usaha (direktori)' })).toHaveCount(0);
  await bds.getByRole('checkbox', { name: 'Konsultasi' }).check();
  await bds.getByRole('checkbox', { name: 'Informasi' }).check();
  await s.field(dialog, 'Wilayah layanan').fill('Kabupaten Majalengka');
  await s.field(dialog, 'Dasar biaya').fill('Gratis bagi nasabah');
  await s.field(dialog, 'Terjangkau dalam 1 jam').selectOption({ label: 'Ya' });
  await s.field(dialog, 'Pengalaman dan kinerja').fill('KUR untuk 30 perajin genteng (2025)');
  // At 1024x768 the body scrolls and the buttons stay in view.
  await expect(dialog.getByRole('button', { name: 'Simpan', exact: true })).toBeInViewport();
  await s.save(dialog);

  // Saved: opening it again shows the same marks.
  const edit = await s.openStakeholder('Bank BJB Cabang Majalengka');
  const again = edit.getByRole('group', { name: 'Penyedia layanan (BDS)' });
  await expect(again.getByRole('checkbox', { name: 'Konsultasi' })).toBeChecked();
  await expect(again.getByRole('checkbox', { name: 'Pelatihan' })).not.toBeChecked();
  await expect(s.field(edit, 'Terjangkau dalam 1 jam')).toHaveValue('yes');
  await edit.getByRole('button', { name: 'Batal' }).click();

  const download = page.waitForEvent('download');
  await page.getByRole('main').getByRole('button', { name: 'Daftar BDS (Word)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Daftar BDS Provider .*\.docx$/);
  const bytes = fs.readFileSync((await file.path())!);
  const text = docxText(strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!));
  for (const part of ['DAFTAR BDS PROVIDER YANG DAPAT DIAKSES', 'Bank BJB Cabang Majalengka', 'Konsultasi, Informasi', 'Kabupaten Majalengka',
    'Gratis bagi nasabah', 'KUR untuk 30 perajin genteng (2025)', 'Terjangkau dalam 1 jam']) expect(text, part).toContain(part);
  expect(text).not.toContain('H. Dadang');
});
