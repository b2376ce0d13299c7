import { expect, test } from './fixtures';

test('F1 explains the screen in view, then lists the shortcuts, in the chosen language', async ({ page, home, shell }) => {
  await home.goto();
  await page.keyboard.press('F1');
  let dialog = page.getByRole('dialog', { name: 'Bantuan: Beranda' });
  await expect(dialog).toContainText('Setiap proyek adalah satu berkas');
  await page.keyboard.press('Escape');

  await home.openDemo();
  await page.getByRole('navigation').getByRole('button', { name: 'Peta & metrik' }).click();
  await page.keyboard.press('F1');
  dialog = page.getByRole('dialog', { name: 'Bantuan: Peta & metrik' });
  await expect(dialog.getByRole('listitem')).toHaveCount(3);
  await expect(dialog).toContainText('Hubungkan');
  await expect(dialog.getByRole('heading', { name: 'Pintasan papan ketik' })).toBeVisible();
  await expect(dialog.getByText('Ctrl+Z')).toBeVisible();
  await dialog.getByRole('button', { name: 'Tutup' }).click();

  await shell.setLanguage('English');
  await page.getByRole('navigation').getByRole('button', { name: 'Workshops' }).click();
  await page.keyboard.press('F1');
  await expect(page.getByRole('dialog', { name: 'Help: Workshops' })).toContainText('short-list line');
});
