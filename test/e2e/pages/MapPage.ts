import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** "Peta & metrik": the stakeholder map with its toolbar, the tie dialog and the metrics tab. */
export class MapPage {
  readonly heading: Locator;
  readonly mapTab: Locator;
  readonly metricsTab: Locator;
  readonly status: Locator;
  readonly count: Locator;
  readonly canvas: Locator;
  readonly layoutSelect: Locator;
  readonly sizeSelect: Locator;
  readonly filterToggle: Locator;
  readonly search: Locator;
  readonly addTieButton: Locator;
  readonly exportButton: Locator;
  readonly tieDialog: Locator;
  readonly metricsTable: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Peta & metrik' });
    this.mapTab = main.getByRole('tab', { name: 'Peta', exact: true });
    this.metricsTab = main.getByRole('tab', { name: 'Metrik jaringan' });
    this.status = page.getByTestId('map-status');
    this.count = page.getByTestId('map-count');
    this.canvas = page.getByTestId('map-canvas');
    this.layoutSelect = main.getByRole('combobox', { name: 'Tata letak' });
    this.sizeSelect = main.getByRole('combobox', { name: 'Ukuran simpul' });
    this.filterToggle = main.locator('.map-filter > summary');
    this.search = main.getByRole('combobox', { name: 'Cari pemangku kepentingan di peta' });
    this.addTieButton = main.getByRole('button', { name: 'Tambah hubungan' });
    this.exportButton = main.getByRole('button', { name: /^Ekspor/ });
    this.tieDialog = page.getByRole('dialog', { name: /^(Hubungan baru|Ubah hubungan)$/ });
    this.metricsTable = main.getByRole('table', { name: 'Semua nilai' });
  }

  /** Opens the area from the sidebar and waits until the drawing is placed (and saved). */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Bagian proyek' }).getByRole('button', { name: 'Peta & metrik' }).click();
    await expect(this.heading).toBeVisible();
    await this.waitUntilIdle();
  }

  async waitUntilIdle(): Promise<void> {
    await expect(this.status).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  }

  /** "34 pemangku kepentingan, 88 hubungan ditampilkan", as counted on the canvas. */
  async expectCounts(stakeholders: number, ties?: number): Promise<void> {
    const text = ties === undefined ? new RegExp(`^${stakeholders} pemangku kepentingan, \\d+ hubungan ditampilkan$`)
      : `${stakeholders} pemangku kepentingan, ${ties} hubungan ditampilkan`;
    await expect(this.count).toHaveText(text);
  }

  /** Ticks or unticks one entry of "Saring" (a kind, a small group or a tie kind), then folds the panel. */
  async toggleFilter(label: string): Promise<void> {
    await this.filterToggle.click();
    await this.page.locator('.map-filter-panel').getByLabel(label, { exact: true }).click();
    await this.filterToggle.click();
  }

  /** Types a name in the search box and presses Enter: the stakeholder is highlighted. */
  async focus(name: string): Promise<void> {
    await this.search.fill(name);
    await this.search.press('Enter');
  }

  /** "Tambah hubungan": fills the tie dialog for two stakeholders and saves. */
  async addTie(source: string, target: string, kind: string): Promise<void> {
    await this.addTieButton.click();
    await expect(this.tieDialog).toBeVisible();
    await this.tieDialog.getByLabel('Dari (pemberi)').selectOption({ label: source });
    await this.tieDialog.getByLabel('Kepada (penerima)').selectOption({ label: target });
    await this.tieDialog.getByLabel('Jenis hubungan').selectOption({ label: kind });
    await this.tieDialog.getByRole('button', { name: 'Simpan' }).click();
  }

  /** Ctrl+Z with the focus outside the text fields (on the page heading). */
  async undoWithKeyboard(): Promise<void> {
    await this.heading.click();
    await this.page.keyboard.press('Control+Z');
  }

  /** "Ekspor" -> PNG or SVG; the browser downloads the picture. */
  async exportPicture(format: 'PNG' | 'SVG'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.exportButton.click();
    await this.page.getByRole('menuitem', { name: new RegExp(`^Gambar ${format}`) }).click();
    return download;
  }

  /** The metrics tab; the table is sorted by betweenness, highest first. */
  async openMetrics(): Promise<void> {
    await this.metricsTab.click();
    await expect(this.metricsTable).toBeVisible();
  }

  metricsRows(): Locator {
    return this.metricsTable.locator('tbody tr');
  }
}
