import { expect, type Locator, type Page } from '@playwright/test';

/**
 * "Buka untuk peserta" (a workshop) or "Daftar hadir mandiri" (a meeting): the facilitator's
 * dialog that opens the participant session, then shows the QR code, address, code and phones.
 */
export class ParticipationPanel {
  readonly dialog: Locator;
  readonly network: Locator;
  readonly port: Locator;
  readonly code: Locator;
  readonly address: Locator;
  readonly qr: Locator;
  readonly joined: Locator;
  readonly devices: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('participation-dialog');
    this.network = this.dialog.getByLabel('Jaringan yang dipakai ponsel peserta');
    this.port = this.dialog.getByLabel('Port');
    this.code = this.dialog.getByTestId('join-code');
    this.address = this.dialog.getByTestId('join-address');
    this.qr = this.dialog.getByRole('img', { name: /^Kode QR untuk / });
    this.joined = this.dialog.getByRole('status').filter({ hasText: /peserta bergabung$/ });
    this.devices = this.dialog.getByRole('table', { name: 'Ponsel yang bergabung' });
  }

  /**
   * Opens the session on this computer only (127.0.0.1) with a random free port between 30000
   * and 60000, trying another when the port is taken. Returns the address the phones open.
   */
  async openOnThisComputer(button: 'Buka untuk peserta' | 'Daftar hadir mandiri'): Promise<{ url: string; code: string }> {
    await this.page.getByRole('main').getByRole('button', { name: button, exact: true }).click();
    return this.startOnThisComputer();
  }

  /** The start form is open: chooses this computer and a free port, and opens the session. */
  async startOnThisComputer(): Promise<{ url: string; code: string }> {
    await expect(this.dialog).toBeVisible();
    await this.network.selectOption({ label: 'Coba di komputer ini saja (127.0.0.1)' });
    for (let attempt = 0; ; attempt += 1) {
      const port = 30000 + Math.floor(Math.random() * 30000);
      await this.port.fill(String(port));
      await this.dialog.getByRole('button', { name: 'Buka sesi' }).click();
      const taken = this.dialog.getByRole('alert').filter({ hasText: `Port ${port} sedang dipakai` });
      await expect(this.code.or(taken)).toBeVisible();
      if (await this.code.isVisible()) {
        const url = `http://127.0.0.1:${port}`;
        await expect(this.address).toHaveText(url);
        return { url, code: (await this.code.textContent()) ?? '' };
      }
      expect(attempt, 'free port found').toBeLessThan(5);
    }
  }

  device(name: string): Locator {
    return this.devices.getByRole('row').filter({ hasText: name });
  }

  /** The facilitator's button while the session is open ("Sesi peserta: 2 dari 3 bergabung"). */
  sessionButton(): Locator {
    return this.page.getByRole('main').getByRole('button', { name: /^Sesi peserta: / });
  }

  async reopen(): Promise<void> {
    await this.sessionButton().click();
    await expect(this.dialog).toBeVisible();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Tutup', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }

  async stop(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Tutup sesi' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
