import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test, uniqueName } from './fixtures';
import { ActionPlansPage } from './pages/ActionPlansPage';
import { api } from './pages/ElectionPage';
import type { ProjectPage } from './pages/ProjectPage';

/** A new project with one action plan, opened in the editor. */
async function openNewPlan(page: Page, request: APIRequestContext, project: ProjectPage, cluster: string, title: string): Promise<ActionPlansPage> {
  const { id: projectId } = await api(request, 'projects.create', { name: uniqueName(cluster) });
  await api(request, 'actionPlans.create', { projectId, title, area: 'production' });
  const p = new ActionPlansPage(page);
  await project.gotoProject(projectId);
  await p.open();
  await p.main.getByRole('button', { name: title }).first().click();
  return p;
}

/** Holds back the answer to the next call of `method` until `release` is called; later calls pass. */
async function holdNext(page: Page, method: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let first = true;
  await page.route(`**/api/${method}`, async (route) => {
    if (first) {
      first = false;
      await held;
    }
    await route.continue();
  });
  return release;
}

// A row typed under a list (here a budget line) is emptied as soon as it is sent: the next one can
// be typed while the first is saved, and nothing typed meanwhile is wiped when the save returns.
// A refused row comes back to be corrected.
test('a budget line is sent and the next one typed while it is saved; a refused one comes back', async ({ page, request, project }) => {
  const p = await openNewPlan(page, request, project, 'Klaster Tahu Kalisari', 'Instalasi limbah cair bersama');

  // A slow save: the answer is held back while the next line is typed.
  const release = await holdNext(page, 'budgetLines.add');
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

// Milestones are saved as one list: a change made while another is being saved is built on the
// list with that one, so neither undoes the other, and an edit lands on the milestone shown even
// when one above it is being removed; a refused one comes back to be corrected.
test('milestones added, removed and edited while the one before is being saved all land; a refused one comes back', async ({ page, request, project }) => {
  const p = await openNewPlan(page, request, project, 'Klaster Rotan Tegalwangi', 'Gudang bahan baku bersama');
  const when = p.question('Kapan akan dilaksanakan?');
  const milestone = (n: number) => when.getByLabel(`Tonggak ${n}`, { exact: true });

  let release = await holdNext(page, 'actionPlans.update');
  const title = when.getByLabel('Tonggak baru');
  await title.fill('Kontrak ditandatangani');
  await when.getByRole('button', { name: 'Tambah tonggak' }).click();
  await expect(title).toHaveValue('');
  await title.fill('Gudang disewa');
  await when.getByRole('button', { name: 'Tambah tonggak' }).click();
  release();
  await expect(milestone(2)).toHaveValue('Gudang disewa');
  await expect(milestone(1)).toHaveValue('Kontrak ditandatangani');
  await page.unroute('**/api/actionPlans.update');

  // The first removed and, while that is saved, the second (still shown second) edited.
  release = await holdNext(page, 'actionPlans.update');
  await when.getByRole('button', { name: 'Hapus tonggak 1' }).click();
  await milestone(2).fill('Gudang disewa setahun');
  await milestone(2).press('Tab');
  release();
  await expect(milestone(1)).toHaveValue('Gudang disewa setahun');
  await expect(milestone(2)).toHaveCount(0);
  await page.unroute('**/api/actionPlans.update');

  await page.route('**/api/actionPlans.update', (route) => route.fulfill({
    contentType: 'application/json',
    body: JSON.stringify({ ok: false, error: { code: 'internal', reason: 'disk_full', message: 'disk full' } }),
  }));
  await title.fill('Bahan pertama dibeli');
  await when.getByRole('button', { name: 'Tambah tonggak' }).click();
  await expect(title).toHaveValue('Bahan pertama dibeli');
  await expect(milestone(2)).toHaveCount(0);
});
