import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { saving } from './saving';

/**
 * "Rapat" (the meetings of a project and one meeting's tabs: Detail, Agenda & notulen, Kehadiran,
 * Aturan organisasi, Dokumen) and "Visi & misi".
 */
export class MeetingsPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly newButton: Locator;
  readonly letterheadButton: Locator;
  readonly list: Locator;
  readonly newDialog: Locator;
  readonly backButton: Locator;
  // Agenda & notulen
  readonly agendaCards: Locator;
  readonly newAgendaItem: Locator;
  // Kehadiran
  readonly attendanceCount: Locator;
  readonly inviteButton: Locator;
  readonly walkInButton: Locator;
  readonly inviteDialog: Locator;
  readonly walkInDialog: Locator;
  readonly attendanceRows: Locator;
  // Aturan organisasi
  readonly boardSize: Locator;
  readonly positionRows: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1, name: 'Rapat', exact: true });
    this.newButton = this.main.getByRole('button', { name: 'Rapat baru' });
    this.letterheadButton = this.main.getByRole('button', { name: 'Kop surat…' });
    this.list = this.main.getByRole('list', { name: 'Rapat' });
    this.newDialog = page.getByRole('dialog', { name: 'Rapat baru' });
    this.backButton = this.main.getByRole('button', { name: '← Semua rapat' });
    this.agendaCards = this.main.getByRole('article');
    this.newAgendaItem = this.main.getByRole('textbox', { name: 'Agenda baru' });
    this.attendanceCount = this.main.getByRole('status').filter({ hasText: /^Hadir \d+ dari/ });
    this.inviteButton = this.main.getByRole('button', { name: 'Undang dari daftar' });
    this.walkInButton = this.main.getByRole('button', { name: 'Tambah peserta tak terundang' });
    this.inviteDialog = page.getByRole('dialog', { name: 'Undang dari daftar pemangku kepentingan' });
    this.walkInDialog = page.getByRole('dialog', { name: 'Peserta tak terundang' });
    this.attendanceRows = this.main.getByRole('table').getByRole('row').filter({ has: page.getByRole('checkbox') });
    this.boardSize = this.main.getByRole('status').filter({ hasText: /anggota pengurus$/ });
    this.positionRows = this.main.getByRole('table').getByRole('row').filter({ has: page.getByRole('textbox', { name: /^Jabatan \d+$/ }) });
  }

  /** The sidebar entry of an area of the open project, e.g. "Rapat" or "Visi & misi". */
  async openArea(name: 'Rapat' | 'Visi & misi' | 'Pemangku kepentingan'): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
    await expect(this.main.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
  }

  /** "Rapat baru": picks the kind (its label, e.g. "FGD-1") and the date; lands in the new meeting. */
  async create(kind: string, date?: string): Promise<void> {
    await this.newButton.click();
    await expect(this.newDialog).toBeVisible();
    await this.newDialog.getByRole('radio', { name: new RegExp(`^${kind}\\b`) }).check();
    if (date) await this.newDialog.getByLabel('Tanggal').fill(date);
    await this.newDialog.getByRole('button', { name: 'Buat rapat' }).click();
    await expect(this.newDialog).toBeHidden();
    await expect(this.backButton).toBeVisible();
  }

  /** The entry of a meeting in the list, by its title. */
  item(title: string): Locator {
    return this.list.getByRole('listitem').filter({ has: this.page.getByRole('button', { name: title, exact: true }) });
  }

  /** "Hapus" on a meeting in the list, confirmed in the question that follows. */
  async deleteMeeting(title: string): Promise<void> {
    await this.item(title).getByRole('button', { name: `Hapus rapat ${title}` }).click();
    const confirm = this.page.getByRole('dialog', { name: 'Hapus rapat ini?' });
    await confirm.getByRole('button', { name: 'Hapus', exact: true }).click();
    await expect(confirm).toBeHidden();
  }

  async open(title: string): Promise<void> {
    await this.item(title).getByRole('button', { name: title, exact: true }).click();
    await expect(this.main.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  tab(name: string): Locator {
    return this.main.getByRole('tab', { name, exact: true });
  }

  async openTab(name: 'Detail' | 'Agenda & notulen' | 'Kehadiran' | 'Aturan organisasi' | 'Dokumen'): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  /** Waits for the answer of one API method, e.g. "decisions.add", while `action` runs. */
  saving(method: string, action: () => Promise<unknown>): Promise<void> {
    return saving(this.page, method, action);
  }

  /** Types a value into a field and commits it (Enter, or leaving the field); returns once saved. */
  async commit(field: Locator, value: string, method: string, how: 'Enter' | 'blur' = 'Enter'): Promise<void> {
    await this.saving(method, async () => {
      await field.fill(value);
      if (how === 'Enter') await field.press('Enter');
      else await field.blur();
    });
  }

  /** Clicks on the meeting's heading, so that keys no longer go to a text field. */
  async focusOutsideFields(): Promise<void> {
    await this.main.getByRole('heading', { level: 1 }).click();
    await expect(this.page.locator(':focus')).toHaveCount(0);
  }

  async undoWithKeyboard(): Promise<void> {
    await this.focusOutsideFields();
    await this.page.keyboard.press('Control+Z');
  }

  // ---- Agenda & notulen ----------------------------------------------------------------------

  card(n: number): Locator {
    return this.agendaCards.nth(n - 1);
  }

  agendaTitle(n: number): Locator {
    return this.card(n).getByRole('textbox', { name: `Judul agenda ${n}` });
  }

  discussion(n: number): Locator {
    return this.card(n).getByRole('textbox', { name: 'Pembahasan' });
  }

  newDecision(n: number): Locator {
    return this.card(n).getByRole('textbox', { name: 'Keputusan baru' });
  }

  /** The saved decisions of an agenda item, as text boxes in order. */
  decisions(n: number): Locator {
    return this.card(n).getByRole('list', { name: /^Keputusan: / }).getByRole('textbox');
  }

  /** Types decisions one after another, each ended by Enter, without leaving the field. */
  async addDecisions(n: number, texts: string[]): Promise<void> {
    const field = this.newDecision(n);
    await field.click();
    for (const text of texts) {
      await this.page.keyboard.type(text);
      await this.saving('decisions.add', () => this.page.keyboard.press('Enter'));
      await expect(field).toHaveValue('');
      await expect(field).toBeFocused();
    }
  }

  /** Fills the "new follow-up" row of an agenda item (what, who, by when) and adds it with Enter. */
  async addFollowUp(n: number, what: string, who: string, due: string): Promise<void> {
    const card = this.card(n);
    await card.getByRole('textbox', { name: 'Tindak lanjut baru', exact: true }).fill(what);
    await card.getByLabel('Batas waktu tindak lanjut baru').fill(due);
    const whoBox = card.getByRole('textbox', { name: 'Penanggung jawab tindak lanjut baru' });
    await whoBox.fill(who);
    await this.saving('followUps.add', () => whoBox.press('Enter'));
  }

  // ---- Kehadiran ---------------------------------------------------------------------------

  attendee(name: string): Locator {
    return this.attendanceRows.filter({ hasText: name });
  }

  presentBox(name: string): Locator {
    return this.main.getByRole('checkbox', { name: `Hadir: ${name}`, exact: true });
  }

  /** The tick box of a registry entry in "Undang dari daftar". */
  pickBox(name: string): Locator {
    return this.inviteDialog.getByRole('listitem').filter({ hasText: name }).getByRole('checkbox');
  }

  /** "Undang N orang" in the invite dialog; returns once the dialog has closed. */
  async confirmInvite(count: number): Promise<void> {
    await this.inviteDialog.getByRole('button', { name: `Undang ${count} orang` }).click();
    await expect(this.inviteDialog).toBeHidden();
  }

  /** "Masukkan ke daftar pemangku kepentingan" on a walk-in's row, with the kind they get. */
  async register(name: string, kind: string): Promise<void> {
    await this.attendee(name).getByRole('button', { name: `Masukkan ${name} ke daftar pemangku kepentingan` }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Masukkan ke daftar pemangku kepentingan' });
    await dialog.getByLabel('Jenis').selectOption({ label: kind });
    await dialog.getByRole('button', { name: 'Masukkan ke daftar' }).click();
    await expect(dialog).toBeHidden();
  }

  async addWalkIn(person: { name: string; organisation?: string; role?: string; village?: string; phone?: string }): Promise<void> {
    await this.walkInButton.click();
    await expect(this.walkInDialog).toBeVisible();
    const d = this.walkInDialog;
    await d.getByLabel('Nama').fill(person.name);
    if (person.organisation) await d.getByLabel('Instansi/usaha').fill(person.organisation);
    if (person.role) await d.getByLabel('Jabatan').fill(person.role);
    if (person.village) await d.getByLabel('Desa/alamat').fill(person.village);
    if (person.phone) await d.getByLabel('No. HP').fill(person.phone);
    await d.getByRole('button', { name: 'Tambahkan (hadir)' }).click();
    await expect(d).toBeHidden();
    await expect(this.attendee(person.name)).toBeVisible();
  }

  // ---- Aturan organisasi ----------------------------------------------------------------------

  positionRow(title: string): Locator {
    return this.positionRows.filter({ has: this.page.getByRole('button', { name: `Hapus jabatan ${title}`, exact: true }) });
  }

  // ---- Dokumen -----------------------------------------------------------------------------

  /** Presses a document button and returns the download it starts. */
  async download(button: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.main.getByRole('button', { name: button, exact: true }).click();
    return download;
  }
}
