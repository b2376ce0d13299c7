import { expect, test, uniqueName } from './fixtures';
import { api } from './pages/ElectionPage';

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
  await project.editField('Tanggal mulai', '02/03/2026');

  // The laptop may die at any moment: what was typed is already stored.
  await page.reload();
  await expect(project.field('Provinsi')).toHaveValue('Jawa Barat');
  await expect(project.field('Nama fasilitator')).toHaveValue('Ratna Sari Dewi, S.E.');
  await expect(project.field('Tanggal mulai')).toHaveValue('02/03/2026');
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
  await project.openDetails();
  await expect(project.field('Provinsi')).toHaveValue('Jawa Barat');
});

test.describe('with the browser in English (en-US)', () => {
  test.use({ locale: 'en-US' });

  test('she types the start date day first and it is read as 1 March, not 3 January', async ({ page, request, home, project }) => {
    const name = uniqueName('Klaster Mebel Rotan');
    await home.goto();
    await home.createProject(name);

    const field = project.field('Tanggal mulai');
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/projects.update'));
    await project.typeAndLeave('Tanggal mulai', '01032026');
    expect((await saved).ok()).toBe(true);
    await expect(field).toHaveValue('01/03/2026');
    await expect(field).toHaveAccessibleDescription('Minggu, 1 Maret 2026');
    await expect(page.getByRole('main').getByText('Minggu, 1 Maret 2026')).toBeVisible();
    const { id } = (await api(request, 'projects.list', {})).find((p) => p.name === name)!;
    expect((await api(request, 'projects.get', { projectId: id })).startDate).toBe('2026-03-01');

    // A date that does not exist is refused with a reason, and the stored one is kept.
    await project.typeAndLeave('Tanggal mulai', '31/02/2026');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert').filter({ hasText: 'Tanggal 31/02/2026 tidak ada di kalender.' })).toBeVisible();
    expect((await api(request, 'projects.get', { projectId: id })).startDate).toBe('2026-03-01');
  });
});
