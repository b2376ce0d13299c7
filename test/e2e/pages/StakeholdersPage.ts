import { expect, type Locator, type Page } from '@playwright/test';

/** What the "Pemangku kepentingan" form is filled with; kind and group are the labels shown. */
export interface StakeholderInput {
  name: string;
  kind?: string;
  organisation?: string;
  role?: string;
  village?: string;
  district?: string;
  phone?: string;
  group?: string;
  interest?: number;
  influence?: number;
}

/** The columns of the stakeholder table, left to right. */
const COLUMNS = ['Nama', 'Organisasi/usaha', 'Jenis', 'Desa', 'Kelompok kecil', 'Minat (1-5)', 'Pengaruh (1-5)'] as const;
export type Column = (typeof COLUMNS)[number];

/**
 * "Pemangku kepentingan": the registry of an open project with its three tabs (Tabel,
 * Minat & pengaruh, Kelompok kecil), the stakeholder form and the sign-in sheet import.
 */
export class StakeholdersPage {
  readonly heading: Locator;
  readonly addButton: Locator;
  readonly importButton: Locator;
  // Tabel
  readonly searchBox: Locator;
  readonly kindFilter: Locator;
  readonly groupFilter: Locator;
  readonly countLine: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  /** The name buttons of the table, top to bottom. */
  readonly names: Locator;
  // Dialogs
  readonly newDialog: Locator;
  readonly editDialog: Locator;
  readonly deleteDialog: Locator;
  // Minat & pengaruh
  readonly grid: Locator;
  // Kelompok kecil
  readonly groupsPanel: Locator;
  readonly newGroupName: Locator;
  readonly newGroupArea: Locator;
  readonly createGroupButton: Locator;
  readonly groupCards: Locator;
  // Impor daftar
  readonly importDialog: Locator;
  readonly chooseFileButton: Locator;
  readonly mapping: Locator;
  readonly importSummary: Locator;
  readonly previewTable: Locator;
  readonly importConfirmButton: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Pemangku kepentingan' });
    this.addButton = main.getByRole('button', { name: 'Tambah', exact: true });
    this.importButton = main.getByRole('button', { name: 'Impor daftar…' });

    this.searchBox = main.getByRole('searchbox', { name: 'Cari nama, organisasi, desa…' });
    this.kindFilter = main.getByRole('combobox', { name: 'Jenis', exact: true });
    this.groupFilter = main.getByRole('combobox', { name: 'Kelompok kecil', exact: true });
    this.countLine = main.getByRole('status').filter({ hasText: /^\d+ dari \d+ orang\/lembaga$/ });
    this.table = main.getByRole('table');
    this.rows = this.table.getByRole('row').filter({ has: page.getByRole('cell') });
    this.names = this.table.getByRole('cell').getByRole('button');

    this.newDialog = page.getByRole('dialog', { name: 'Pemangku kepentingan baru' });
    this.editDialog = page.getByRole('dialog', { name: 'Ubah pemangku kepentingan' });
    this.deleteDialog = page.getByRole('dialog', { name: 'Hapus pemangku kepentingan?' });

    this.grid = main.getByRole('region', { name: 'Minat & pengaruh' }).getByRole('table');

    this.groupsPanel = main.getByRole('region', { name: 'Kelompok kecil' });
    this.newGroupName = this.groupsPanel.getByRole('textbox', { name: 'Nama kelompok' });
    this.newGroupArea = this.groupsPanel.getByRole('textbox', { name: 'Wilayah (desa, kecamatan)' });
    this.createGroupButton = this.groupsPanel.getByRole('button', { name: 'Buat kelompok' });
    this.groupCards = this.groupsPanel.getByRole('article');

    this.importDialog = page.getByRole('dialog', { name: 'Impor daftar peserta' });
    this.chooseFileButton = this.importDialog.getByRole('button', { name: 'Pilih berkas CSV atau XLSX…' });
    this.mapping = this.importDialog.getByRole('group', { name: 'Kolom di berkas → isian' });
    this.importSummary = this.importDialog.getByRole('status').filter({ hasText: /^\d+ baris: / });
    this.previewTable = this.importDialog.getByRole('table');
    this.importConfirmButton = this.importDialog.getByRole('button', { name: /^Impor \d+ baris$/ });
  }

  /** From anywhere in an open project: the side navigation's "Pemangku kepentingan". */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Bagian proyek' }).getByRole('button', { name: 'Pemangku kepentingan' }).click();
    await expect(this.heading).toBeVisible();
    await expect(this.page.getByRole('main').getByText('Memuat…')).toHaveCount(0);
  }

  tab(name: 'Tabel' | 'Minat & pengaruh' | 'Kelompok kecil'): Locator {
    return this.page.getByRole('main').getByRole('tab', { name, exact: true });
  }

  async showTab(name: 'Tabel' | 'Minat & pengaruh' | 'Kelompok kecil'): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  /** Expects "<shown> dari <total> orang/lembaga" above the table. */
  async expectCount(shown: number, total: number): Promise<void> {
    await expect(this.countLine).toHaveText(`${shown} dari ${total} orang/lembaga`);
  }

  // ---- the form ----------------------------------------------------------------------------

  /** A field of the add/edit form by its visible label, e.g. "Desa". */
  field(dialog: Locator, label: string): Locator {
    return dialog.getByLabel(label, { exact: true });
  }

  async fillForm(dialog: Locator, input: Partial<StakeholderInput>): Promise<void> {
    const f = (label: string) => this.field(dialog, label);
    if (input.name !== undefined) await f('Nama').fill(input.name);
    if (input.kind !== undefined) await f('Jenis').selectOption({ label: input.kind });
    if (input.organisation !== undefined) await f('Organisasi/usaha').fill(input.organisation);
    if (input.role !== undefined) await f('Jabatan/peran').fill(input.role);
    if (input.village !== undefined) await f('Desa').fill(input.village);
    if (input.district !== undefined) await f('Kecamatan').fill(input.district);
    if (input.phone !== undefined) await f('No. HP').fill(input.phone);
    if (input.group !== undefined) await f('Kelompok kecil').selectOption({ label: input.group });
    if (input.interest !== undefined) await f('Minat (1-5)').selectOption(String(input.interest));
    if (input.influence !== undefined) await f('Pengaruh (1-5)').selectOption(String(input.influence));
  }

  /** "Simpan" in a form dialog; returns once the dialog has closed (i.e. the change is saved). */
  async save(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** "Tambah", fill the form, "Simpan": the new stakeholder is in the registry. */
  async add(input: StakeholderInput): Promise<void> {
    await this.addButton.click();
    await expect(this.newDialog).toBeVisible();
    await this.fillForm(this.newDialog, input);
    await this.save(this.newDialog);
  }

  // ---- the table ---------------------------------------------------------------------------

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('button', { name, exact: true }) });
  }

  cell(name: string, column: Column): Locator {
    return this.row(name).getByRole('cell').nth(COLUMNS.indexOf(column));
  }

  columnHeader(column: Column): Locator {
    return this.table.getByRole('columnheader', { name: column, exact: true });
  }

  async sortBy(column: Column): Promise<void> {
    await this.columnHeader(column).getByRole('button').click();
  }

  /** Opens the edit dialog of a stakeholder from its name in the table. */
  async openStakeholder(name: string): Promise<Locator> {
    await this.row(name).getByRole('button', { name, exact: true }).click();
    await expect(this.editDialog).toBeVisible();
    await expect(this.field(this.editDialog, 'Nama')).toHaveValue(name);
    return this.editDialog;
  }

  async edit(name: string, changes: Partial<StakeholderInput>): Promise<void> {
    const dialog = await this.openStakeholder(name);
    await this.fillForm(dialog, changes);
    await this.save(dialog);
  }

  /** "Hapus" in the edit dialog: asks first; returns the question. */
  async askToDelete(name: string): Promise<Locator> {
    const dialog = await this.openStakeholder(name);
    await dialog.getByRole('button', { name: 'Hapus', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(this.deleteDialog).toBeVisible();
    return this.deleteDialog;
  }

  // ---- keyboard ----------------------------------------------------------------------------

  /** Clicks on the page heading, so that keys no longer go to a text field. */
  async focusOutsideFields(): Promise<void> {
    await this.heading.click();
    await expect(this.page.locator(':focus')).toHaveCount(0);
  }

  /** Ctrl+Z with the focus outside text fields (inside them it undoes typing). */
  async undoWithKeyboard(): Promise<void> {
    await this.focusOutsideFields();
    await this.page.keyboard.press('Control+Z');
  }

  // ---- Minat & pengaruh ----------------------------------------------------------------------

  /** The cell of the grid for one interest and influence score, by its accessible name. */
  gridCell(interest: number, influence: number): Locator {
    return this.grid.getByRole('cell', { name: `Minat ${interest}, pengaruh ${influence}`, exact: true });
  }

  // ---- Kelompok kecil ----------------------------------------------------------------------

  groupCard(name: string): Locator {
    return this.groupsPanel.getByRole('article', { name, exact: true });
  }

  async createGroup(name: string, area = ''): Promise<void> {
    await this.newGroupName.fill(name);
    await this.newGroupArea.fill(area);
    await this.createGroupButton.click();
    await expect(this.groupCard(name)).toBeVisible();
    await expect(this.newGroupName).toHaveValue('');
  }

  /** A member's line in a group card. */
  member(group: string, name: string): Locator {
    return this.groupCard(group).getByRole('listitem').filter({ hasText: name });
  }

  leaderBadges(group: string): Locator {
    return this.groupCard(group).getByRole('listitem').getByText('Ketua', { exact: true });
  }

  /** "Tambahkan anggota…": the option is the name, with the village in brackets when there is one. */
  async addMember(group: string, option: string, name: string): Promise<void> {
    await this.groupCard(group).getByRole('combobox', { name: `Tambahkan anggota… ${group}`, exact: true }).selectOption({ label: option });
    await expect(this.member(group, name)).toBeVisible();
  }

  async makeLeader(group: string, name: string): Promise<void> {
    const line = this.member(group, name);
    await line.getByRole('button', { name: 'Jadikan ketua' }).click();
    await expect(line.getByText('Ketua', { exact: true })).toBeVisible();
  }

  async renameGroup(name: string, newName: string): Promise<void> {
    await this.groupCard(name).getByRole('button', { name: 'Ubah nama' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Ubah nama' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Nama kelompok')).toHaveValue(name);
    await dialog.getByLabel('Nama kelompok').fill(newName);
    await this.save(dialog);
    await expect(this.groupCard(newName)).toBeVisible();
  }

  /** "Hapus kelompok" on a card; returns the question. */
  async askToDeleteGroup(name: string): Promise<Locator> {
    await this.groupCard(name).getByRole('button', { name: 'Hapus kelompok' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Hapus kelompok' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  // ---- Impor daftar ------------------------------------------------------------------------

  async openImport(): Promise<void> {
    await this.importButton.click();
    await expect(this.importDialog).toBeVisible();
  }

  /** "Pilih berkas CSV atau XLSX…" and pick a file in the browser's file chooser. */
  async chooseImportFile(filePath: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.chooseFileButton.click();
    await (await chooser).setFiles(filePath);
  }

  /** The select that says which field a column of the sheet goes to, found by the column's header. */
  mappingFor(header: string): Locator {
    return this.mapping.getByRole('combobox', { name: header, exact: true });
  }

  /** The "Impor" checkbox of a preview row, by the row's number in Excel. */
  includeBox(rowNumber: number): Locator {
    return this.importDialog.getByRole('checkbox', { name: `Impor Baris ${rowNumber}`, exact: true });
  }

  previewRow(rowNumber: number): Locator {
    const box = this.page.getByRole('checkbox', { name: `Impor Baris ${rowNumber}`, exact: true });
    return this.previewTable.getByRole('row').filter({ has: box });
  }

  /** "Impor N baris": the dialog closes once the rows are in the registry. */
  async confirmImport(count: number): Promise<void> {
    await expect(this.importConfirmButton).toHaveText(`Impor ${count} baris`);
    await this.importConfirmButton.click();
    await expect(this.importDialog).toBeHidden();
  }

  /** Opens the import, picks the file and waits for its preview. */
  async previewImport(filePath: string): Promise<void> {
    await this.openImport();
    await this.chooseImportFile(filePath);
    await expect(this.importSummary).toBeVisible();
  }
}

