import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** An open project: "Detail proyek", the undo/redo buttons and the "Proyek" menu. */
export class ProjectPage {
  readonly heading: Locator;
  readonly undoButton: Locator;
  readonly redoButton: Locator;
  readonly menuButton: Locator;
  readonly backupsDialog: Locator;
  readonly deleteDialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^(Detail proyek|Project details)$/ });
    const bar = page.getByRole('banner');
    this.undoButton = bar.getByRole('button', { name: /Urungkan|Undo/ });
    this.redoButton = bar.getByRole('button', { name: /Ulangi|Redo/ });
    this.menuButton = bar.getByRole('button', { name: /^(Proyek|Project)/ });
    this.backupsDialog = page.getByRole('dialog', { name: 'Pulihkan cadangan' });
    this.deleteDialog = page.getByRole('dialog', { name: 'Hapus proyek ini?' });
  }

  /** Opens a project straight from its address (a bookmark, or the browser's back button). */
  async gotoProject(projectId: string): Promise<void> {
    await this.page.goto(`/#/project/${projectId}/details`);
    await expect(this.heading).toBeVisible();
  }

  /** "Detail proyek" from the sidebar (an opened project starts on its home). */
  async openDetails(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: /^(Detail proyek|Project details)$/ }).click();
    await expect(this.heading).toBeVisible();
  }

  /** The id of the open project, from the address bar. */
  projectId(): string {
    const id = /#\/project\/([0-9a-f-]{36})/.exec(this.page.url())?.[1];
    if (!id) throw new Error(`No project open at ${this.page.url()}`);
    return id;
  }

  /** A field of "Detail proyek" by its visible label, e.g. "Provinsi". */
  field(label: string): Locator {
    return this.page.getByRole('main').getByLabel(label, { exact: true });
  }

  /** Types a new value and leaves the field with Tab; returns once the change is saved. */
  async editField(label: string, value: string): Promise<void> {
    const field = this.field(label);
    const saved = this.page.waitForResponse((r) => r.url().endsWith('/api/projects.update'));
    await this.typeAndLeave(label, value);
    const response = await saved;
    expect(response.ok(), `saving "${label}"`).toBe(true);
    await expect(field).toHaveValue(value);
  }

  /** Types a value and leaves the field with Tab, without expecting it to be saved. */
  async typeAndLeave(label: string, value: string): Promise<void> {
    const field = this.field(label);
    await field.fill(value);
    await this.page.keyboard.press('Tab');
    await expect(field).not.toBeFocused();
  }

  /** Clicks on the page heading, so that keys no longer go to a text field. */
  async focusOutsideFields(): Promise<void> {
    await this.heading.click();
    await expect(this.page.locator(':focus')).toHaveCount(0);
  }

  async undo(): Promise<void> {
    await this.undoButton.click();
  }

  async redo(): Promise<void> {
    await this.redoButton.click();
  }

  /** Ctrl+Z with the focus outside text fields (inside them it undoes typing). */
  async undoWithKeyboard(): Promise<void> {
    await this.focusOutsideFields();
    await this.page.keyboard.press('Control+Z');
  }

  async redoWithKeyboard(): Promise<void> {
    await this.focusOutsideFields();
    await this.page.keyboard.press('Control+Y');
  }

  menuItem(name: string): Locator {
    return this.page.getByRole('menu').getByRole('menuitem', { name });
  }

  /** Chooses an entry of the "Proyek" menu, e.g. "Pulihkan cadangan…". */
  async menuAction(name: string): Promise<void> {
    await this.menuButton.click();
    await this.menuItem(name).click();
  }

  /** "Simpan salinan sebagai…": the browser downloads the .klaster file. */
  async saveCopy(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.menuAction('Simpan salinan sebagai…');
    return download;
  }

  /** "Pulihkan cadangan…": the dialog with the backups, newest first. */
  async openBackups(): Promise<Locator> {
    await this.menuAction('Pulihkan cadangan…');
    await expect(this.backupsDialog).toBeVisible();
    await expect(this.backupsDialog.getByText('Memuat…')).toHaveCount(0);
    return this.backupEntries();
  }

  backupEntries(): Locator {
    return this.backupsDialog.getByRole('listitem');
  }

  /** Restores one entry of the backups dialog; the dialog closes when it is done. */
  async restoreBackup(entry: Locator): Promise<void> {
    await entry.getByRole('button', { name: 'Pulihkan' }).click();
    await expect(this.backupsDialog).toBeHidden();
  }

  async openDeleteDialog(): Promise<Locator> {
    await this.menuAction('Hapus proyek…');
    await expect(this.deleteDialog).toBeVisible();
    return this.deleteDialog;
  }
}
