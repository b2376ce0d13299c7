import { expect, type Locator, type Page } from '@playwright/test';

/** "Proyek klaster": the list of projects on this laptop and the ways to start one. */
export class HomePage {
  readonly heading: Locator;
  readonly newProjectButton: Locator;
  readonly openFileButton: Locator;
  readonly openDemoButton: Locator;
  readonly recentProjects: Locator;
  readonly projectCards: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Proyek klaster' });
    this.newProjectButton = page.getByRole('button', { name: 'Proyek baru', exact: true });
    this.openFileButton = page.getByRole('button', { name: 'Buka berkas proyek…' });
    this.openDemoButton = page.getByRole('button', { name: 'Buka proyek contoh' });
    this.recentProjects = page.getByRole('region', { name: 'Proyek terakhir' });
    this.projectCards = this.recentProjects.getByRole('listitem');
  }

  async goto(): Promise<void> {
    await this.page.goto('/#/');
    await expect(this.heading).toBeVisible();
    // The list (or the "no projects yet" text) has arrived once "Memuat…" is gone.
    await expect(this.page.getByText('Memuat…')).toHaveCount(0);
  }

  /** Fills the "Proyek baru" dialog and creates the project; lands on its details. */
  async createProject(name: string, product?: string, regency?: string): Promise<void> {
    await this.newProjectButton.click();
    const dialog = this.page.getByRole('dialog', { name: 'Proyek baru' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Nama klaster').fill(name);
    if (product !== undefined) await dialog.getByLabel('Produk').fill(product);
    if (regency !== undefined) await dialog.getByLabel('Kabupaten/Kota').fill(regency);
    await dialog.getByRole('button', { name: 'Buat proyek' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Detail proyek' })).toBeVisible();
    await expect(this.page.getByTestId('current-project')).toHaveText(name);
  }

  /** "Buka proyek contoh": a fresh, editable copy of the demo project. */
  async openDemo(): Promise<void> {
    await this.openDemoButton.click();
    await this.expectProjectOpen('Klaster Batik Tulis Lasem');
  }

  /**
   * The demo's registry only (stakeholders, groups, ties; no meetings, workshops or board), made
   * through the API and opened by its address: for tests that start from an empty story.
   */
  async openRegistryDemo(): Promise<string> {
    const response = await this.page.request.post('/api/projects.createDemo', { data: { story: false } });
    const body = (await response.json()) as { ok: boolean; data?: { id: string; name: string }; error?: unknown };
    expect(body.ok, `projects.createDemo: ${JSON.stringify(body.error)}`).toBe(true);
    await this.page.goto(`/#/project/${body.data!.id}/home`);
    await this.expectProjectOpen(body.data!.name);
    return body.data!.id;
  }

  /** The card of a project in "Proyek terakhir", found by its exact name. */
  projectCard(name: string): Locator {
    return this.projectCards.filter({ has: this.page.getByText(name, { exact: true }) }).getByRole('button');
  }

  async openProject(name: string): Promise<void> {
    await this.projectCard(name).click();
    await this.expectProjectOpen(name);
  }

  /** "Buka berkas proyek…" and pick a file in the browser's file chooser. */
  async openProjectFile(filePath: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.openFileButton.click();
    await (await chooser).setFiles(filePath);
  }

  private async expectProjectOpen(name: string): Promise<void> {
    // An existing project opens on its home: the guideline's path.
    await expect(this.page.getByRole('heading', { level: 1, name: `Langkah klaster: ${name}` })).toBeVisible();
    await expect(this.page.getByTestId('current-project')).toHaveText(name);
  }
}
