import { expect, test, uniqueName } from './fixtures';

test('Ibu Ratna starts the rattan furniture project and fills in its details', async ({ page, home, project, shell }) => {
  const name = uniqueName('Klaster Mebel Rotan');

  await home.goto();
  await home.createProject(name, 'Mebel rotan', 'Kabupaten Cirebon');

  await expect(project.heading).toHaveText('Detail proyek');
  await expect(project.field('Nama klaster')).toHaveValue(name);
  await expect(project.field('Produk')).toHaveValue('Mebel rotan');
  await expect(project.field('Kabupaten/Kota')).toHaveValue('Kabupaten Cirebon');

  await project.editField('Provinsi', 'Jawa Barat');
  await project.editField('Nama fasilitator', 'Ratna Sari Dewi, S.E.');
  await project.editField('Tanggal mulai', '2026-03-02');

  // The laptop may die at any moment: what was typed is already stored.
  await page.reload();
  await expect(project.field('Provinsi')).toHaveValue('Jawa Barat');
  await expect(project.field('Nama fasilitator')).toHaveValue('Ratna Sari Dewi, S.E.');
  await expect(project.field('Tanggal mulai')).toHaveValue('2026-03-02');
  await expect(project.field('Nama klaster')).toHaveValue(name);

  // A project cannot lose its name.
  const nameField = project.field('Nama klaster');
  await project.typeAndLeave('Nama klaster', '');
  await expect(page.getByRole('alert').filter({ hasText: 'Nama klaster wajib diisi.' })).toBeVisible();
  await expect(nameField).toHaveAttribute('aria-invalid', 'true');
  await expect(nameField).toHaveAccessibleDescription('Nama klaster wajib diisi.');
  await expect(shell.currentProject).toHaveText(name);

  await page.reload();
  await expect(project.field('Nama klaster')).toHaveValue(name);

  await shell.goHome();
  await expect(home.projectCard(name)).toBeVisible();
  await expect(home.projectCard(name)).toContainText('Mebel rotan · Kabupaten Cirebon');
});

test('she goes back to the home screen and opens the same project again', async ({ home, project, shell }) => {
  const name = uniqueName('Klaster Mebel Rotan');
  await home.goto();
  await home.createProject(name);
  await project.editField('Provinsi', 'Jawa Barat');

  await shell.goHome();
  await home.openProject(name);
  await expect(project.field('Provinsi')).toHaveValue('Jawa Barat');
});
