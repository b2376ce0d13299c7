import { expect, test, uniqueName } from './fixtures';

test('the JICA adviser reads the same screens in English', async ({ page, home, project, shell }) => {
  await home.goto();
  await home.createProject(uniqueName('Klaster Bahasa'));
  await expect(project.heading).toHaveText('Detail proyek');

  await shell.setLanguage('English');
  await expect(project.heading).toHaveText('Project details');
  await expect(project.field('Cluster name')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Project areas' }).getByRole('button', { name: 'Project details' })).toBeVisible();

  // The choice is remembered on this laptop.
  await page.reload();
  await expect(project.heading).toHaveText('Project details');
  await expect(shell.languageSelect).toHaveValue('en');
  await expect(project.field('Cluster name')).toBeVisible();

  await shell.setLanguage('Indonesia');
  await expect(project.heading).toHaveText('Detail proyek');
  await expect(project.field('Nama klaster')).toBeVisible();
});
