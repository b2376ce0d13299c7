import { expect, type Locator, type Page } from '@playwright/test';

/** "Lokakarya": the list of workshops, one workshop's steps, the timer, and the projector page. */
export class WorkshopPage {
  readonly main: Locator;
  readonly newButton: Locator;
  readonly newDialog: Locator;
  readonly timer: Locator;
  readonly cardBox: Locator;
  readonly cardCount: Locator;
  readonly cardList: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.newButton = this.main.getByRole('button', { name: 'Lokakarya baru' });
    this.newDialog = page.getByRole('dialog', { name: 'Lokakarya baru' });
    this.timer = this.main.getByRole('timer');
    this.cardBox = this.main.getByRole('textbox', { name: 'Kartu baru' });
    this.cardCount = this.main.getByRole('status').filter({ hasText: /^\d+ kartu$/ });
    this.cardList = this.main.getByRole('list', { name: 'Kartu', exact: true });
  }

  async openArea(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Lokakarya', exact: true }).click();
    await expect(this.main.getByRole('heading', { level: 1, name: 'Lokakarya', exact: true })).toBeVisible();
  }

  /** "Lokakarya baru" with typed participant names and some picked from the registry by search. */
  async create(o: { theme: string; template: string; typed: string[]; fromRegistry: string[] }): Promise<void> {
    await this.newButton.click();
    const d = this.newDialog;
    await d.getByLabel('Bentuk').selectOption({ label: o.template });
    await d.getByLabel('Tema (pertanyaan)').fill(o.theme);
    await d.getByLabel('Ketik nama').fill(o.typed.join('\n'));
    for (const name of o.fromRegistry) {
      await d.getByRole('searchbox').fill(name);
      await d.getByRole('checkbox', { name }).check();
    }
    await d.getByRole('button', { name: 'Buat lokakarya' }).click();
    await expect(d).toBeHidden();
    await expect(this.main.getByRole('heading', { level: 1, name: o.theme })).toBeVisible();
  }

  async openTab(name: 'Aturan' | 'Kartu' | 'Kelompokkan' | 'Pilih' | 'Hasil'): Promise<void> {
    const tab = this.main.getByRole('tab', { name, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  /** Waits for the answer of one API method while `action` runs; `ok` false expects a refusal. */
  async saving(method: string, action: () => Promise<void>, ok = true): Promise<void> {
    const response = this.page.waitForResponse((r) => r.url().endsWith(`/api/${method}`), { timeout: 10_000 });
    await action();
    const body = (await (await response).json()) as { ok: boolean };
    expect(body.ok, method).toBe(ok);
  }

  /** Types a card and presses Enter: the box empties and keeps the focus for the next one. */
  async typeCard(text: string): Promise<void> {
    await this.saving('cards.create', async () => {
      await this.cardBox.fill(text);
      await this.cardBox.press('Enter');
    });
    await expect(this.cardBox).toHaveValue('');
    await expect(this.cardBox).toBeFocused();
  }

  card(text: string): Locator {
    return this.cardList.getByRole('listitem').filter({ hasText: text });
  }

  column(name: string): Locator {
    return this.main.getByRole('region', { name, exact: true });
  }

  boardCard(text: string): Locator {
    return this.main.locator('.ws-board-card').filter({ hasText: text });
  }

  /** A dot cell of the voting grid: participant (or "Hitungan dari dinding") × theme. */
  dots(name: string, item: string): Locator {
    return this.main.getByRole('spinbutton', { name: `Titik ${name} untuk ${item}` });
  }

  async setDots(name: string, item: string, dots: number, ok = true): Promise<void> {
    await this.saving('votes.set', async () => {
      await this.dots(name, item).fill(String(dots));
      await this.dots(name, item).press('Enter');
    }, ok);
  }

  rankingRows(): Locator {
    return this.main.getByRole('table', { name: 'Peringkat' }).getByRole('row');
  }

  /** Clicks on the workshop heading, so that Ctrl+Z undoes the last step rather than typing. */
  async focusOutsideFields(): Promise<void> {
    await this.main.getByRole('heading', { level: 1 }).click();
  }
}
