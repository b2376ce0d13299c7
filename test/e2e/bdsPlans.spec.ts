import { expect, test as base, uniqueName } from './fixtures';
import { ActionPlansPage } from './pages/ActionPlansPage';

const test = base.extend<{ plans: ActionPlansPage }>({
  plans: async ({ page }, use) => use(new ActionPlansPage(page)),
});

const Q5 = 'Apakah pendukung luar diperlukan?';
const Q6 = 'Siapa yang menjadi pendukung tersebut?';

// Step 5 meets Step 6: the plan says what outside support it needs, the registry's BDS providers
// that offer it are suggested under question 6, and one is added in a click.
test('question 6 suggests the BDS providers offering the support question 5 needs', async ({ page, request, project, plans: p }) => {
  const ok = async (method: string, data: object) => {
    const body = await (await request.post(`/api/${method}`, { data })).json();
    expect(body.ok, `${method}: ${JSON.stringify(body.error)}`).toBe(true);
    return body.data;
  };
  const { id: projectId } = await ok('projects.create', { name: uniqueName('Klaster Genteng Jatiwangi') });
  await ok('stakeholders.create', { projectId, name: 'LPK Karya Mandiri', kind: 'consultant', bdsServices: ['training', 'design'], bdsReachable: true });
  await ok('stakeholders.create', { projectId, name: 'Balai Besar Keramik', kind: 'rnd_institute', bdsServices: ['testing', 'certification'] });
  await ok('actionPlans.create', { projectId, title: 'Pelatihan desain genteng glasir', area: 'production' });
  await project.gotoProject(projectId);
  await p.open();
  await p.main.getByRole('button', { name: 'Pelatihan desain genteng glasir' }).first().click();

  // The kinds of support appear once outside support is needed.
  await expect(p.question(Q5).getByRole('group', { name: 'Jenis dukungan yang diperlukan' })).toHaveCount(0);
  await p.saving('actionPlans.update', () => p.question(Q5).getByLabel('Ya').check());
  const kinds = p.question(Q5).getByRole('group', { name: 'Jenis dukungan yang diperlukan' });
  await p.saving('actionPlans.update', () => kinds.getByRole('checkbox', { name: 'Pelatihan' }).check());
  await p.saving('actionPlans.update', () => kinds.getByRole('checkbox', { name: 'Hukum' }).check());

  const suggested = p.question(Q6).getByRole('list', { name: 'Penyedia BDS yang menawarkan dukungan ini' });
  await expect(suggested.getByRole('listitem')).toHaveCount(1);
  await expect(suggested.getByRole('listitem').first()).toContainText('LPK Karya Mandiri');
  await expect(suggested.getByRole('listitem').first()).toContainText('Pelatihan · terjangkau dalam 1 jam');
  await expect(p.question(Q6).getByText('Belum ada penyedia untuk: Hukum.', { exact: false })).toBeVisible();

  await p.saving('actionPlans.update', () => suggested.getByRole('button', { name: 'Tambahkan LPK Karya Mandiri sebagai pendukung' }).click());
  await expect(p.question(Q6).getByRole('list', { name: 'Pendukung' })).toContainText('LPK Karya Mandiri');
  await expect(p.question(Q6).getByText('Belum ada penyedia BDS di daftar yang menawarkan dukungan ini.')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'plan form at 1024x768').toBeLessThanOrEqual(1024);
});
