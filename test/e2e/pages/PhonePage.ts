import { expect, type Locator, type Page } from '@playwright/test';

/** The participants' page on a phone: join by code, write cards, place dots or scores, check in. */
export class PhonePage {
  readonly codeBox: Locator;
  readonly writer: Locator;
  readonly mine: Locator;
  readonly wall: Locator;
  readonly dotsLeft: Locator;
  readonly toast: Locator;
  readonly offlineBanner: Locator;

  constructor(readonly page: Page) {
    this.codeBox = page.getByLabel('Kode 4 angka');
    this.writer = page.getByRole('textbox', { name: 'Tulis satu gagasan per kartu' });
    this.mine = page.getByRole('region', { name: /^Kartu saya/ });
    this.wall = page.getByRole('region', { name: 'Dinding kartu' });
    this.dotsLeft = page.getByRole('status').filter({ hasText: /^Sisa titik: / });
    this.toast = page.locator('#toast');
    this.offlineBanner = page.locator('#banner');
  }

  /** Opens the address, types the code; the list of names (or the name form) follows. */
  async enterCode(url: string, code: string): Promise<void> {
    await this.page.goto(url);
    await this.codeBox.fill(code);
    await expect(this.page.getByRole('heading', { name: 'Pilih nama Anda' }).or(this.page.getByText('Nama saya tidak ada di daftar')).first()).toBeVisible();
  }

  async pickName(name: string): Promise<void> {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await this.page.getByRole('button', { name: new RegExp(`^${escaped}`) }).click();
  }

  /** "Nama saya tidak ada di daftar": a walk-in types who they are. */
  async typeName(person: { name: string; organisation: string; village?: string; phone?: string }): Promise<void> {
    await this.page.getByText('Nama saya tidak ada di daftar').click();
    await this.page.getByLabel('Nama', { exact: true }).fill(person.name);
    await this.page.getByLabel('Organisasi atau usaha').fill(person.organisation);
    if (person.village) await this.page.getByLabel('Desa', { exact: true }).fill(person.village);
    if (person.phone) await this.page.getByLabel('Nomor HP (boleh kosong)').fill(person.phone);
    await this.page.getByRole('button', { name: 'Gabung', exact: true }).click();
  }

  /** Types a card and sends it with Enter; the box empties for the next one. */
  async writeCard(text: string): Promise<void> {
    await this.writer.fill(text);
    await this.writer.press('Enter');
    await expect(this.writer).toHaveValue('');
  }

  /** Puts the keyboard away (the dots bar hides while writing). */
  async stopWriting(): Promise<void> {
    await this.writer.blur();
  }

  myCard(text: string): Locator {
    return this.mine.getByRole('listitem').filter({ hasText: text });
  }

  wallCard(text: string): Locator {
    return this.wall.getByRole('listitem').filter({ hasText: text });
  }

  async addDot(item: string): Promise<void> {
    await this.page.getByRole('button', { name: `Tambah titik: ${item}` }).click();
  }

  /** One of the 1-5 buttons of "Penting" or "Dapat dilaksanakan" on a card or group. */
  scoreButton(item: string, which: 'Penting' | 'Dapat dilaksanakan', value: number): Locator {
    return this.page.getByRole('group', { name: `${which}: ${item}` }).getByRole('button', { name: String(value), exact: true });
  }

  async score(item: string, which: 'Penting' | 'Dapat dilaksanakan', value: number): Promise<void> {
    await this.scoreButton(item, which, value).click();
    await expect(this.scoreButton(item, which, value)).toHaveAttribute('aria-pressed', 'true');
  }

  async setOffline(offline: boolean): Promise<void> {
    await this.page.context().setOffline(offline);
  }

  /** The five statements of one ANNEX-1 Base ("Base 3 Bidang industri/pasar"). */
  base(n: number, title: string): Locator {
    return this.page.getByRole('group', { name: `Base ${n} ${title}`, exact: true });
  }

  /** Taps a statement and waits until the laptop has it (the "waiting to send" mark is gone). */
  async answer(n: number, title: string, statement: string): Promise<void> {
    const button = this.base(n, title).getByRole('button', { name: statement, exact: true });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(this.page.getByRole('region', { name: new RegExp(`^Base ${n}`) }).getByText('menunggu dikirim')).toBeHidden();
  }
}
