import fs from 'node:fs';
import path from 'node:path';
import { devices, type Browser, type BrowserContext } from '@playwright/test';
import { expect, test as base, uniqueName } from './fixtures';
import { MeetingsPage } from './pages/MeetingsPage';
import { ParticipationPanel } from './pages/ParticipationPanel';
import { PhonePage } from './pages/PhonePage';
import { WorkshopPage } from './pages/WorkshopPage';

const test = base.extend<{ ws: WorkshopPage; meetings: MeetingsPage; panel: ParticipationPanel }>({
  ws: async ({ page }, use) => use(new WorkshopPage(page)),
  meetings: async ({ page }, use) => use(new MeetingsPage(page)),
  panel: async ({ page }, use) => use(new ParticipationPanel(page)),
});

const PHONE_PAGE = path.resolve('dist/phone/index.html');
const PEOPLE = ['Hj. Siti Aminah', 'Ahmad Fauzi', 'Joko Santoso'];

/** Participants' phones: the same Chromium, each phone a context of its own (its own storage). */
async function phones(browser: Browser, count: number): Promise<{ contexts: BrowserContext[]; phones: PhonePage[] }> {
  const contexts = await Promise.all(Array.from({ length: count }, () => browser.newContext({ ...devices['Pixel 5'], locale: 'id-ID', timezoneId: 'Asia/Jakarta' })));
  return { contexts, phones: await Promise.all(contexts.map(async (c) => new PhonePage(await c.newPage()))) };
}

// A session left open by a failed test would keep its port and its phones.
test.afterEach(async ({ request }) => {
  const projects = (await (await request.post('/api/projects.list', { data: {} })).json()).data as { id: string }[];
  for (const p of projects) await request.post('/api/participation.stop', { data: { projectId: p.id } });
});

test('phones join a workshop: private cards, reveal, dots, a hidden card, offline sending, and the session closes', async ({ browser, page, home, ws, panel }) => {
  test.setTimeout(150_000);
  await home.goto();
  await home.createProject(uniqueName('Klaster Mebel Rotan'));
  await ws.openArea();
  await ws.create({ theme: 'Tema kegiatan klaster', template: 'Daftar panjang tema kegiatan', typed: PEOPLE, fromRegistry: [] });
  // Cards go in hidden while participants write on their own.
  await ws.openTab('Kartu');
  await ws.saving('workshops.update', () => ws.main.getByLabel(/Menulis diam-diam/).check());

  // The facilitator opens the workshop to phones, trying it on this computer.
  const { url, code } = await panel.openOnThisComputer('Buka untuk peserta');
  expect(code).toMatch(/^\d{4}$/);
  await expect(panel.qr).toBeVisible();
  await expect(panel.qr).toHaveAttribute('src', /^data:image\/svg\+xml;base64,/);
  expect(await panel.qr.evaluate((img: HTMLImageElement) => img.naturalWidth), 'the QR code is drawn').toBeGreaterThan(0);
  await expect(panel.qr).toHaveAccessibleName(`Kode QR untuk ${url}`);
  await expect(panel.joined).toHaveText('0 dari 3 peserta bergabung');
  await expect(page.getByRole('dialog')).toBeInViewport({ ratio: 1 });

  // The projector shows how to join, large enough for the back of the hall.
  const [projector] = await Promise.all([
    page.context().waitForEvent('page'),
    panel.dialog.getByRole('button', { name: 'Tampilkan di proyektor' }).click(),
  ]);
  const wallJoin = projector.getByRole('region', { name: 'Bergabung dengan ponsel' });
  await expect(wallJoin.getByRole('img', { name: `Kode QR untuk ${url}` })).toBeVisible();
  await expect(wallJoin.getByText(url, { exact: true })).toBeVisible();
  await expect(wallJoin.getByText(code, { exact: true })).toBeVisible();
  const qrSize = await wallJoin.getByRole('img').evaluate((img) => img.getBoundingClientRect().width);
  expect(qrSize, 'QR code width on the projector (px)').toBeGreaterThanOrEqual(240);
  const codeSize = await wallJoin.getByText(code, { exact: true }).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(codeSize, 'code size on the projector (px)').toBeGreaterThanOrEqual(72);
  expect(await projector.evaluate(() => document.documentElement.scrollWidth), 'projector width at 1024x768').toBeLessThanOrEqual(1024);
  await expect(wallJoin.getByRole('status')).toHaveText('0 dari 3 peserta bergabung');

  test.skip(!fs.existsSync(PHONE_PAGE), 'The participants\' page has not been built (dist/phone)');

  // Three phones open the address, type the code and pick their names.
  const { contexts, phones: [siti, ahmad, joko] } = await phones(browser, 3);
  try {
    for (const [phone, name] of [[siti, PEOPLE[0]], [ahmad, PEOPLE[1]], [joko, PEOPLE[2]]] as const) {
      await phone!.enterCode(url, code);
      await phone!.pickName(name!);
      await expect(phone!.writer).toBeVisible();
    }
    await expect(panel.joined).toHaveText('3 dari 3 peserta bergabung');
    await expect(wallJoin.getByRole('status')).toHaveText('3 dari 3 peserta bergabung');
    for (const name of PEOPLE) await expect(panel.device(name)).toContainText('tersambung');
    await panel.close();
    await expect(panel.sessionButton()).toHaveText('Sesi peserta: 3 dari 3 bergabung');

    // Private writing: each phone sees its own cards only; the facilitator sees them arrive.
    await siti!.writeCard('Pelatihan finishing rotan');
    await siti!.writeCard('Pameran bersama di Jakarta');
    await ahmad!.writeCard('Merek bersama klaster');
    await joko!.writeCard('Koperasi bahan baku');
    await expect(siti!.myCard('Pelatihan finishing rotan')).toContainText('tersembunyi sampai dibuka fasilitator');
    await expect(ws.main.getByText('4 kartu tersembunyi')).toBeVisible();
    await expect(ws.card('Merek bersama klaster')).toContainText(PEOPLE[1]!);
    await expect(ahmad!.wallCard('Pelatihan finishing rotan')).toHaveCount(0);

    // Reveal: every phone sees every card.
    await ws.saving('cards.reveal', () => ws.main.getByRole('button', { name: 'Buka semua kartu' }).click());
    await expect(ahmad!.wallCard('Pelatihan finishing rotan')).toBeVisible();
    await expect(joko!.wallCard('Merek bersama klaster')).toBeVisible();

    // Three dots each: Siti places hers, a fourth is refused and the phone says none are left.
    await ws.openTab('Pilih');
    await expect(ws.main.getByLabel('Titik per peserta')).toHaveValue('3');
    await siti!.stopWriting();
    await expect(siti!.dotsLeft).toHaveText('Sisa titik: 3 dari 3');
    await siti!.addDot('Merek bersama klaster');
    await siti!.addDot('Merek bersama klaster');
    await siti!.addDot('Koperasi bahan baku');
    await expect(siti!.dotsLeft).toHaveText('Sisa titik: 0 dari 3');
    await siti!.addDot('Pameran bersama di Jakarta');
    await expect(siti!.toast).toContainText('Titik Anda sudah habis (0 dari 3)');
    await expect(siti!.dotsLeft).toHaveText('Sisa titik: 0 dari 3');
    // The facilitator's grid follows without a reload.
    await expect(ws.dots(PEOPLE[0]!, 'Merek bersama klaster')).toHaveValue('2');
    await expect(ws.main.getByText('Sisa 0 dari 3 titik')).toBeVisible();

    // The facilitator hides one card: gone from the other phones and from the projector.
    await ws.openTab('Kartu');
    await ws.saving('cards.update', () => ws.card('Pameran bersama di Jakarta').getByRole('button', { name: 'Sembunyikan kartu Pameran bersama di Jakarta' }).click());
    await expect(ws.card('Pameran bersama di Jakarta')).toContainText('disembunyikan dari dinding');
    await expect(ws.card('Pameran bersama di Jakarta').getByRole('button', { name: 'Tampilkan kartu Pameran bersama di Jakarta' })).toBeVisible();
    await expect(joko!.wallCard('Pameran bersama di Jakarta')).toHaveCount(0);
    await expect(ahmad!.wallCard('Pameran bersama di Jakarta')).toHaveCount(0);
    await expect(siti!.myCard('Pameran bersama di Jakarta')).toHaveCount(0);
    await expect(projector.getByText('Pameran bersama di Jakarta')).toHaveCount(0);
    await expect(projector.getByText('(kartu tertutup)')).toHaveCount(0);
    await expect(projector.getByText('Merek bersama klaster')).toBeVisible();

    // A phone loses the Wi-Fi while writing: the card waits, then goes once, without a twin.
    await joko!.setOffline(true);
    await joko!.writeCard('Listrik desa sering padam');
    await expect(joko!.myCard('Listrik desa sering padam')).toContainText('menunggu dikirim');
    await expect(joko!.offlineBanner).toBeVisible();
    await joko!.setOffline(false);
    await expect(ws.card('Listrik desa sering padam')).toHaveCount(1, { timeout: 15_000 });
    await expect(joko!.myCard('Listrik desa sering padam')).not.toContainText('menunggu dikirim', { timeout: 15_000 });
    await expect(joko!.offlineBanner).toBeHidden();
    await page.waitForTimeout(1500);
    await expect(ws.card('Listrik desa sering padam')).toHaveCount(1);
    await expect(ws.cardCount).toHaveText('5 kartu');
    // The private round is still on: a reveal shows Joko's card, and the hidden one stays off the wall.
    await expect(ws.main.getByText('1 kartu tersembunyi')).toBeVisible();
    await ws.saving('cards.reveal', () => ws.main.getByRole('button', { name: 'Buka semua kartu' }).click());
    await expect(siti!.wallCard('Listrik desa sering padam')).toBeVisible();
    await expect(siti!.wallCard('Pameran bersama di Jakarta')).toHaveCount(0);
    await expect(projector.getByText('Listrik desa sering padam')).toBeVisible();
    await expect(projector.getByText('Pameran bersama di Jakarta')).toHaveCount(0);

    // "Keluarkan": one phone is signed out and told so; the count follows.
    await panel.reopen();
    // Cards sent per phone: Joko's offline card counts once.
    await expect(panel.device(PEOPLE[2]!).getByRole('cell').nth(2)).toHaveText('2');
    await expect(panel.device(PEOPLE[1]!).getByRole('cell').nth(2)).toHaveText('1');
    await panel.device(PEOPLE[1]!).getByRole('button', { name: `Keluarkan ${PEOPLE[1]}` }).click();
    await expect(ahmad!.page.getByRole('heading', { name: 'Ponsel ini dikeluarkan dari sesi oleh fasilitator.' })).toBeVisible();
    await expect(panel.joined).toHaveText('2 dari 3 peserta bergabung');
    await expect(panel.device(PEOPLE[1]!)).toHaveCount(0);

    // "Tutup sesi": every phone still in is told.
    await panel.stop();
    for (const phone of [siti, joko]) await expect(phone!.page.getByRole('heading', { name: 'Sesi sudah ditutup oleh fasilitator.' })).toBeVisible();
    await expect(ws.main.getByRole('button', { name: 'Buka untuk peserta' })).toBeVisible();
    await expect(wallJoin).toHaveCount(0);
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});

test('self check-in: two invited people and a walk-in, who goes into the registry in one tap', async ({ browser, request, page, home, meetings, panel, shell }) => {
  test.setTimeout(90_000);
  // Setup through the API: a project, two people in the registry, a kickoff meeting inviting them.
  const api = async <T>(method: string, data: object): Promise<T> => {
    const body = await (await request.post(`/api/${method}`, { data })).json();
    expect(body.ok, method).toBe(true);
    return body.data as T;
  };
  const name = uniqueName('Klaster Tahu Sumedang');
  const project = await api<{ id: string }>('projects.create', { name });
  const ids = [];
  for (const [person, organisation] of [['Hj. Siti Aminah', 'UD Tahu Murni'], ['Ahmad Fauzi', 'Tahu Bungkeng']]) {
    ids.push((await api<{ id: string }>('stakeholders.create', { projectId: project.id, name: person, organisation, kind: 'core_firm' })).id);
  }
  const meeting = await api<{ id: string; title: string }>('meetings.create', { projectId: project.id, kind: 'kickoff' });
  await api('attendees.invite', { projectId: project.id, meetingId: meeting.id, stakeholderIds: ids });

  await home.goto();
  await home.openProject(name);
  await meetings.openArea('Rapat');
  await meetings.open(meeting.title);
  await meetings.openTab('Kehadiran');
  await expect(meetings.attendanceCount).toHaveText('Hadir 0 dari 2 diundang');

  const { url, code } = await panel.openOnThisComputer('Daftar hadir mandiri');
  await expect(panel.qr).toBeVisible();
  await expect(panel.joined).toHaveText('0 dari 2 peserta bergabung');
  await expect(page.getByRole('dialog')).toBeInViewport({ ratio: 1 });
  await panel.close();

  test.skip(!fs.existsSync(PHONE_PAGE), 'The participants\' page has not been built (dist/phone)');

  const { contexts, phones: [siti, ahmad, ratna] } = await phones(browser, 3);
  try {
    await siti!.enterCode(url, code);
    await siti!.pickName('Hj. Siti Aminah');
    await expect(siti!.page.getByText('Anda tercatat hadir:')).toBeVisible();
    // The list follows each check-in without a reload.
    await expect(meetings.attendanceCount).toHaveText('Hadir 1 dari 2 diundang');
    await expect(meetings.presentBox('Hj. Siti Aminah')).toBeChecked();

    await ahmad!.enterCode(url, code);
    await ahmad!.pickName('Ahmad Fauzi');
    await expect(ahmad!.page.getByText('Anda tercatat hadir:')).toBeVisible();

    // Someone who came without an invitation types their name.
    await ratna!.enterCode(url, code);
    await ratna!.typeName({ name: 'Ratna Dewi', organisation: 'Warung Tahu Ratna', village: 'Cipacing', phone: '0812 3456 7890' });
    await expect(ratna!.page.getByText('Anda tercatat hadir:')).toBeVisible();
    await expect(meetings.attendanceCount).toHaveText('Hadir 2 dari 2 diundang (+1 tak terundang)');
    const walkIn = meetings.attendee('Ratna Dewi');
    await expect(walkIn).toContainText('tak terundang');
    await expect(walkIn).toContainText('lewat ponsel');
    await expect(walkIn).toContainText('0812 3456 7890');
    await expect(walkIn).toContainText('Cipacing');
    await expect(meetings.main.getByRole('note').filter({ hasText: '1 peserta tak terundang belum ada di daftar pemangku kepentingan' })).toBeVisible();
    await expect(panel.sessionButton()).toHaveText('Sesi peserta: 3 dari 3 bergabung');

    // One tap on the walk-in's row puts her in the registry.
    await meetings.register('Ratna Dewi', 'Perusahaan inti');
    await expect(shell.notice('"Ratna Dewi" kini ada di daftar pemangku kepentingan.')).toBeVisible();
    await expect(walkIn.getByRole('button', { name: 'Masukkan Ratna Dewi ke daftar pemangku kepentingan' })).toHaveCount(0);
    await expect(meetings.main.getByRole('note')).toHaveCount(0);
    const registry = await api<{ name: string; organisation: string; village: string; phone: string }[]>('stakeholders.list', { projectId: project.id });
    expect(registry.find((s) => s.name === 'Ratna Dewi')).toMatchObject({ organisation: 'Warung Tahu Ratna', village: 'Cipacing', phone: '0812 3456 7890' });

    await panel.reopen();
    await panel.stop();
    await expect(ratna!.page.getByRole('heading', { name: 'Sesi sudah ditutup oleh fasilitator.' })).toBeVisible();
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});

test('scoring on phones: two participants score a card, the facilitator sees the averages live and adopts them', async ({ browser, request, page, home, ws, panel, shell }) => {
  test.setTimeout(90_000);
  const api = async <T>(method: string, data: object): Promise<T> => {
    const body = await (await request.post(`/api/${method}`, { data })).json();
    expect(body.ok, method).toBe(true);
    return body.data as T;
  };
  const name = uniqueName('Klaster Mebel Rotan');
  const project = await api<{ id: string }>('projects.create', { name });
  const theme = 'Tema kegiatan yang dinilai';
  const w = await api<{ id: string }>('workshops.create', { projectId: project.id, theme, template: 'longlist', decision: 'scores', participantNames: PEOPLE.slice(0, 2) });
  for (const text of ['Merek bersama klaster', 'Koperasi bahan baku']) await api('cards.create', { projectId: project.id, workshopId: w.id, text });

  await home.goto();
  await home.openProject(name);
  await ws.openArea();
  await ws.main.getByRole('button', { name: theme, exact: true }).click();
  await ws.openTab('Pilih');
  await expect(ws.main.getByLabel('Cara memutuskan')).toHaveValue('scores');
  const adopt = ws.main.getByRole('button', { name: 'Pakai rata-rata peserta' });
  await expect(adopt).toBeDisabled();
  const { url, code } = await panel.openOnThisComputer('Buka untuk peserta');
  await panel.close();

  test.skip(!fs.existsSync(PHONE_PAGE), 'The participants\' page has not been built (dist/phone)');

  // The smallest phone in the hall: 360 x 640.
  const contexts = await Promise.all([{ width: 360, height: 640 }, devices['Pixel 5'].viewport].map((viewport) =>
    browser.newContext({ ...devices['Pixel 5'], viewport, locale: 'id-ID', timezoneId: 'Asia/Jakarta' })));
  const [siti, ahmad] = await Promise.all(contexts.map(async (c) => new PhonePage(await c.newPage())));
  try {
    for (const [phone, person] of [[siti!, PEOPLE[0]!], [ahmad!, PEOPLE[1]!]] as const) {
      await phone.enterCode(url, code);
      await phone.pickName(person);
      await expect(phone.scoreButton('Merek bersama klaster', 'Penting', 1)).toBeVisible();
    }
    // No dots in a scoring workshop; the numbers fit the narrow screen and stay thumb-sized.
    await expect(siti!.dotsLeft).toBeHidden();
    expect(await siti!.page.evaluate(() => document.documentElement.scrollWidth), 'phone page width at 360 px').toBeLessThanOrEqual(360);
    const box = await siti!.scoreButton('Merek bersama klaster', 'Dapat dilaksanakan', 5).boundingBox();
    expect(box!.width, 'score button width (px)').toBeGreaterThanOrEqual(48);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);

    await siti!.score('Merek bersama klaster', 'Penting', 5);
    await siti!.score('Merek bersama klaster', 'Dapat dilaksanakan', 3);
    await ahmad!.score('Merek bersama klaster', 'Penting', 4);
    await ahmad!.score('Merek bersama klaster', 'Dapat dilaksanakan', 4);

    // The facilitator's table follows without a reload: means 4,5 and 3,5 from 2 participants.
    const row = ws.main.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Merek bersama klaster' }) });
    await expect(row.getByRole('cell').nth(3)).toHaveText('4,5');
    await expect(row.getByRole('cell').nth(4)).toHaveText('3,5');
    await expect(row.getByRole('cell').nth(5)).toHaveText('2');
    await expect(ws.main.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Koperasi bahan baku' }) }).getByRole('cell').nth(5)).toHaveText('0');
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'Decide tab width at 1024x768').toBeLessThanOrEqual(1024);

    // Half up: 4,5 becomes 5 and 3,5 becomes 4; one step that Ctrl+Z takes back.
    await ws.saving('scores.adoptAverages', () => adopt.click());
    await expect(shell.notice('Rata-rata peserta dipakai untuk 1 tema/kartu.')).toBeVisible();
    await expect(ws.main.getByLabel('Kepentingan Merek bersama klaster')).toHaveValue('5');
    await expect(ws.main.getByLabel('Kelayakan Merek bersama klaster')).toHaveValue('4');
    await expect(row.getByRole('cell').nth(2)).toHaveText('20');
    await expect(ws.rankingRows().filter({ hasText: 'Merek bersama klaster' })).toContainText('20');

    // A participant changes their mind after all: the mean moves, the agreed score stays.
    await ahmad!.score('Merek bersama klaster', 'Penting', 2);
    await expect(row.getByRole('cell').nth(3)).toHaveText('3,5');
    await expect(ws.main.getByLabel('Kepentingan Merek bersama klaster')).toHaveValue('5');

    await ws.focusOutsideFields();
    await ws.saving('history.undo', () => page.keyboard.press('Control+Z'));
    await expect(row.getByRole('cell').nth(3)).toHaveText('4,5');
    await expect(ahmad!.scoreButton('Merek bersama klaster', 'Penting', 4)).toHaveAttribute('aria-pressed', 'true');
    await ws.saving('history.undo', () => page.keyboard.press('Control+Z'));
    await expect(ws.main.getByLabel('Kepentingan Merek bersama klaster')).toHaveValue('');
    await expect(row.getByRole('cell').nth(2)).toHaveText('');
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});
