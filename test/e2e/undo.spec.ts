import { expect, test, uniqueName } from './fixtures';

test('a change is undone with Ctrl+Z and redone with Ctrl+Y', async ({ home, project, shell }) => {
  await home.goto();
  await home.createProject(uniqueName('Klaster Undo'));
  await expect(project.undoButton).toBeDisabled();
  await expect(project.redoButton).toBeDisabled();

  await project.editField('Provinsi', 'Jawa Timur');
  await project.editField('Provinsi', 'Jawa Tengah');
  await expect(project.undoButton).toBeEnabled();

  // Focus outside the text fields, so Ctrl+Z undoes the last saved change rather than typing.
  await project.undoWithKeyboard();
  await expect(project.field('Provinsi')).toHaveValue('Jawa Timur');
  await expect(shell.notice('Diurungkan: ubah detail proyek')).toBeVisible();
  await expect(project.redoButton).toBeEnabled();

  await project.redoWithKeyboard();
  await expect(project.field('Provinsi')).toHaveValue('Jawa Tengah');
  await expect(shell.notice('Diulangi: ubah detail proyek')).toBeVisible();

  // The buttons do the same; with nothing left to undo "Urungkan" is disabled.
  await project.undo();
  await expect(project.field('Provinsi')).toHaveValue('Jawa Timur');
  await project.undo();
  await expect(project.field('Provinsi')).toHaveValue('');
  await expect(project.undoButton).toBeDisabled();

  await project.redo();
  await expect(project.field('Provinsi')).toHaveValue('Jawa Timur');
  await expect(project.undoButton).toBeEnabled();
});

test('Ctrl+Z inside a text field is left to the field', async ({ page, home, project }) => {
  await home.goto();
  await home.createProject(uniqueName('Klaster Ketik'));
  await project.editField('Provinsi', 'Jawa Timur');
  const undoCalls: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/history.undo')) undoCalls.push(r.url());
  });

  // Inside a field Ctrl+Z belongs to the typing, not to the project's history...
  await project.field('Nama fasilitator').click();
  await page.keyboard.type('Ratna');
  await page.keyboard.press('Control+Z');

  // ...so the one saved change is still there for the first Ctrl+Z outside the fields.
  await project.undoWithKeyboard();
  await expect(project.field('Provinsi')).toHaveValue('');
  await expect(project.undoButton).toBeDisabled();
  expect(undoCalls).toHaveLength(1);
});

test('an undo that changes another screen says where, and offers to go there', async ({ page, request, project, shell }) => {
  const ok = async (method: string, data: object) => {
    const body = await (await request.post(`/api/${method}`, { data })).json();
    expect(body.ok, `${method}: ${JSON.stringify(body.error)}`).toBe(true);
    return body.data;
  };
  const { id: projectId } = await ok('projects.create', { name: uniqueName('Klaster Undo Rapat') });
  await ok('meetings.create', { projectId, kind: 'kickoff', title: 'Pertemuan awal' });
  await page.goto(`/#/project/${projectId}/stakeholders`);
  await project.undo();
  const notice = shell.notice('Diurungkan di Rapat: buat rapat');
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Buka Rapat' }).click();
  await expect(page).toHaveURL(/\/meetings$/);
  await expect(page.getByText('Belum ada rapat.', { exact: false })).toBeVisible();

  // The same message again replaces the one shown: notices never pile up over the work.
  await project.redo();
  await project.undo();
  for (let i = 0; i < 3; i += 1) {
    await page.getByRole('main').getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('Control+Z');
  }
  await expect(shell.notice('Tidak ada yang bisa diurungkan.')).toHaveCount(1);
  await expect(page.locator('.notices > *')).toHaveCount(2);
});
