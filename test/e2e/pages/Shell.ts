import { expect, type Locator, type Page } from '@playwright/test';

/** The top bar that stays on every screen: home link, language, projector mode, notices. */
export class Shell {
  readonly homeLink: Locator;
  readonly languageSelect: Locator;
  readonly projectorButton: Locator;
  readonly currentProject: Locator;

  constructor(readonly page: Page) {
    const bar = page.getByRole('banner');
    this.homeLink = bar.getByRole('button', { name: 'Klaster Workbench', exact: true });
    this.languageSelect = bar.getByRole('combobox', { name: /^(Bahasa|Language)$/ });
    this.projectorButton = bar.getByRole('button', { name: /^(Mode proyektor|Projector mode)$/ });
    this.currentProject = page.getByTestId('current-project');
  }

  /** "Indonesia" or "English", as the select shows them. */
  async setLanguage(language: 'Indonesia' | 'English'): Promise<void> {
    await this.languageSelect.selectOption({ label: language });
    await expect(this.page.locator('html')).toHaveAttribute('lang', language === 'English' ? 'en' : 'id');
  }

  /** Presses the "Mode proyektor" button and waits until its state has flipped. */
  async toggleProjector(): Promise<void> {
    const was = await this.projectorButton.getAttribute('aria-pressed');
    await this.projectorButton.click();
    await expect(this.projectorButton).toHaveAttribute('aria-pressed', was === 'true' ? 'false' : 'true');
  }

  async goHome(): Promise<void> {
    await this.homeLink.click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^(Proyek klaster|Cluster projects)$/ })).toBeVisible();
  }

  /** An information notice ("Diurungkan: …") or an error notice. */
  notice(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  errorNotice(text: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }
}
