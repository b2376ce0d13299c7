import { expect, test, uniqueName } from './fixtures';

test.use({ viewport: { width: 1024, height: 768 } });

test('the initiation plan: the guideline\'s steps, dates and budget, meetings under their step, the Word file', async ({ page, request }) => {
  const ok = async (method: string, data: object) => {
    const body = await (await request.post(`/api/${method}`, { data })).json();
    expect(body.ok, `${method}: ${JSON.stringify(body.error)}`).toBe(true);
    return body.data;
  };
  const { id: projectId } = await ok('projects.create', { name: uniqueName('Klaster Tahu Kalisari'), province: 'Jawa Tengah' });
  await page.goto(`/#/project/${projectId}/home`);
  await page.getByRole('navigation').getByRole('button', { name: 'Rencana inisiasi' }).click();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Rencana inisiasi klaster' })).toBeVisible();
  await main.getByRole('button', { name: 'Isi dengan langkah pedoman' }).click();
  const fgd1 = main.getByRole('listitem', { name: 'Kegiatan 4: FGD-1: visi, misi dan aturan' });
  await expect(fgd1.getByLabel('Target output kegiatan 4')).toHaveValue(/Visi dan misi klaster disepakati/);

  const date = fgd1.getByLabel('Tanggal mulai kegiatan 4');
  await date.fill('14/04/2026');
  await date.press('Tab');
  const budget = fgd1.getByLabel('Anggaran kegiatan 4');
  await budget.fill('2500000');
  await budget.press('Tab');
  await expect(main.getByRole('status')).toContainText('Anggaran inisiasi: Rp 2.500.000');
  await expect(fgd1).toContainText('FGD-1 belum dibuat di bagian Rapat.');

  // A meeting of the step's kind shows under it once it exists.
  await ok('meetings.create', { projectId, kind: 'fgd1', title: 'FGD-1 Klaster Tahu Kalisari', date: '2026-04-14' });
  await page.reload();
  await expect(fgd1).toContainText('FGD-1 Klaster Tahu Kalisari (14 April 2026)');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);

  const download = page.waitForEvent('download');
  await main.getByRole('button', { name: 'Dokumen Word' }).click();
  expect((await download).suggestedFilename()).toMatch(/^Rencana Inisiasi .*\.docx$/);
});
