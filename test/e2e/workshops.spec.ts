import { expect, test as base } from './fixtures';
import { WorkshopPage } from './pages/WorkshopPage';

const test = base.extend<{ ws: WorkshopPage }>({
  ws: async ({ page }, use) => use(new WorkshopPage(page)),
});

const THEME = 'Masalah utama klaster';
const CARDS = [
  'Harga rotan naik', 'Pasokan rotan tidak menentu', 'Pembeli hanya satu pedagang', 'Tidak punya akses pameran',
  'Modal kerja kurang', 'Bunga pinjaman tinggi', 'Tukang muda sedikit', 'Desain kurang beragam',
  'Mutu anyaman tidak seragam', 'Belum ada merek bersama', 'Alat finishing tua', 'Pembayaran konsinyasi lambat',
];

// Scenario step 5: a brainstorming workshop from the rules on the screen to the results document.
test('brainstorm, group, vote and hand out the results of "Masalah utama klaster"', async ({ page, context, home, project, shell, ws }) => {
  test.setTimeout(120_000);
  await home.goto();
  await home.openRegistryDemo();
  await ws.openArea();
  await expect(page.getByText('Belum ada lokakarya.', { exact: false })).toBeVisible();
  await ws.create({ theme: THEME, template: 'Masalah dan penyebabnya', typed: ['Hj. Siti Aminah', 'Ahmad Fauzi'], fromRegistry: ['Joko Santoso'] });

  // Rules (ANNEX-4) on the screen, then a 10-minute timer that pauses and resumes.
  await expect(ws.main.getByRole('list', { name: 'Aturan curah pendapat' })).toContainText('Tidak ada kritik');
  await ws.main.getByRole('button', { name: 'Mulai' }).click();
  await expect(ws.timer).toHaveText(/^(10:00|09:5\d)/);
  await ws.main.getByRole('button', { name: 'Jeda' }).click();
  await expect(ws.timer).toContainText('dijeda');
  await ws.main.getByRole('button', { name: 'Lanjutkan' }).click();
  await expect(ws.timer).not.toContainText('dijeda');

  // Cards typed as people speak: Enter adds, the box stays focused; Alt+1 picks the first participant.
  await ws.openTab('Kartu');
  await ws.cardBox.press('Alt+1');
  await expect(ws.main.getByLabel('Penulis')).toHaveValue(/.+/);
  for (const text of CARDS) await ws.typeCard(text);
  await expect(ws.cardCount).toHaveText('12 kartu');
  // Participants from the registry come first, then the typed names.
  await expect(ws.card('Harga rotan naik')).toContainText('Joko Santoso');

  // A private writing round: cards go in hidden until "Buka semua kartu".
  await ws.saving('workshops.update', () => ws.main.getByLabel(/Menulis diam-diam/).check());
  await ws.typeCard('Jalan desa rusak');
  await ws.typeCard('Listrik sering padam');
  await expect(ws.main.getByText('2 kartu tersembunyi')).toBeVisible();
  await ws.saving('cards.reveal', () => ws.main.getByRole('button', { name: 'Buka semua kartu' }).click());
  await expect(ws.main.getByText('2 kartu tersembunyi')).toHaveCount(0);
  await ws.saving('workshops.update', () => ws.main.getByLabel(/Menulis diam-diam/).uncheck());
  await expect(ws.cardCount).toHaveText('14 kartu');

  // Merge two cards that say the same, then Ctrl+Z undoes the merge.
  await ws.card('Modal kerja kurang').getByRole('checkbox').check();
  await ws.card('Bunga pinjaman tinggi').getByRole('checkbox').check();
  await ws.saving('cards.merge', () => ws.main.getByRole('button', { name: 'Gabungkan kartu' }).click());
  await expect(ws.cardCount).toHaveText('13 kartu');
  await expect(ws.card('Modal kerja kurang')).toContainText('Bunga pinjaman tinggi');
  await ws.focusOutsideFields();
  await ws.saving('history.undo', () => page.keyboard.press('Control+Z'));
  await expect(ws.cardCount).toHaveText('14 kartu');
  await expect(shell.notice(/Diurungkan: gabungkan kartu/)).toBeVisible();

  // Grouping: groups as columns, cards ticked with Space and moved at once, one by drag and drop.
  await ws.openTab('Kelompokkan');
  for (const name of ['Bahan baku', 'Pemasaran', 'Modal']) {
    await ws.saving('groups.create', async () => {
      await ws.main.getByRole('textbox', { name: 'Nama kelompok baru' }).fill(name);
      await ws.main.getByRole('textbox', { name: 'Nama kelompok baru' }).press('Enter');
    });
    await expect(ws.column(name)).toBeVisible();
  }
  for (const text of ['Harga rotan naik', 'Pasokan rotan tidak menentu']) {
    await ws.boardCard(text).getByRole('checkbox').focus();
    await page.keyboard.press('Space');
  }
  await ws.main.getByLabel('Pindahkan ke…').selectOption({ label: 'Bahan baku' });
  await ws.saving('cards.move', () => ws.main.getByRole('button', { name: 'Pindahkan', exact: true }).click());
  await expect(ws.column('Bahan baku').locator('.ws-board-card')).toHaveCount(2);
  for (const text of ['Pembeli hanya satu pedagang', 'Tidak punya akses pameran']) await ws.boardCard(text).getByRole('checkbox').check();
  await ws.main.getByLabel('Pindahkan ke…').selectOption({ label: 'Pemasaran' });
  await ws.saving('cards.move', () => ws.main.getByRole('button', { name: 'Pindahkan', exact: true }).click());
  await ws.saving('cards.move', () => ws.boardCard('Modal kerja kurang').dragTo(ws.column('Modal')));
  await expect(ws.column('Modal')).toContainText('Modal kerja kurang');
  await expect(ws.column('Pemasaran').locator('.ws-board-card')).toHaveCount(2);

  // Dot voting, 3 dots each: a fourth dot is refused, saying how many are left.
  await ws.openTab('Pilih');
  await ws.setDots('Hj. Siti Aminah', 'Bahan baku', 2);
  await ws.setDots('Hj. Siti Aminah', 'Pemasaran', 1);
  await expect(ws.main.getByText('Sisa 0 dari 3 titik')).toBeVisible();
  await ws.setDots('Hj. Siti Aminah', 'Modal', 1, false);
  await expect(shell.errorNotice(/Hj\. Siti Aminah hanya punya sisa 0 dari 3 titik/)).toBeVisible();
  await expect(ws.dots('Hj. Siti Aminah', 'Modal')).toHaveValue('');
  // The rest counted from the wall: Pemasaran and Modal tie at 5.
  await ws.setDots('Hitungan dari dinding', 'Bahan baku', 6);
  await ws.setDots('Hitungan dari dinding', 'Pemasaran', 4);
  await ws.setDots('Hitungan dari dinding', 'Modal', 5);
  const rows = ws.rankingRows();
  await expect(rows.nth(1)).toContainText('1Bahan baku8');
  await expect(rows.nth(2)).toContainText('2=');
  await expect(rows.nth(3)).toContainText('2=');

  // The cut line at 1 keeps only the first; at 2 the tie straddles it and is flagged.
  const cut = ws.main.getByLabel('Batas daftar pendek');
  await ws.saving('workshops.update', async () => { await cut.fill('2'); await cut.press('Enter'); });
  const shortlist = ws.main.getByRole('list', { name: 'Daftar pendek' });
  await expect(shortlist.getByRole('listitem')).toHaveCount(3);
  await expect(ws.main.getByRole('alert').filter({ hasText: 'seri di batas' })).toBeVisible();
  await ws.saving('workshops.update', async () => { await cut.fill('3'); await cut.press('Enter'); });
  await expect(shortlist.getByRole('listitem')).toHaveCount(3);
  await expect(ws.main.getByRole('alert').filter({ hasText: 'seri di batas' })).toHaveCount(0);

  // The results document to hand out.
  await ws.openTab('Hasil');
  const download = page.waitForEvent('download');
  await ws.main.getByRole('button', { name: 'Hasil lokakarya (Word)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.docx$/);

  // The projector page in a tab of its own follows the facilitator.
  await ws.openTab('Kartu');
  const popup = page.waitForEvent('popup');
  await ws.main.getByRole('button', { name: 'Tampilkan di proyektor' }).click();
  const wall = await popup;
  expect(wall.url()).toMatch(/#\/project\/[0-9a-f-]{36}\/workshops\/[0-9a-f-]{36}\/projector$/);
  await expect(wall.getByRole('heading', { level: 1, name: THEME })).toBeVisible();
  await expect(wall.getByRole('timer')).toHaveText(/^\d\d:\d\d/);
  await expect(wall.getByRole('region', { name: 'Bahan baku' })).toContainText('Harga rotan naik');
  await expect(wall.getByRole('banner')).toHaveCount(0); // no top bar
  await page.bringToFront();
  await ws.typeCard('Kemasan mudah rusak');
  await expect(wall.getByText('Kemasan mudah rusak')).toBeVisible({ timeout: 5_000 });
  await wall.close();
  expect(context.pages()).toHaveLength(1);
  expect(project.projectId()).toMatch(/[0-9a-f-]{36}/);
});
