import { expect, test, uniqueName } from './fixtures';

test.use({ viewport: { width: 1024, height: 768 } });

test('the regency view: clusters compared, scores typed in place, the first year\'s choice marked and printed', async ({ page, request, home }) => {
  const ok = async (method: string, data: object) => {
    const body = await (await request.post(`/api/${method}`, { data })).json();
    expect(body.ok, `${method}: ${JSON.stringify(body.error)}`).toBe(true);
    return body.data;
  };
  const best = uniqueName('Klaster Genteng Kebumen');
  const other = uniqueName('Klaster Logam Tegal');
  const { id: bestId } = await ok('projects.create', { name: best });
  await ok('projects.create', { name: other });
  for (const name of ['Pak Slamet', 'Bu Ratmi']) await ok('stakeholders.create', { projectId: bestId, name, kind: 'core_firm', employees: 8 });

  await home.goto();
  await page.getByText('Prioritas klaster (Langkah 1)').click();
  const row = page.getByRole('row').filter({ hasText: best });
  await expect(row).toContainText('16'); // two core firms of 8 workers
  const growth = row.getByLabel(`Peluang tumbuh ${best}`);
  // Out of the pilot study's range: refused with the range, nothing saved.
  await growth.fill('60');
  await growth.press('Tab');
  await expect(page.getByRole('alert').filter({ hasText: 'Peluang tumbuh (/54) diisi 0 sampai 54. Nilai lama tetap tersimpan.' })).toBeVisible();
  await expect(growth).toHaveValue('');
  await growth.fill('54');
  await growth.press('Tab');
  const capacity = row.getByLabel(`Kemampuan bertindak ${best}`);
  await capacity.fill('36');
  await capacity.press('Tab');
  await expect(row).toContainText('100%');
  await expect(row).toContainText('didukung');
  await expect(page.getByRole('row').filter({ hasText: other })).not.toContainText('didukung');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Dokumen Word' }).click();
  expect((await download).suggestedFilename()).toMatch(/^Prioritas Pengembangan Klaster .*\.docx$/);
});
