import { expect, test, uniqueName } from './fixtures';

test.use({ viewport: { width: 1024, height: 768 } });

test('an opened project shows its path: counts, the next step, and a held meeting with its documents', async ({ page, request, home }) => {
  const name = uniqueName('Klaster Tahu Kalisari');
  const ok = async (method: string, data: object) => {
    const body = await (await request.post(`/api/${method}`, { data })).json();
    expect(body.ok, `${method}: ${JSON.stringify(body.error)}`).toBe(true);
    return body.data;
  };
  const { id: projectId } = await ok('projects.create', { name, province: 'Jawa Tengah' });
  const darto = await ok('stakeholders.create', { projectId, name: 'Pak Darto', kind: 'core_firm', clusterMember: true });
  const kedelai = await ok('stakeholders.create', { projectId, name: 'UD Kedelai Makmur', kind: 'supplier' });
  await ok('relations.create', { projectId, sourceId: kedelai.id, targetId: darto.id, kind: 'upstream' });
  await ok('meetings.create', { projectId, kind: 'kickoff', title: 'Pertemuan awal klaster tahu', date: '2026-01-12', place: 'Balai Desa Kalisari' });
  const round = await ok('questionnaires.create', { projectId, title: 'Putaran 1', date: '2026-01-05' });
  for (let base = 1; base <= 8; base += 1) await ok('questionnaires.answer', { projectId, roundId: round.id, base, choice: 3 });
  await ok('initiation.add', { projectId, title: 'Pertemuan awal inisiasi klaster', startDate: '2026-01-12', meetingKind: 'kickoff' });

  await home.goto();
  await home.openProject(name);
  const main = page.getByRole('main');
  const counts = main.getByRole('definition');
  await expect(main.getByLabel('Isi proyek')).toContainText('Pelaku2');
  await expect(counts).toHaveCount(6);

  const kickoff = main.getByRole('listitem', { name: 'Pertemuan awal: Selesai' });
  await expect(kickoff).toContainText('Selesai 12 Januari 2026');
  // The first step not done is "next", with one plain line saying what to do.
  const groups = main.getByRole('listitem', { name: 'Kelompok kecil: Berikutnya' });
  await expect(groups).toContainText('1 anggota belum masuk kelompok kecil');
  await expect(main.getByRole('listitem', { name: /: Berikutnya$/ })).toHaveCount(1);

  // A held meeting's documents print from the home.
  const download = page.waitForEvent('download');
  await kickoff.getByRole('button', { name: 'Notulen' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.docx$/);

  // The step opens its meeting.
  await kickoff.getByRole('button', { name: 'Pertemuan awal' }).click();
  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}\/detail$/);
  await expect(main.getByRole('heading', { level: 1 })).toContainText('Pertemuan awal klaster tahu');

  // Back home: the sidebar's first entry; nothing is wider than the window.
  await page.getByRole('navigation').getByRole('button', { name: 'Beranda proyek' }).click();
  await expect(kickoff).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
});
