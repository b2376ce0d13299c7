import { expect, test, uniqueName } from './fixtures';

test.use({ viewport: { width: 1024, height: 768 } });

test('from the SWOT wall to strategies linked to their cards, then into a long list', async ({ page, request }) => {
  const ok = async (method: string, data: object) => {
    const body = await (await request.post(`/api/${method}`, { data })).json();
    expect(body.ok, `${method}: ${JSON.stringify(body.error)}`).toBe(true);
    return body.data;
  };
  const { id: projectId } = await ok('projects.create', { name: uniqueName('Klaster Mebel Rotan') });
  const w = await ok('workshops.create', { projectId, template: 'swot', theme: 'Analisis SWOT klaster rotan' });
  const [S, W, O, T] = w.groups;
  for (const [text, g] of [['Desain anyaman khas', S], ['Modal kerja kecil', W], ['Permintaan ekspor naik', O], ['Rotan sintetis murah', T]] as const) {
    await ok('cards.create', { projectId, workshopId: w.id, text, groupId: g.id });
  }

  await page.goto(`/#/project/${projectId}/workshops`);
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Analisis SWOT klaster rotan', exact: true }).click();
  await main.getByRole('tab', { name: 'Hasil', exact: true }).click();
  await expect(main.getByRole('heading', { name: 'Dari SWOT ke strategi' })).toBeVisible();

  // SO offers only the S and O cards.
  const from = main.getByRole('group', { name: 'Dari kartu' });
  await expect(from.getByRole('checkbox')).toHaveCount(2);
  await from.getByRole('checkbox', { name: 'S: Desain anyaman khas' }).check();
  await from.getByRole('checkbox', { name: 'O: Permintaan ekspor naik' }).check();
  await main.getByLabel('Strategi', { exact: true }).fill('Pameran ekspor bersama dengan desain khas');
  await main.getByRole('button', { name: 'Tambah strategi' }).click();
  const so = main.getByRole('region', { name: 'SO: kekuatan × peluang' });
  await expect(so).toContainText('Pameran ekspor bersama dengan desain khas');
  await expect(so).toContainText('S: Desain anyaman khas; O: Permintaan ekspor naik');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);

  await main.getByRole('button', { name: 'Jadikan daftar panjang…' }).click();
  await expect(main.getByRole('heading', { level: 1, name: 'Daftar panjang strategi dari Analisis SWOT klaster rotan' })).toBeVisible();
  await main.getByRole('tab', { name: 'Kartu', exact: true }).click();
  await expect(main.getByText('SO: Pameran ekspor bersama dengan desain khas')).toBeVisible();
});
