import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { saving } from './saving';

/** "Diagnosis klaster": the ANNEX-1 rounds, one round being answered, and the profile chart. */
export class DiagnosisPage {
  readonly main: Locator;
  readonly newDialog: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.newDialog = page.getByRole('dialog', { name: 'Putaran kuesioner baru' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Diagnosis klaster', exact: true }).click();
    await expect(this.main.getByRole('heading', { level: 1, name: 'Diagnosis klaster' })).toBeVisible();
  }

  /** Waits for the call an action makes and checks it was accepted. */
  saving(method: string, action: () => Promise<unknown>): Promise<void> {
    return saving(this.page, method, action);
  }

  /** The radio group of one Base, named by its legend: "Base 3. Bidang industri/pasar". */
  base(n: number, title: string): Locator {
    return this.main.getByRole('group', { name: `Base ${n}. ${title}`, exact: true });
  }

  async choose(n: number, title: string, statement: string): Promise<void> {
    const radio = this.base(n, title).getByRole('radio', { name: statement, exact: true });
    await this.saving('questionnaires.answer', () => radio.check());
    await expect(radio).toBeChecked();
  }

  async download(button: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.main.getByRole('button', { name: button, exact: true }).click();
    return download;
  }

  /** The body of a downloaded Word file as XML (after checking it is a .docx). */
  static async documentXml(download: Download): Promise<string> {
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = fs.readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    return strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
  }
}
