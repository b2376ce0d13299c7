import { expect, test, uniqueName } from './fixtures';
import { api, ElectionPage } from './pages/ElectionPage';

// Documents ready to sign: the regency, the place of signing and the officials are set once, on the details screen.
test('she picks Kabupaten Cirebon from the list and names the officials who sign', async ({ page, request, home, project }) => {
  const name = uniqueName('Klaster Mebel Rotan');
  await home.goto();
  await home.createProject(name, 'Mebel rotan');
  const panel = page.getByTestId('signing-panel');
  await expect(panel).toBeVisible();

  // Picked, not typed: the province and the seat come with it.
  await panel.getByRole('combobox', { name: 'Cari kabupaten/kota' }).fill('cirebon');
  await expect(panel.getByRole('option')).toHaveCount(2);
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/signing.set'));
  await panel.getByRole('option', { name: /Kabupaten Cirebon/ }).click();
  expect((await saved).ok()).toBe(true);
  await expect(panel.getByTestId('regency-chosen')).toHaveText('Kabupaten Cirebon');
  await expect(panel.getByText('Provinsi Jawa Barat, ibu kota Sumber')).toBeVisible();
  await expect(panel.getByLabel('Tempat penandatanganan', { exact: true })).toHaveValue('Sumber');
  await expect(project.field('Kabupaten/Kota')).toHaveValue('Kabupaten Cirebon');
  await expect(project.field('Provinsi')).toHaveValue('Jawa Barat');

  // The head of a kabupaten is a Bupati.
  const head = panel.getByTestId('official-regionalHead');
  await expect(head).toHaveAccessibleName('Bupati');
  const dinas = panel.getByTestId('official-kepalaDinas');
  const fill = async (scope: typeof dinas, label: string, value: string) => {
    const done = page.waitForResponse((r) => r.url().endsWith('/api/signing.set'));
    await scope.getByLabel(label, { exact: true }).fill(value);
    await page.keyboard.press('Tab');
    expect((await done).ok()).toBe(true);
  };
  await fill(dinas, 'Nama', 'Ir. Bambang Sutrisno, M.M.');

  // A NIP has 18 digits: a short one is refused on the spot and not saved.
  await dinas.getByLabel('NIP', { exact: true }).fill('1968');
  await page.keyboard.press('Tab');
  await expect(dinas.getByText('NIP terdiri atas 18 angka.')).toBeVisible();
  await fill(dinas, 'NIP', '19680512 199403 1 007');
  await fill(head, 'Nama', 'Drs. H. Imron, M.Ag.');

  // Saved in the project, as the documents will read it.
  const { id: projectId } = (await api(request, 'projects.list', {})).find((p) => p.name === name)!;
  expect(await api(request, 'signing.get', { projectId })).toMatchObject({
    regencyCode: '32.09', place: 'Sumber',
    officials: { kepalaDinas: { name: 'Ir. Bambang Sutrisno, M.M.', nip: '196805121994031007' }, regionalHead: { name: 'Drs. H. Imron, M.Ag.' } },
    titles: { regionalHead: 'Bupati Cirebon' },
  });

  await page.reload();
  await expect(page.getByTestId('signing-panel').getByTestId('regency-chosen')).toHaveText('Kabupaten Cirebon');
  await expect(page.getByTestId('official-kepalaDinas').getByLabel('NIP', { exact: true })).toHaveValue('196805121994031007');
});

test('in the FGD-2 election tab she enters the start time and the witnesses of the berita acara', async ({ page, request, home }) => {
  const name = uniqueName('Klaster Mebel Rotan');
  await home.goto();
  await home.createProject(name);
  const { id: projectId } = (await api(request, 'projects.list', {})).find((p) => p.name === name)!;
  await api(request, 'signing.set', { projectId, regencyCode: '73.71' }); // Kota Makassar: WITA
  const meeting = await api(request, 'meetings.create', { projectId, kind: 'fgd2', title: 'FGD-2 Pembentukan Organisasi', date: '2026-12-09' });

  const e = new ElectionPage(page);
  await e.goto(projectId, 'FGD-2 Pembentukan Organisasi');
  const panel = page.getByTestId('witnesses-panel');
  await expect(panel.getByText('Zona waktu mengikuti provinsi: WITA')).toBeVisible();
  const timeSaved = page.waitForResponse((r) => r.url().endsWith('/api/meetings.update'));
  await panel.getByLabel('Rapat dimulai pukul').fill('09:00');
  await panel.getByLabel('Rapat dimulai pukul').blur();
  expect((await timeSaved).ok()).toBe(true);
  for (const witness of ['Rahmat Hidayat', 'Nur Aisyah']) {
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/signing.setWitnesses'));
    await panel.getByLabel('Nama saksi baru').fill(witness);
    await panel.getByRole('button', { name: 'Tambah saksi' }).click();
    expect((await saved).ok()).toBe(true);
  }
  await expect(panel.getByLabel('Saksi 2', { exact: true })).toHaveValue('Nur Aisyah');

  expect(await api(request, 'signing.witnesses', { projectId, meetingId: meeting.id })).toEqual({ witnesses: ['Rahmat Hidayat', 'Nur Aisyah'] });
  expect(await api(request, 'meetings.get', { projectId, id: meeting.id })).toMatchObject({ startTime: '09:00', timeZone: 'WITA' });
});
