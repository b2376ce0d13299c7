import fs from 'node:fs';
import { expect, test, uniqueName } from './fixtures';

test('a saved copy of a project opens again from its .klaster file', async ({ home, project, shell }, testInfo) => {
  const name = uniqueName('Klaster Berkas');
  await home.goto();
  await home.createProject(name, 'Mebel rotan');
  await project.editField('Provinsi', 'Jawa Barat');

  const download = await project.saveCopy();
  expect(download.suggestedFilename()).toMatch(/\.klaster$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  await expect(shell.notice('Salinan proyek disimpan.')).toBeVisible();

  await shell.goHome();
  await expect(home.projectCard(name)).toHaveCount(1);
  await home.openProjectFile(file);
  await expect(shell.notice(`Berkas dibuka sebagai proyek "${name}"`)).toBeVisible();
  await expect(shell.currentProject).toHaveText(name);
  await project.openDetails();
  await expect(project.field('Nama klaster')).toHaveValue(name);
  await expect(project.field('Provinsi')).toHaveValue('Jawa Barat');

  // A copy beside the original, not a replacement of it.
  await shell.goHome();
  await expect(home.projectCard(name)).toHaveCount(2);
});

test('a file that is not a project is refused and nothing changes', async ({ page, home, shell }, testInfo) => {
  await home.goto();
  await home.createProject(uniqueName('Klaster Lain'));
  await shell.goHome();
  const before = await home.projectCards.count();
  expect(before).toBeGreaterThan(0);

  const junk = testInfo.outputPath('daftar hadir.klaster');
  fs.writeFileSync(junk, 'Nama;Usaha;Desa\nSiti;Mebel Rotan Jaya;Tegalwangi\n');
  await home.openProjectFile(junk);
  await expect(shell.errorNotice('Berkas ini bukan berkas proyek Klaster Workbench. Tidak ada yang diubah.')).toBeVisible();
  await expect(home.heading).toBeVisible();
  await expect(home.projectCards).toHaveCount(before);

  await page.reload();
  await expect(home.heading).toBeVisible();
  await expect(home.projectCards).toHaveCount(before);
});
