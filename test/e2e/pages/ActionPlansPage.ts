import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { saving } from './saving';

/** "Rencana kegiatan": the plans, one plan's nine questions, PDM and PDCA, the annual plan, the reports. */
export class ActionPlansPage {
  readonly main: Locator;
  readonly newDialog: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.newDialog = page.getByRole('dialog', { name: 'Rencana kegiatan baru' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Rencana kegiatan', exact: true }).click();
    await expect(this.main.getByRole('heading', { level: 1, name: 'Rencana kegiatan' })).toBeVisible();
  }

  /** Waits for the call an action makes and checks it was accepted. */
  saving(method: string, action: () => Promise<unknown>): Promise<void> {
    return saving(this.page, method, action);
  }

  tab(name: string): Locator {
    return this.main.getByRole('tab', { name, exact: true });
  }

  /** A field by its label (a question of the nine, verbatim, or a field's own label); saved when left. */
  async answer(label: string, value: string, method = 'actionPlans.update'): Promise<void> {
    const field = this.main.getByLabel(label, { exact: true });
    await this.saving(method, async () => {
      await field.fill(value);
      await field.blur();
    });
  }

  /** The group of controls answering one question, named by the question itself. */
  question(text: string): Locator {
    return this.main.getByRole('group', { name: text, exact: true });
  }

  async addBudgetLine(description: string, source: string, amount: string): Promise<void> {
    await this.main.getByLabel('Uraian baru').fill(description);
    await this.main.getByLabel('Sumber dana baru').selectOption({ label: source });
    await this.main.getByLabel('Jumlah baru (Rp)').fill(amount);
    await this.saving('budgetLines.add', () => this.main.getByRole('button', { name: 'Tambah baris' }).click());
  }

  /** Adds an indicator to a PDM row ("Output", "Tujuan proyek (purpose)"). */
  async addIndicator(level: string, o: { description: string; unit: string; baseline: string; target: string; means: string }): Promise<void> {
    const row = this.main.getByRole('region', { name: level, exact: true });
    const field = (label: string) => row.getByLabel(`${label} (Indikator baru (${level}))`, { exact: true });
    await field('Uraian indikator').fill(o.description);
    await field('Satuan').fill(o.unit);
    await field('Nilai awal').fill(o.baseline);
    await field('Target').fill(o.target);
    await field('Cara verifikasi').fill(o.means);
    await this.saving('indicators.create', () => row.getByRole('button', { name: 'Tambah indikator' }).click());
  }

  async recordActual(indicator: string, month: string, value: string): Promise<void> {
    const form = this.main.getByRole('region', { name: 'Tabel kinerja' });
    await form.getByLabel('Indikator', { exact: true }).selectOption({ label: indicator });
    await form.getByLabel('Bulan', { exact: true }).fill(month);
    await form.getByLabel('Capaian', { exact: true }).fill(value);
    await this.saving('indicators.setActual', () => form.getByRole('button', { name: 'Catat capaian' }).click());
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
