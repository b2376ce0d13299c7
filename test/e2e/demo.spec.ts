import { expect, test } from './fixtures';

const DEMO = 'Klaster Batik Tulis Lasem';

test('the demo project opens as an editable copy, a new one each time', async ({ home, project, shell }) => {
  await home.goto();
  await home.openDemo();
  await expect(project.field('Nama klaster')).toHaveValue(DEMO);
  await expect(project.field('Kabupaten/Kota')).toHaveValue('Kabupaten Rembang');
  const first = project.projectId();
  await project.editField('Provinsi', 'Provinsi contoh pertama');

  await shell.goHome();
  await home.openDemo();
  const second = project.projectId();
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
