import { expect, test } from './fixtures';

const DEMO = 'Klaster Batik Tulis Lasem';

test('the demo project opens as an editable copy, a new one each time', async ({ home, project, shell }) => {
  await home.goto();
  await home.openDemo();
  await project.openDetails();
  await expect(project.field('Nama klaster')).toHaveValue(DEMO);
  await expect(project.field('Kabupaten/Kota')).toHaveValue('Kabupaten Rembang');
  const first = project.projectId();
  await project.editField('Provinsi', 'Provinsi contoh pertama');

  await shell.goHome();
  await home.openDemo();
  const second = project.projectId();
  await project.openDetails();
  expect(second).not.toBe(first);
  // The second copy comes from the shipped demo, not from the edited first copy.
  await expect(project.field('Provinsi')).toHaveValue('Jawa Tengah');
  await project.editField('Kabupaten/Kota', 'Kabupaten contoh kedua');

  await project.gotoProject(first);
  await expect(project.field('Provinsi')).toHaveValue('Provinsi contoh pertama');
  await expect(project.field('Kabupaten/Kota')).toHaveValue('Kabupaten Rembang');

  await project.gotoProject(second);
  await expect(project.field('Provinsi')).toHaveValue('Jawa Tengah');
  await expect(project.field('Kabupaten/Kota')).toHaveValue('Kabupaten contoh kedua');
});

// The demo carries the guideline's story, so a new user sees every area filled.
test('the demo shows held meetings, a short-listed workshop and the announced board', async ({ page, home }) => {
  await home.goto();
  await home.openDemo();
  const main = page.getByRole('main');
  const openArea = async (name: string) => {
    await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
    await expect(main.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
  };

  await openArea('Rapat');
  for (const title of [
    'Pertemuan Awal Inisiasi Klaster Batik Tulis Lasem',
    'Rapat Kelompok Kecil Desa Babagan',
    'FGD-1 Klaster Batik Tulis Lasem: Visi, Misi dan Draf Aturan Klaster',
    'Rapat Umum Anggota Forum Klaster Batik Tulis Lasem',
  ]) await expect(main.getByRole('button', { name: title, exact: true })).toBeVisible();

  await openArea('Lokakarya');
  await expect(main.getByText('Masalah utama Klaster Batik Tulis Lasem').first()).toBeVisible();

  const fgd2 = 'FGD-2 Klaster Batik Tulis Lasem: Pembentukan Organisasi Perwakilan Klaster';
  await openArea('Rapat');
  await main.getByRole('button', { name: fgd2, exact: true }).click();
  await expect(main.getByRole('heading', { level: 1, name: fgd2 })).toBeVisible();
  const tab = main.getByRole('tab', { name: 'Pemilihan pengurus', exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  const board = main.getByRole('region', { name: 'Susunan pengurus' });
  await expect(board).toContainText('Hj. Siti Aminah');
  await expect(board).toContainText('Endang Lestari');
  await expect(main.getByText('Organisasi telah diumumkan', { exact: false })).toBeVisible();
});
