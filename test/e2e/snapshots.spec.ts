import { expect, test, uniqueName } from './fixtures';

test.use({ viewport: { width: 1024, height: 768 } });

test('the map before and after, side by side, with a plain summary and a Word report', async ({ page, request }) => {
  const ok = async (method: string, data: object) => {
    const body = await (await request.post(`/api/${method}`, { data })).json();
    expect(body.ok, `${method}: ${JSON.stringify(body.error)}`).toBe(true);
    return body.data;
  };
  const { id: projectId } = await ok('projects.create', { name: uniqueName('Klaster Batik Pesisir') });
  const rasidi = await ok('stakeholders.create', { projectId, name: 'H. Rasidi', kind: 'buyer' });
  const firms = [];
  for (const name of ['Bu Aminah', 'Pak Ridwan', 'Bu Sri']) firms.push(await ok('stakeholders.create', { projectId, name, kind: 'core_firm' }));
  const shop = await ok('stakeholders.create', { projectId, name: 'Toko Solo', kind: 'buyer' });
  for (const f of firms) await ok('relations.create', { projectId, sourceId: f.id, targetId: rasidi.id, kind: 'downstream' });
  await ok('relations.create', { projectId, sourceId: rasidi.id, targetId: shop.id, kind: 'downstream' });
  await ok('stakeholders.savePositions', { projectId, positions: [rasidi, ...firms, shop].map((s, i) => ({ id: s.id, x: i * 120, y: (i % 2) * 90 })) });
  await ok('snapshots.create', { projectId, name: 'Sebelum FGD-1' });
  const kop = await ok('stakeholders.create', { projectId, name: 'Koperasi Batik Lasem', kind: 'association' });
  for (const f of firms) await ok('relations.create', { projectId, sourceId: f.id, targetId: kop.id, kind: 'downstream' });
  await ok('relations.create', { projectId, sourceId: kop.id, targetId: shop.id, kind: 'downstream' });

  await page.goto(`/#/project/${projectId}/stakeholders`);
  const main = page.getByRole('main');
  await main.getByRole('tab', { name: 'Potret peta' }).click();
  // From the oldest snapshot to the map now.
  await expect(main.getByLabel('Dari')).toHaveValue(/.+/);
  await main.getByRole('button', { name: 'Bandingkan' }).click();

  const summary = main.getByRole('list', { name: 'Ringkasan' });
  await expect(summary).toContainText('1 pelaku baru: Koperasi Batik Lasem.');
  await expect(summary).toContainText('H. Rasidi (pembeli) tidak lagi satu-satunya jembatan di antara para pelaku.');
  await expect(main.getByRole('img', { name: 'Sebelum: Sebelum FGD-1' })).toBeVisible();
  await expect(main.getByRole('img', { name: 'Sesudah: Peta sekarang' })).toBeVisible();
  // The measures are named in words, not as raw keys.
  await expect(main.getByRole('columnheader', { name: /jembatan/ })).toBeVisible();
  await expect(main.getByText('Keperantaraan (betweenness)', { exact: true }).first()).toBeVisible();
  await expect(main.getByText('inDegree')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);

  const download = page.waitForEvent('download');
  await main.getByRole('button', { name: 'Ekspor ke Word' }).click();
  expect((await download).suggestedFilename()).toMatch(/^Perbandingan Peta .*\.docx$/);

  // "Lihat" shows the snapshot's own map.
  await main.getByRole('button', { name: 'Lihat' }).click();
  await expect(main.getByRole('img', { name: 'Peta potret Sebelum FGD-1' })).toBeVisible();
});
