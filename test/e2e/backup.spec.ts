import { expect, test, uniqueName } from './fixtures';

test('yesterday\'s backup opened by mistake, and back again', async ({ home, project, shell }) => {
  const name = uniqueName('Klaster Cadangan');
  await home.goto();
  await home.createProject(name);
  await project.editField('Provinsi', 'Jawa Timur');

  // Each opening of the project makes a backup first.
  await shell.goHome();
  await home.openProject(name);
  await project.openDetails();
  await project.editField('Provinsi', 'Jawa Tengah');
  await shell.goHome();
  await home.openProject(name);
  await project.openDetails();

  const entries = await project.openBackups();
  await expect(entries).toHaveCount(2);
  for (const entry of await entries.all()) {
    await expect(entry).toContainText(/\d{1,2} \p{L}+ \d{4}/u); // "26 November 2025"
    await expect(entry).toContainText('Saat proyek dibuka');
  }

  // The list is newest first: the last entry is the older backup, from before "Jawa Tengah".
  await project.restoreBackup(entries.last());
  await expect(project.field('Provinsi')).toHaveValue('Jawa Timur');
  await expect(shell.notice(/Proyek dipulihkan ke cadangan \S.* \d{4}/)).toBeVisible();

  // The state before the restore was kept, so the mistake can be taken back.
  const after = await project.openBackups();
  await expect(after).toHaveCount(3);
  const beforeRestore = after.filter({ hasText: 'Sebelum pemulihan' });
  await expect(beforeRestore).toHaveCount(1);
  await expect(after.first()).toContainText('Sebelum pemulihan');
  await project.restoreBackup(beforeRestore);
  await expect(project.field('Provinsi')).toHaveValue('Jawa Tengah');
});
