import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { Envelope } from '../../../shared/errors';
import { saving } from './saving';

/** The envelope of one HTTP API call (POST /api/<method>), refusals included. */
export async function apiRaw<M extends MethodName>(request: APIRequestContext, method: M, input: MethodInput<M>): Promise<Envelope<MethodOutput<M>>> {
  const response = await request.post(`/api/${method}`, { data: input });
  return (await response.json()) as Envelope<MethodOutput<M>>;
}

/** A call to the HTTP API for bulk setup; throws on a refusal. */
export async function api<M extends MethodName>(request: APIRequestContext, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const body = await apiRaw(request, method, input);
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.data;
}

/** "Pemilihan pengurus" in an FGD-2 meeting: the quorum, one card per position, the board. */
export class ElectionPage {
  readonly main: Locator;
  readonly tab: Locator;
  readonly quorum: Locator;
  readonly quorumRule: Locator;
  readonly setupButton: Locator;
  readonly cards: Locator;
  readonly board: Locator;
  readonly undoButton: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.tab = this.main.getByRole('tab', { name: 'Pemilihan pengurus', exact: true });
    this.quorum = this.main.getByRole('status').filter({ hasText: /^Hadir \d+ dari \d+ anggota/ });
    this.quorumRule = this.main.getByLabel('Aturan kuorum');
    this.setupButton = this.main.getByRole('button', { name: 'Siapkan pemilihan dari aturan FGD-1' });
    this.cards = this.main.getByRole('region', { name: /^\d+\. / });
    this.board = this.main.getByRole('region', { name: 'Susunan pengurus' });
    this.undoButton = page.getByRole('banner').getByRole('button', { name: /Urungkan/ });
  }

  /** Opens a meeting of a project straight from the list and shows its election tab. */
  async goto(projectId: string, meetingTitle: string): Promise<void> {
    await this.page.goto(`/#/project/${projectId}/meetings`);
    await this.main.getByRole('button', { name: meetingTitle, exact: true }).click();
    await expect(this.main.getByRole('heading', { level: 1, name: meetingTitle })).toBeVisible();
    await this.showTab();
  }

  async showTab(): Promise<void> {
    await this.tab.click();
    await expect(this.tab).toHaveAttribute('aria-selected', 'true');
  }

  async openTab(name: string): Promise<void> {
    const tab = this.main.getByRole('tab', { name, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  /** The card of a position, e.g. card(1, 'Ketua'). */
  card(n: number, title: string): Locator {
    return this.main.getByRole('region', { name: `${n}. ${title}`, exact: true });
  }

  /** Waits for the answer of one API method while `action` runs; expects it to succeed. */
  saving(method: string, action: () => Promise<unknown>): Promise<void> {
    return saving(this.page, method, action);
  }

  /** Picks a person present in the card's "Tambah calon…" list. */
  async addCandidate(card: Locator, name: string): Promise<void> {
    const select = card.getByRole('combobox', { name: /^Tambah calon / });
    const value = await select.locator('option', { hasText: name }).first().getAttribute('value');
    expect(value, `${name} offered as a candidate`).toBeTruthy();
    await this.saving('election.addCandidate', () => select.selectOption(value!).then(() => undefined));
    await expect(card.getByRole('list', { name: /^Calon / }).getByText(name, { exact: true })).toBeVisible();
  }

  /** Whether a person is offered in the card's candidate list. */
  offered(card: Locator, name: string): Locator {
    return card.getByRole('combobox', { name: /^Tambah calon / }).locator('option', { hasText: name });
  }

  /** The open tally form of a card (first count or run-off). */
  tallyForm(card: Locator): Locator {
    return card.getByRole('form', { name: /^(Penghitungan suara|Pemungutan suara ulang)/ });
  }

  /** Types the counts into the tally form: per candidate by name, then "Tidak sah" and "Kosong/abstain". */
  async fillTally(card: Locator, counts: Record<string, number>): Promise<void> {
    const form = this.tallyForm(card);
    for (const [label, n] of Object.entries(counts)) await form.getByRole('spinbutton', { name: label, exact: true }).fill(String(n));
  }

  async recordTally(card: Locator): Promise<void> {
    await this.saving('election.tally', () => this.tallyForm(card).getByRole('button', { name: 'Catat hasil penghitungan' }).click());
  }

  /** "Konfirmasi hasil", then "Konfirmasi dan kunci" in the question that warns about undo. */
  async confirm(card: Locator, title: string): Promise<void> {
    await card.getByRole('button', { name: 'Konfirmasi hasil' }).click();
    const dialog = this.page.getByRole('dialog', { name: `Konfirmasi hasil ${title}?` });
    await expect(dialog).toContainText('tidak dapat lagi diurungkan');
    await this.saving('election.confirm', () => dialog.getByRole('button', { name: 'Konfirmasi dan kunci' }).click());
    await expect(dialog).toBeHidden();
    await expect(card.getByText('Dikunci')).toBeVisible();
  }

  /** Sets a position to "Musyawarah mufakat", names the one agreed on, records and confirms it. */
  async electByConsensus(n: number, title: string, name: string): Promise<void> {
    const card = this.card(n, title);
    await this.saving('election.updatePosition', () => card.getByLabel('Cara', { exact: true }).selectOption({ label: 'Musyawarah mufakat' }).then(() => undefined));
    await this.addCandidate(card, name);
    await card.getByRole('checkbox', { name }).check();
    await this.saving('election.consensus', () => card.getByRole('button', { name: 'Catat hasil musyawarah' }).click());
    await expect(card.getByRole('status').filter({ hasText: `Terpilih: ${name}` })).toBeVisible();
    await this.confirm(card, title);
  }

  /** "Buka kembali…" with a reason. */
  async reopen(card: Locator, title: string, reason: string): Promise<void> {
    await card.getByRole('button', { name: 'Buka kembali…' }).click();
    const dialog = this.page.getByRole('dialog', { name: `Buka kembali hasil ${title}` });
    await dialog.getByLabel('Alasan').fill(reason);
    await this.saving('election.reopen', () => dialog.getByRole('button', { name: 'Buka kembali', exact: true }).click());
    await expect(dialog).toBeHidden();
  }

  /** Presses a document button and returns the download it starts. */
  async download(scope: Locator, button: string) {
    const download = this.page.waitForEvent('download');
    await scope.getByRole('button', { name: button, exact: true }).click();
    return download;
  }
}
