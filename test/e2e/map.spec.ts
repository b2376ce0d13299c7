import fs from 'node:fs';
import { expect, test } from './fixtures';
import { MapPage } from './pages/MapPage';

const TRADER = 'Santoso Gunawan'; // owner of UD Cahaya Pesisir in the demo project

test('the demo map draws every stakeholder and tie, and the metrics name the trader as the bridge', async ({ page, home }) => {
  const map = new MapPage(page);
  await home.goto();
  await home.openRegistryDemo();
  await map.open();
  await map.expectCounts(34, 88);
  await expect(map.canvas).toHaveAttribute('aria-label', '34 pemangku kepentingan, 88 hubungan ditampilkan');

  await map.openMetrics();
  const betweenness = map.metricsTable.getByRole('columnheader', { name: /betweenness/i });
  await expect(betweenness).toHaveAttribute('aria-sort', 'descending');
  await expect(map.metricsRows().first().getByRole('cell').first()).toHaveText(TRADER);
  // The plain-language explanation, with the Indonesian decimal comma.
  const card = page.getByRole('region', { name: /betweenness/i });
  await expect(card).toContainText(`${TRADER} (UD Cahaya Pesisir, perusahaan pemimpin / pedagang) memiliki betweenness tertinggi (0,`);
  await expect(card).toContainText('kehilangan akses pasar');

  // Sorting by another measure and back.
  await map.metricsTable.getByRole('button', { name: /in-degree/i }).click();
  await expect(map.metricsTable.getByRole('columnheader', { name: /in-degree/i })).toHaveAttribute('aria-sort', 'descending');
  await map.metricsTable.getByRole('button', { name: /betweenness/i }).click();
  await expect(map.metricsRows().first().getByRole('cell').first()).toHaveText(TRADER);
});

test('filter, search, a tie added and undone, a duplicate refused, and the picture exported', async ({ page, home, shell }) => {
  const map = new MapPage(page);
  await home.goto();
  await home.openRegistryDemo();
  await map.open();
  await map.expectCounts(34, 88);

  // Hiding the 14 core firms leaves 20 stakeholders (and only the ties between them).
  await map.toggleFilter('Perusahaan inti');
  await map.expectCounts(20);
  await expect(map.count).not.toHaveText(/88 hubungan/);
  await map.toggleFilter('Perusahaan inti');
  await map.expectCounts(34, 88);

  await map.focus('santoso g');
  await expect(map.status).toContainText(`Menyorot ${TRADER}`);
  await map.search.press('Escape');
  await expect(map.status).not.toContainText('Menyorot');

  await map.addTie('Agus Prasetyo', 'Wartini', 'Informasi');
  await expect(map.tieDialog).toBeHidden();
  await expect(shell.notice('Hubungan ditambahkan')).toBeVisible();
  await map.expectCounts(34, 89);

  // The same tie again is refused with the back end's reason; the dialog stays open.
  await map.addTie('Agus Prasetyo', 'Wartini', 'Informasi');
  await expect(shell.errorNotice('Hubungan jenis ini antara keduanya sudah ada.')).toBeVisible();
  await expect(map.tieDialog).toBeVisible();
  await map.tieDialog.getByRole('button', { name: 'Batal' }).click();
  // A tie to oneself is refused before it is sent.
  await map.addTieButton.click();
  await map.tieDialog.getByLabel('Dari (pemberi)').selectOption({ label: 'Wartini' });
  await map.tieDialog.getByLabel('Kepada (penerima)').selectOption({ label: 'Wartini' });
  await map.tieDialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(map.tieDialog.getByRole('alert')).toHaveText('Pemangku kepentingan tidak dapat dihubungkan dengan dirinya sendiri.');
  await map.tieDialog.getByRole('button', { name: 'Batal' }).click();

  await map.undoWithKeyboard();
  await expect(shell.notice('Diurungkan: tambah hubungan')).toBeVisible();
  await map.expectCounts(34, 88);

  const png = await map.exportPicture('PNG');
  expect(png.suggestedFilename()).toBe('peta-Klaster Batik Tulis Lasem.png');
  const pngBytes = fs.readFileSync(await png.path());
  expect(pngBytes.subarray(1, 4).toString('latin1')).toBe('PNG');

  const svg = await map.exportPicture('SVG');
  expect(svg.suggestedFilename()).toBe('peta-Klaster Batik Tulis Lasem.svg');
  const sheet = fs.readFileSync(await svg.path(), 'utf8');
  expect(sheet).toContain('<svg');
  // A sheet for the report: title, region, date and counts, and the legend beside the drawing.
  expect(sheet).toContain('Peta Pemangku Kepentingan Klaster Batik Tulis Lasem');
  expect(sheet).toContain('Kabupaten Rembang');
  expect(sheet).toMatch(/\d{1,2} \p{L}+ \d{4} · \d+ pemangku kepentingan, \d+ hubungan ditampilkan/u);
  expect(sheet).toContain('Legenda');
  expect(sheet).toContain('>Perusahaan inti</tspan>');
  // The PNG is the same sheet: wider than it is tall once the legend stands beside the map.
  expect(pngBytes.readUInt32BE(16)).toBeGreaterThan(1000);
});

test('a layout run is saved as one step that Ctrl+Z takes back', async ({ page, home, shell }) => {
  const map = new MapPage(page);
  await home.goto();
  await home.openRegistryDemo();
  await map.open();
  const saves: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/stakeholders.savePositions')) saves.push(r.url());
  });
  await map.layoutSelect.selectOption({ label: 'Per kelompok kecil' });
  await expect.poll(() => saves.length).toBe(1);
  await map.waitUntilIdle();
  await map.layoutSelect.selectOption({ label: 'Lingkaran: Keperantaraan (betweenness)' });
  await expect.poll(() => saves.length).toBe(2);
  await map.waitUntilIdle();
  await map.sizeSelect.selectOption({ label: 'Eigenvektor (eigenvector)' });
  await map.undoWithKeyboard();
  await expect(shell.notice('Diurungkan: pindahkan simpul peta')).toBeVisible();
  await map.expectCounts(34, 88);
});

test('the map is reachable by keyboard: Tab in, arrows move a visible focus, Enter selects, Delete asks, Enter opens', async ({ page, home }) => {
  const map = new MapPage(page);
  await home.goto();
  await home.openRegistryDemo();
  await map.open();
  // From the search box, Tab reaches the drawing (after the rest of the toolbar).
  await map.search.focus();
  for (let i = 0; i < 20 && !(await map.canvas.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(map.canvas).toBeFocused();
  expect(await map.canvas.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');

  // The arrows walk from stakeholder to stakeholder; a live region names the one in focus.
  const focused = page.getByTestId('map-keyboard-focus');
  await page.keyboard.press('ArrowRight');
  await expect(focused).toHaveText(/^.+, .+$/);
  const seen = new Set([await focused.textContent()]);
  for (const key of ['ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowRight', 'ArrowDown']) {
    await page.keyboard.press(key);
    seen.add(await focused.textContent());
  }
  expect(seen.size).toBeGreaterThan(1);

  // Enter selects the one in focus: Delete then asks about that stakeholder, and Cancel keeps it.
  const name = (await focused.textContent())!.split(', ')[0]!;
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  const confirm = page.getByTestId('map-delete-dialog');
  await expect(confirm).toContainText(name);
  await confirm.getByRole('button', { name: 'Batal' }).click();
  await map.expectCounts(34, 88);

  // Enter on the selected stakeholder opens it.
  await map.canvas.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('stakeholder-dialog');
  await expect(dialog).toBeVisible();
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(dialog.locator('#sh-name')).toHaveValue(new RegExp(`^${escaped}`));
});
