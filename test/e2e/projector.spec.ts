import { expect, test, uniqueName } from './fixtures';

test('projector mode: large type, no facilitator details, fits 1024x768', async ({ page, home, project, shell }) => {
  await home.goto();
  await home.createProject(uniqueName('Klaster Proyektor'));
  await expect(project.field('Catatan fasilitator')).toBeVisible();
  await expect(project.menuButton).toBeVisible();

  await shell.toggleProjector();
  await expect(shell.projectorButton).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveClass(/\bprojector\b/);
  await expect(project.field('Catatan fasilitator')).toBeHidden();
  await expect(project.menuButton).toBeHidden();
  await expect(shell.languageSelect).toBeHidden();

  const rootFontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(rootFontSize, 'root font size in projector mode (px)').toBeGreaterThanOrEqual(20);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, 'page width at 1024x768 (no horizontal scrollbar)').toBeLessThanOrEqual(1024);

  // F5 leaves and re-enters it (and must not reload the page).
  await project.focusOutsideFields();
  await page.keyboard.press('F5');
  await expect(shell.projectorButton).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('html')).not.toHaveClass(/\bprojector\b/);
  await expect(project.field('Catatan fasilitator')).toBeVisible();
  await page.keyboard.press('F5');
  await expect(shell.projectorButton).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveClass(/\bprojector\b/);

  // Remembered after a reload.
  await page.reload();
  await expect(project.heading).toBeVisible();
  await expect(shell.projectorButton).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveClass(/\bprojector\b/);
  await expect(project.field('Catatan fasilitator')).toBeHidden();

  await shell.toggleProjector();
  await expect(page.locator('html')).not.toHaveClass(/\bprojector\b/);
  await expect(project.field('Catatan fasilitator')).toBeVisible();
});
