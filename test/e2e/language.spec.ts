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

test('in English the prefilled agenda and rules show their English beside the Indonesian the documents print', async ({ page, request, shell }) => {
  const ok = async (method: string, data: object) => {
    const body = await (await request.post(`/api/${method}`, { data })).json();
    expect(body.ok, `${method}: ${JSON.stringify(body.error)}`).toBe(true);
    return body.data;
  };
  const { id: projectId } = await ok('projects.create', { name: uniqueName('Klaster Bahasa Agenda') });
  const meeting = await ok('meetings.create', { projectId, kind: 'fgd1' });
  const workshop = await ok('workshops.create', { projectId, template: 'free' });
  await page.goto(`/#/project/${projectId}/meetings/${meeting.id}/agenda`);
  await shell.setLanguage('English');
  const main = page.getByRole('main');
  await expect(main.getByText('Confirmation of the vision and mission for developing the cluster')).toBeVisible();
  await expect(main.getByLabel('Title of agenda item 1')).toHaveValue('Konfirmasi visi dan misi pengembangan klaster');

  await page.goto(`/#/project/${projectId}/workshops`);
  await main.getByRole('button', { name: 'Curah pendapat', exact: true }).click();
  await expect(main.getByRole('list', { name: 'Brainstorming rules' })).toContainText('No criticism: every idea is welcome without judgement.');
  await expect(main.getByRole('list', { name: 'Brainstorming rules' })).toContainText('Tidak ada kritik');
  expect(workshop.id).toBeTruthy();
});
