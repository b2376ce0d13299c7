import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test } from './fixtures';
import { api } from './pages/ElectionPage';
import { MapPage } from './pages/MapPage';
import { hasPoppler } from '../helpers/poppler';

test('the map as a one-page A4 PDF: the report sheet with title, date, legend, and the groups\' boxes', async ({ page, request }) => {
  const demo = await api(request, 'projects.createDemo', { story: false });
  const map = new MapPage(page);
  await page.goto(`/#/project/${demo.id}/map`);
  await map.waitUntilIdle();
  await map.layoutSelect.selectOption('grouped');
  await expect(page.locator('.map-toolbar select').first()).toHaveValue('grouped');
  await map.waitUntilIdle();
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('map:layout:spread').length)).toBe(2);
  await map.waitUntilIdle();

  const download = page.waitForEvent('download');
  await map.exportButton.click();
  await page.getByRole('menuitem', { name: 'PDF satu halaman A4' }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toBe('peta-Klaster Batik Tulis Lasem.pdf');
  const file = await pdf.path();
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
  // The sheet at print resolution: about 200 dots per inch as placed inside the page's margins.
  const [, w, h] = /\/Subtype \/Image \/Width (\d+) \/Height (\d+)/.exec(bytes.toString('latin1'))!.map(Number);
  const pointsPerDot = Math.min((842 - 48) / w!, (595 - 48) / h!);
  expect(72 / pointsPerDot, 'dots per inch').toBeGreaterThan(190);
  await expect(page.locator('.notices .notice').last()).toHaveText(/^Gambar peta disimpan./);
  test.skip(!hasPoppler, 'pdfinfo and pdftoppm (poppler-utils) read the file back');
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/^Pages:\s+1$/m);
  expect(info).toMatch(/^Page size:\s+842 x 595 pts \(A4\)/m);
  expect(info).toMatch(/^Title:\s+Peta Pemangku Kepentingan Klaster Batik Tulis Lasem$/m);
  // Drawn: a page that is not blank, with the most ink in its top-left, where the title stands.
  const pgm = execFileSync('pdftoppm', ['-r', '36', '-gray', '-singlefile', file]);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString('latin1', 0, 30))!;
  const pixels = pgm.subarray(header[0].length);
  const dark = [...pixels].filter((p) => p < 128).length;
  expect(dark / pixels.length).toBeGreaterThan(0.01);
});
