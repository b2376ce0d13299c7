import { expect, test } from './fixtures';
import { api } from './pages/ElectionPage';

/**
 * The map on the wall of a village hall at 1024x768: its legend is read from the back row, so
 * every line of it (the closing note too) is at least 18 px, and all of it is shown, none cut off,
 * with the demo's 18 kinds of stakeholder and every kind of line it has.
 */
test('the presented map\'s legend: every line at least 18 px, nothing cut off', async ({ page, request }) => {
  const demo = await api(request, 'projects.createDemo', { story: false });
  await page.goto(`/#/project/${demo.id}/map`);
  await expect(page.getByTestId('map-status')).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  await page.getByRole('main').getByRole('heading', { level: 1 }).first().click();
  await page.keyboard.press('F5');
  const legend = page.getByTestId('presentation').locator('.present-legend');
  await expect(legend.getByText('Fasilitator')).toBeVisible();
  const lines = legend.locator('.map-legend summary, .map-legend li');
  await expect(legend.locator('.legend-nodes li')).toHaveCount(18);
  expect(await lines.count()).toBeGreaterThan(25);
  const sizes = await lines.evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
  expect(Math.min(...sizes), 'smallest legend text (px)').toBeGreaterThanOrEqual(18);
  // Shown whole: the box does not scroll, and its last line ends inside the window.
  const box = await legend.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
  expect(box.scroll).toBeLessThanOrEqual(box.client + 1);
  const last = (await legend.locator('.map-legend li.legend-note').boundingBox())!;
  expect(last.y + last.height).toBeLessThanOrEqual(768);
});

/** Pairs of stakeholders whose labels overlap on the wall's canvas, as Cytoscape draws them. */
async function labelClashes(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-testid="presentation"] [data-testid="map-canvas"]') as HTMLElement & { _cyreg: { cy: import('cytoscape').Core } };
    const boxes = host._cyreg.cy.nodes('[kind]').map((n) => ({ id: String(n.data('label')), ...n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false }) }));
    const out: string[] = [];
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) out.push(`${a.id} / ${b.id}`);
    }));
    return out;
  });
}

test('the map on the wall: laid out on the facilitator\'s screen, its larger labels are spread apart again, and nothing is saved', async ({ page, request }) => {
  const demo = await api(request, 'projects.createDemo', { story: false });
  await page.goto(`/#/project/${demo.id}/map`);
  await expect(page.getByTestId('map-status')).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  const saved = await api(request, 'stakeholders.positions', { projectId: demo.id });
  await page.getByRole('main').getByRole('heading', { level: 1 }).first().click();
  await page.keyboard.press('F5');
  await expect(page.getByTestId('presentation').getByTestId('map-canvas')).toBeVisible();
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('map:layout:spread').length)).toBe(2);
  await expect.poll(() => labelClashes(page), { timeout: 5_000 }).toEqual([]);
  expect(await api(request, 'stakeholders.positions', { projectId: demo.id })).toEqual(saved);
});
