import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** "AD/ART": tabs AD / ART, the tree of BAB and Pasal cards, the versions panel. */
export class ArticlesPage {
  readonly main: Locator;
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1, name: 'Anggaran Dasar dan Anggaran Rumah Tangga' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'AD/ART', exact: true }).click();
    await expect(this.heading).toBeVisible();
  }

  async generate(): Promise<void> {
    await this.main.getByRole('button', { name: 'Buat draf dari data proyek' }).click();
  }

  chapter(numeral: string): Locator {
    return this.main.getByRole('listitem', { name: `BAB ${numeral}`, exact: true });
  }

  pasal(n: number): Locator {
    return this.main.getByRole('listitem', { name: `Pasal ${n}`, exact: true });
  }

  /** The text box of a paragraph, as its label reads: "Pasal 16 ayat (1)". */
  paragraph(n: number, k = 1): Locator {
    return this.main.getByRole('textbox', { name: `Pasal ${n} ayat (${k})`, exact: true });
  }

  /** Ctrl+Z from outside any text field, where it is the app's undo. */
  async undoWithKeyboard(): Promise<void> {
    await this.heading.click();
    await this.page.keyboard.press('Control+Z');
  }

  async saveVersion(name: string): Promise<void> {
    await this.main.getByRole('textbox', { name: 'Nama versi' }).fill(name);
    await this.main.getByRole('button', { name: 'Simpan versi' }).click();
  }

  async download(button: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.main.getByRole('button', { name: button, exact: true }).click();
    return download;
  }
}
