import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, test, uniqueName } from './fixtures';
import { api } from './pages/ElectionPage';

/**
 * Presentation mode at the village hall's 1024x768. The minimum sizes, from computed
 * styles: cards 28 px, the timer 96 px ("huge": an eighth of the screen's height; it is 115 px at
 * 1024x768), every other text 24 px; the map's legend, which may list 25 kinds beside the map,
 * 16 px (18 px with the demo). See renderer/features/presentation/presentation.css.
 */
const MIN = { card: 28, timer: 96, body: 24, legend: 16 };

/** The smallest computed font size among the elements (Infinity when there are none). */
async function smallestFont(locator: Locator): Promise<number> {
  await expect(locator.first()).toBeVisible();
  return locator.evaluateAll((els) => Math.min(...els.map((el) => parseFloat(getComputedStyle(el).fontSize))));
}

async function presentWithButton(page: Page): Promise<Locator> {
  await page.getByRole('banner').getByRole('button', { name: 'Presentasi', exact: true }).click();
  const wall = page.getByTestId('presentation');
  await expect(wall).toBeVisible();
  return wall;
}

async function presentWithF5(page: Page): Promise<Locator> {
  await page.getByRole('main').getByRole('heading', { level: 1 }).first().click();
  await page.keyboard.press('F5');
  const wall = page.getByTestId('presentation');
  await expect(wall).toBeVisible();
  return wall;
}

/** Nothing of the facilitator's screen: no top bar, sidebar or notices, nothing wider than the window. */
async function expectBare(page: Page): Promise<void> {
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Bagian proyek' })).toHaveCount(0);
  await expect(page.locator('.sidebar, .topbar').first()).toBeHidden();
  await expect(page.locator('.notices')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page width at 1024x768').toBeLessThanOrEqual(1024);
}

/**
 * A notice on screen before presenting, to prove presentation mode hides it: Ctrl+Z (and Ctrl+Y
 * to put the step back, when there was one to undo).
 */
async function raiseNotice(page: Page): Promise<void> {
  await page.getByRole('main').getByRole('heading', { level: 1 }).first().click();
  await page.keyboard.press('Control+Z');
  const notice = page.locator('.notices .notice').last();
  await expect(notice).toHaveText(/^(Diurungkan|Tidak ada yang bisa diurungkan)/);
  if ((await notice.textContent())!.startsWith('Diurungkan')) {
    await page.keyboard.press('Control+Y');
    await expect(page.locator('.notices .notice').last()).toHaveText(/^Diulangi/);
  }
}

async function leaveWithEsc(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Bagian proyek' })).toBeVisible();
}

const GROUPS: [string, string[]][] = [
  ['Bahan baku', ['Harga rotan naik', 'Pasokan rotan tidak menentu', 'Rotan basah saat musim hujan', 'Pemasok hanya dua', 'Tidak ada gudang bersama', 'Ongkos angkut mahal']],
  ['Pemasaran', ['Pembeli hanya satu pedagang', 'Tidak punya akses pameran', 'Belum ada merek bersama', 'Katalog belum ada', 'Harga jual ditekan', 'Pembayaran konsinyasi lambat']],
  ['Modal', ['Modal kerja kurang', 'Bunga pinjaman tinggi', 'Agunan tidak ada', 'Pembukuan belum rapi', 'Kredit usaha sulit', 'Arisan saja']],
  ['Tenaga kerja', ['Tukang muda sedikit', 'Upah tidak menarik', 'Pelatihan jarang', 'Anyaman belum seragam', 'Pekerja pindah ke kota', 'Belum ada sertifikat']],
  ['Peralatan', ['Alat finishing tua', 'Listrik sering padam', 'Mesin amplas kurang', 'Bengkel jauh', 'Suku cadang mahal', 'Ruang kerja sempit']],
];
const THEME = 'Masalah utama klaster';

/** A project with a brainstorming workshop: five groups of six cards, dots on the groups, a running 10-minute timer. */
async function workshopProject(request: APIRequestContext) {
  const { id: projectId } = await api(request, 'projects.create', { name: uniqueName('Klaster Presentasi') });
  const board = await api(request, 'workshops.create', { projectId, theme: THEME, cutLine: 3 });
  for (const [name, cards] of GROUPS) {
    const group = await api(request, 'groups.create', { projectId, workshopId: board.id, name });
    for (const text of cards) await api(request, 'cards.create', { projectId, workshopId: board.id, text, groupId: group.id });
    await api(request, 'votes.set', { projectId, workshopId: board.id, targetType: 'group', targetId: group.id, participantId: null, dots: 3 + cards.length + name.length % 5 });
  }
  await api(request, 'workshops.update', { projectId, id: board.id, rankTarget: 'group' });
  await api(request, 'rounds.start', { projectId, workshopId: board.id, label: 'Curah pendapat', durationSeconds: 600 });
  return { projectId, workshopId: board.id };
}

test('a workshop presented: rules fill the screen, a huge timer, 28 px cards paged by group, the ranking', async ({ page, request }) => {
  test.setTimeout(90_000);
  const { projectId, workshopId } = await workshopProject(request);
  await page.goto(`/#/project/${projectId}/workshops`);
  await page.getByRole('main').getByRole('button', { name: THEME, exact: true }).click();
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: THEME })).toBeVisible();

  // Rules: large and filling the screen, the timer huge beside the theme.
  await raiseNotice(page);
  let wall = await presentWithButton(page);
  await expectBare(page);
  const rules = wall.getByRole('list', { name: 'Aturan curah pendapat' });
  expect(await smallestFont(rules.getByRole('listitem')), 'rules (px)').toBeGreaterThanOrEqual(MIN.body);
  const rulesBox = (await rules.boundingBox())!;
  expect(rulesBox.height, 'rules fill most of the screen height').toBeGreaterThan(768 * 0.5);
  await expect(wall.getByRole('timer')).toHaveText(/^(10:00|09:\d\d)/);
  expect(await smallestFont(wall.getByRole('timer').locator('.ws-timer-digits')), 'timer (px)').toBeGreaterThanOrEqual(MIN.timer);
  expect(await smallestFont(wall.getByRole('heading', { level: 1, name: THEME })), 'theme (px)').toBeGreaterThanOrEqual(MIN.body);
  await leaveWithEsc(page);
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: THEME })).toBeVisible();

  // The board: 30 cards do not fit 1024x768 at 28 px, so it pages through the groups.
  await page.getByRole('main').getByRole('tab', { name: 'Kelompokkan', exact: true }).click();
  wall = await presentWithF5(page);
  await expectBare(page);
  const pager = wall.getByTestId('wall-pager');
  await expect(pager).toHaveText(/^Kelompok 1 dari 5/);
  await expect(wall.getByRole('region', { name: 'Bahan baku' })).toContainText('Harga rotan naik');
  expect(await smallestFont(wall.locator('.ws-big-card')), 'cards (px)').toBeGreaterThanOrEqual(MIN.card);
  expect(await smallestFont(pager), 'page label (px)').toBeGreaterThanOrEqual(MIN.body);
  await page.keyboard.press('ArrowRight');
  await expect(pager).toHaveText(/^Kelompok 2 dari 5/);
  await expect(wall.getByRole('region', { name: 'Pemasaran' })).toContainText('Pembeli hanya satu pedagang');
  await expect(wall.getByRole('region', { name: 'Bahan baku' })).toHaveCount(0);
  await page.keyboard.press('PageDown');
  await expect(pager).toHaveText(/^Kelompok 3 dari 5/);
  await expect(wall.getByRole('region', { name: 'Modal' })).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(pager).toHaveText(/^Kelompok 2 dari 5/);
  await page.keyboard.press('ArrowLeft');
  await expect(pager).toHaveText(/^Kelompok 1 dari 5/);
  // Every card of a page is wholly on screen.
  for (const card of await wall.locator('.ws-big-card').all()) await expect(card).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
  await leaveWithEsc(page);

  // Deciding: the ranking by dots, large.
  await page.getByRole('main').getByRole('tab', { name: 'Pilih', exact: true }).click();
  wall = await presentWithButton(page);
  await expectBare(page);
  const ranking = wall.locator('.ws-projector-ranking li');
  await expect(ranking).toHaveCount(5);
  expect(await smallestFont(ranking), 'ranking (px)').toBeGreaterThanOrEqual(MIN.body);
  await leaveWithEsc(page);

  // The projector page of its own (a second window) has the same sizes, and F5 there presents too.
  await page.goto(`/#/project/${projectId}/workshops/${workshopId}/projector`);
  await expect(page.getByRole('heading', { level: 1, name: THEME })).toBeVisible();
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.locator('.ws-projector-ranking li')).toHaveCount(5);
  expect(await smallestFont(page.getByRole('timer').locator('.ws-timer-digits')), 'projector page timer (px)').toBeGreaterThanOrEqual(MIN.timer);
  await page.getByRole('button', { name: 'Presentasi', exact: true }).click();
  await expect(page.getByTestId('presentation')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Kembali/ })).toBeVisible();
});

test('the map presented read-only with its legend, the whole screen for it', async ({ page, request }) => {
  const demo = await api(request, 'projects.createDemo', {});
  await page.goto(`/#/project/${demo.id}/map`);
  await expect(page.getByTestId('map-count')).toHaveText(/^34 pemangku kepentingan/);
  await raiseNotice(page);
  const wall = await presentWithF5(page);
  await expectBare(page);
  const canvas = wall.getByTestId('map-canvas');
  await expect(canvas).toBeVisible();
  const box = (await canvas.boundingBox())!;
  expect(box.width * box.height, 'the map takes most of the screen').toBeGreaterThan(1024 * 768 * 0.55);
  const legend = wall.locator('.map-legend');
  await expect(legend.getByText('Perusahaan inti')).toBeVisible();
  await expect(legend.getByText('Formal (garis utuh)')).toBeVisible();
  expect(await smallestFont(wall.getByRole('heading', { level: 1 })), 'map title (px)').toBeGreaterThanOrEqual(MIN.body);
  // The legend is reference text beside the map: as large as fits, and the demo shows all 17
  // kinds and 8 kinds of line, so it is smaller than body text (MIN.legend).
  expect(await smallestFont(legend.locator('li:not(.legend-note)')), 'legend (px)').toBeGreaterThanOrEqual(MIN.legend);
  await leaveWithEsc(page);
  await expect(page.getByTestId('map-canvas')).toBeVisible();
  await expect(page.getByTestId('map-count')).toHaveText(/^34 pemangku kepentingan/);
  // F5 on a screen with nothing to present still switches projector mode.
  await page.getByRole('navigation').getByRole('button', { name: 'Detail proyek' }).click();
  await page.getByRole('main').getByRole('heading', { level: 1 }).first().click();
  await page.keyboard.press('F5');
  await expect(page.locator('html')).toHaveClass(/\bprojector\b/);
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  await page.keyboard.press('F5');
  await expect(page.locator('html')).not.toHaveClass(/\bprojector\b/);
});

test('the vision and mission presented big', async ({ page, request }) => {
  const { id: projectId } = await api(request, 'projects.create', { name: uniqueName('Klaster Visi') });
  await api(request, 'vision.create', { projectId, vision: 'Klaster rotan yang mandiri, kreatif, dan mendunia pada tahun 2030.', missions: ['Menjamin pasokan bahan baku bersama'] });
  const missions = [
    'Menjamin pasokan bahan baku rotan bersama melalui koperasi',
    'Meningkatkan mutu dan desain produk dengan pelatihan rutin',
    'Membuka pasar baru melalui pameran dan penjualan daring',
    'Memperkuat kelembagaan klaster dan kerja sama dengan pemerintah daerah',
    'Menyiapkan tenaga muda yang terampil menganyam',
  ];
  await api(request, 'vision.create', { projectId, vision: 'Klaster mebel rotan yang mandiri, kreatif, dan dikenal dunia pada tahun 2030.', missions });
  await page.goto(`/#/project/${projectId}/vision`);
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main').getByText('dikenal dunia', { exact: false })).toBeVisible();
  await raiseNotice(page);
  const wall = await presentWithButton(page);
  await expectBare(page);
  await expect(wall).toContainText('Rancangan versi 2');
  await expect(wall.locator('.present-vision-text')).toHaveText(/dikenal dunia/);
  await expect(wall.locator('.present-missions li')).toHaveCount(5);
  expect(await smallestFont(wall.locator('.present-vision-text')), 'vision (px)').toBeGreaterThanOrEqual(MIN.body);
  expect(await smallestFont(wall.locator('.present-missions li')), 'missions (px)').toBeGreaterThanOrEqual(MIN.body);
  for (const li of await wall.locator('.present-missions li').all()) await expect(li).toBeInViewport({ ratio: 1 });
  await leaveWithEsc(page);
});

test('election results presented per position: elected and votes', async ({ page, request }) => {
  const { id: projectId } = await api(request, 'projects.create', { name: uniqueName('Klaster Pemilihan') });
  const fgd1 = await api(request, 'meetings.create', { projectId, kind: 'fgd1', date: '2026-11-25' });
  const positions = [['ketua', 'Ketua'], ['wakil_ketua', 'Wakil Ketua'], ['sekretaris', 'Kepala Administrasi'], ['bendahara', 'Bendahara']] as const;
  await api(request, 'rules.set', { projectId, meetingId: fgd1.id, termYears: 3, positions: positions.map(([key, title]) => ({ key, title, count: 1, duties: '' })) });
  const members = ['H. Sukardi', 'Hj. Siti Aminah', 'Endang Lestari', 'Ahmad Fauzi', 'Joko Santoso', 'Liem Hok Bing'];
  await api(request, 'import.commit', { projectId, rows: members.map((name, i) => ({ name, organisation: `UD Rotan ${i + 1}`, kind: 'core_firm' as const, clusterMember: true })) });
  const people = await api(request, 'stakeholders.list', { projectId });
  const meeting = await api(request, 'meetings.create', { projectId, kind: 'fgd2', date: '2026-12-09' });
  await api(request, 'attendees.invite', { projectId, meetingId: meeting.id, stakeholderIds: people.map((p) => p.id) });
  const record = await api(request, 'meetings.get', { projectId, id: meeting.id });
  for (const a of record.attendees) await api(request, 'attendees.update', { projectId, id: a.id, present: true });
  const election = await api(request, 'election.setup', { projectId, meetingId: meeting.id });
  const attendee = (name: string) => record.attendees.find((a) => a.name === name)!.id;
  const chair = election.positions[0]!;
  await api(request, 'election.addCandidate', { projectId, positionId: chair.id, attendeeId: attendee('H. Sukardi') });
  const withTwo = await api(request, 'election.addCandidate', { projectId, positionId: chair.id, attendeeId: attendee('Hj. Siti Aminah') });
  const [a, b] = withTwo.candidates.map((c) => c.id) as [string, string];
  await api(request, 'election.tally', { projectId, positionId: chair.id, tallies: { [a]: 4, [b]: 1 }, invalid: 0, blank: 1 });
  await api(request, 'election.confirm', { projectId, positionId: chair.id });
  const vice = election.positions[1]!;
  await api(request, 'election.updatePosition', { projectId, positionId: vice.id, method: 'consensus' });
  const agreed = await api(request, 'election.addCandidate', { projectId, positionId: vice.id, attendeeId: attendee('Endang Lestari') });
  await api(request, 'election.consensus', { projectId, positionId: vice.id, candidateIds: [agreed.candidates[0]!.id], note: '' });

  await page.goto(`/#/project/${projectId}/meetings/${meeting.id}/election`);
  await expect(page.getByRole('main').getByRole('tab', { name: 'Pemilihan pengurus', exact: true })).toHaveAttribute('aria-selected', 'true');
  const wall = await presentWithButton(page);
  await expectBare(page);
  const rows = wall.getByRole('row');
  await expect(rows).toHaveCount(1 + positions.length);
  await expect(rows.nth(1)).toHaveText(/Ketua\s*H\. Sukardi\s*H\. Sukardi 4 · Hj\. Siti Aminah 1 · kosong\/tidak sah 1/);
  await expect(rows.nth(2)).toHaveText(/Wakil Ketua\s*Endang Lestari\s*Musyawarah mufakat/);
  await expect(rows.nth(3)).toContainText('Belum diputuskan');
  expect(await smallestFont(wall.locator('tbody th, tbody td')), 'results (px)').toBeGreaterThanOrEqual(MIN.body);
  await leaveWithEsc(page);
  await expect(page.getByRole('main').getByRole('tab', { name: 'Pemilihan pengurus', exact: true })).toHaveAttribute('aria-selected', 'true');
});

test('a meeting agenda presented with its time and place', async ({ page, request }) => {
  const { id: projectId } = await api(request, 'projects.create', { name: uniqueName('Klaster Agenda') });
  const meeting = await api(request, 'meetings.create', { projectId, kind: 'fgd1', date: '2026-11-25', startTime: '09:00', endTime: '12:00', place: 'Balai Desa Tegalwangi' });
  expect(meeting.agenda.length, 'FGD-1 comes with its agenda').toBeGreaterThan(0);
  await page.goto(`/#/project/${projectId}/meetings/${meeting.id}/agenda`);
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: meeting.title })).toBeVisible();
  const wall = await presentWithF5(page);
  await expectBare(page);
  await expect(wall.getByRole('heading', { level: 1 })).toHaveText(meeting.title);
  await expect(wall.getByTestId('present-when')).toContainText('Balai Desa Tegalwangi');
  await expect(wall.getByTestId('present-when')).toContainText('09.00');
  const items = wall.locator('.present-items li');
  await expect(items).toHaveCount(meeting.agenda.length);
  expect(await smallestFont(items), 'agenda items (px)').toBeGreaterThanOrEqual(MIN.body);
  expect(await smallestFont(wall.getByTestId('present-when')), 'time and place (px)').toBeGreaterThanOrEqual(MIN.body);
  for (const li of await items.all()) await expect(li).toBeInViewport({ ratio: 1 });
  await leaveWithEsc(page);
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: meeting.title })).toBeVisible();
});
