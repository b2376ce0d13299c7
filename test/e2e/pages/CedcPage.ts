import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { saving } from './saving';

/** "Komite (CEDC)": tabs Keanggotaan, Surat permohonan, Rancangan keputusan. */
export class CedcPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly proposeDialog: Locator;
  readonly memberRows: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1, name: 'Komite (CEDC)' });
    this.proposeDialog = page.getByRole('dialog', { name: 'Usulkan anggota dari daftar' });
    this.memberRows = this.main.locator('.cedc-members tbody tr');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Komite (CEDC)', exact: true }).click();
    await expect(this.heading).toBeVisible();
    await expect(this.main.getByRole('tab', { name: 'Keanggotaan' })).toBeVisible();
  }

  async openTab(name: 'Keanggotaan' | 'Surat permohonan' | 'Rancangan keputusan'): Promise<void> {
    await this.main.getByRole('tab', { name }).click();
    await expect(this.main.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }

  /** Waits for the API call an action causes (a blur, a click) and checks it succeeded. */
  saving(method: string, action: () => Promise<unknown>): Promise<void> {
    return saving(this.page, method, action);
  }

  /** A member's inline field by its label: "Jabatan dalam komite (2)", "Nama (1)" (the position offers a list: a combobox). */
  memberField(label: string, n: number): Locator {
    return this.main.getByLabel(`${label} (${n})`, { exact: true });
  }

  /** A box of a list ("Mengingat 5", "Menimbang 1"). */
  listItem(list: string, n: number): Locator {
    return this.main.getByRole('textbox', { name: `${list} ${n}`, exact: true });
  }

  /** Ctrl+Z from outside any text field, where it is the app's undo. */
  async undoWithKeyboard(): Promise<void> {
    await this.heading.click();
    await this.page.keyboard.press('Control+Z');
  }

  async download(button: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.main.getByRole('button', { name: button, exact: true }).click();
    return download;
  }
}
