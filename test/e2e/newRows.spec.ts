import { expect, test, uniqueName } from './fixtures';
import { ActionPlansPage } from './pages/ActionPlansPage';
import { api } from './pages/ElectionPage';

// A row typed under a list (here a budget line) is emptied as soon as it is sent: the next one can
// be typed while the first is saved, and nothing typed meanwhile is wiped when the save returns.
// A refused row comes back to be corrected.
test('a budget line is sent and the next one typed while it is saved; a refused one comes back', async ({ page, request, project }) => {
  const { id: projectId } = await api(request, 'projects.create', { name: uniqueName('Klaster Tahu Kalisari') });
  await api(request, 'actionPlans.create', { projectId, title: 'Instalasi limbah cair bersama', area: 'production' });
  const p = new ActionPlansPage(page);
  await project.gotoProject(projectId);
  await p.open();
  await p.main.getByRole('button', { name: 'Instalasi limbah cair bersama' }).first().click();

  // A slow save: the answer is held back while the next line is typed.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/budgetLines.add', async (route) => {
    await held;
    await route.continue();
  });
  const description = p.main.getByLabel('Uraian baru');
  await description.fill('Pipa dan bak pengendap');
  await p.main.getByLabel('Jumlah baru (Rp)').fill('12.000.000');
  await p.main.getByRole('button', { name: 'Tambah baris' }).click();
  await expect(description).toHaveValue('');
  await description.fill('Upah tukang');
  const saved = page.waitForResponse('**/api/budgetLines.add');
  release();
  await saved;
  await expect(p.main.getByTestId('budget-total')).toHaveText('Rp 12.000.000');
  await expect(description).toHaveValue('Upah tukang');
  await page.unroute('**/api/budgetLines.add');

  // Refused by the back end (here, as if the disk were full): the line comes back as typed.
  await page.route('**/api/budgetLines.add', (route) => route.fulfill({
    contentType: 'application/json',
    body: JSON.stringify({ ok: false, error: { code: 'internal', reason: 'disk_full', message: 'disk full' } }),
  }));
  await p.main.getByLabel('Jumlah baru (Rp)').fill('3.500.000');
  await p.main.getByRole('button', { name: 'Tambah baris' }).click();
  await expect(description).toHaveValue('Upah tukang');
  await expect(p.main.getByLabel('Jumlah baru (Rp)')).toHaveValue('3.500.000');
  await expect(p.main.getByTestId('budget-total')).toHaveText('Rp 12.000.000');
});

// Milestones are saved as one list: the second one, added while the first is being saved, is
// built on the list with the first, so both stay; a refused one comes back to be corrected.
test('a milestone added while the one before is being saved keeps both; a refused one comes back', async ({ page, request, project }) => {
  const { id: projectId } = await api(request, 'projects.create', { name: uniqueName('Klaster Rotan Tegalwangi') });
  await api(request, 'actionPlans.create', { projectId, title: 'Gudang bahan baku bersama', area: 'production' });
  const p = new ActionPlansPage(page);
  await project.gotoProject(projectId);
  await p.open();
  await p.main.getByRole('button', { name: 'Gudang bahan baku bersama' }).first().click();
  const when = p.question('Kapan akan dilaksanakan?');

  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let first = true;
  await page.route('**/api/actionPlans.update', async (route) => {
    if (first) {
      first = false;
      await held;
    }
    await route.continue();
  });
  const title = when.getByLabel('Tonggak baru');
  await title.fill('Kontrak ditandatangani');
  await when.getByRole('button', { name: 'Tambah tonggak' }).click();
  await expect(title).toHaveValue('');
  await title.fill('Gudang disewa');
  await when.getByRole('button', { name: 'Tambah tonggak' }).click();
  release();
  await expect(when.getByLabel('Tonggak 2', { exact: true })).toHaveValue('Gudang disewa');
  await expect(when.getByLabel('Tonggak 1', { exact: true })).toHaveValue('Kontrak ditandatangani');
  await page.unroute('**/api/actionPlans.update');

  await page.route('**/api/actionPlans.update', (route) => route.fulfill({
    contentType: 'application/json',
    body: JSON.stringify({ ok: false, error: { code: 'internal', reason: 'disk_full', message: 'disk full' } }),
  }));
  await title.fill('Bahan pertama dibeli');
  await when.getByRole('button', { name: 'Tambah tonggak' }).click();
  await expect(title).toHaveValue('Bahan pertama dibeli');
  await expect(when.getByLabel('Tonggak 3', { exact: true })).toHaveCount(0);
});
