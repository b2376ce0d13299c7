import { expect, test, uniqueName } from './fixtures';

test('deleting a project asks first', async ({ page, home, project, shell }) => {
  const name = uniqueName('Klaster Hapus');
  await home.goto();
  await home.createProject(name);
  await project.editField('Provinsi', 'Jawa Barat');

  // "Batal": nothing happens to the project.
  let dialog = await project.openDeleteDialog();
  await expect(dialog).toContainText(`Proyek "${name}" beserta semua cadangannya akan dihapus`);
  await expect(dialog.getByRole('button', { name: 'Batal' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await expect(dialog).toBeHidden();
  await expect(shell.currentProject).toHaveText(name);
  await page.reload();
  await expect(project.field('Provinsi')).toHaveValue('Jawa Barat');

  // "Hapus": gone from the list of projects.
  dialog = await project.openDeleteDialog();
  await dialog.getByRole('button', { name: 'Hapus', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(home.heading).toBeVisible();
  await expect(shell.notice(`Proyek "${name}" dihapus.`)).toBeVisible();
  await expect(home.projectCard(name)).toHaveCount(0);

  await home.goto();
  await expect(home.projectCard(name)).toHaveCount(0);
});

test('Esc closes the question without deleting', async ({ page, home, project, shell }) => {
  const name = uniqueName('Klaster Esc');
  await home.goto();
  await home.createProject(name);

  const dialog = await project.openDeleteDialog();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await shell.goHome();
  await expect(home.projectCard(name)).toBeVisible();
});
