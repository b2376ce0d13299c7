import fs from 'node:fs';
import path from 'node:path';
import { devices, type APIRequestContext } from '@playwright/test';
import { ANNEX1_BASES } from '../../shared/diagnosis/annex1';
import { expect, test as base, uniqueName } from './fixtures';
import { DiagnosisPage } from './pages/DiagnosisPage';
import { ParticipationPanel } from './pages/ParticipationPanel';
import { PhonePage } from './pages/PhonePage';

const test = base.extend<{ diagnosis: DiagnosisPage; panel: ParticipationPanel }>({
  diagnosis: async ({ page }, use) => use(new DiagnosisPage(page)),
  panel: async ({ page }, use) => use(new ParticipationPanel(page)),
});

const PHONE_PAGE = path.resolve('dist/phone/index.html');
const MEETING = 'Rapat Klaster Januari';

/** A project whose January meeting invited two craftspeople. */
async function withMeeting(request: APIRequestContext, name: string): Promise<string> {
  const ok = async (method: string, data: object) => {
    const body = await (await request.post(`/api/${method}`, { data })).json();
    expect(body.ok, `${method}: ${JSON.stringify(body.error)}`).toBe(true);
    return body.data;
  };
  const { id: projectId } = await ok('projects.create', { name, regency: 'Kabupaten Majalengka', facilitatorName: 'Ratna Sari' });
  const meeting = await ok('meetings.create', { projectId, kind: 'general', title: MEETING, date: '2027-01-12' });
  for (const person of ['Bu Sari', 'Pak Darsono']) await ok('attendees.add', { projectId, meetingId: meeting.id, walkIn: false, name: person });
  return projectId as string;
}

test.afterEach(async ({ request }) => {
  const projects = (await (await request.post('/api/projects.list', { data: {} })).json()).data as { id: string }[];
  for (const p of projects) await request.post('/api/participation.stop', { data: { projectId: p.id } });
});

const statement = (base: number, choice: number) => ANNEX1_BASES[base - 1]!.statements[choice - 1]!.id;
const title = (base: number) => ANNEX1_BASES[base - 1]!.title.id;

test('ANNEX-1 answered on three phones: one answer set each, the spread per Base live on the laptop, and the sitting in the profile', async ({ browser, page, request, project, diagnosis: d, panel }) => {
  test.setTimeout(150_000);
  test.skip(!fs.existsSync(PHONE_PAGE), 'The participants\' page has not been built (dist/phone)');
  const projectId = await withMeeting(request, uniqueName('Klaster Genteng Jatiwangi'));
  await project.gotoProject(projectId);
  await d.open();

  // The facilitator names the sitting after the meeting, then opens it to phones.
  await d.main.getByRole('button', { name: 'Jawab di ponsel peserta…' }).click();
  const naming = page.getByRole('dialog', { name: 'Kuesioner di ponsel peserta' });
  await naming.getByLabel('Judul putaran').fill('ANNEX-1 bersama pengrajin');
  await naming.getByLabel('Rapat').selectOption({ label: `${MEETING} — Selasa, 12 Januari 2027` });
  await expect(naming.getByLabel('Tanggal')).toHaveValue('12/01/2027');
  await naming.getByRole('button', { name: 'Lanjut' }).click();
  await expect(panel.dialog.getByText('satu set jawaban per ponsel', { exact: false })).toBeVisible();
  const { url, code } = await panel.startOnThisComputer();
  await expect(panel.joined).toHaveText('0 dari 2 peserta bergabung');

  const contexts = await Promise.all([0, 1, 2].map(() => browser.newContext({ ...devices['Pixel 5'], locale: 'id-ID', timezoneId: 'Asia/Jakarta' })));
  const [sari, darsono, wati] = await Promise.all(contexts.map(async (c) => new PhonePage(await c.newPage())));
  try {
    // Two pick their names from the meeting's list; a third was not invited and types hers.
    for (const [phone, name] of [[sari, 'Bu Sari'], [darsono, 'Pak Darsono']] as const) {
      await phone!.enterCode(url, code);
      await expect(phone!.page.getByText('Kuesioner ANNEX-1').first()).toBeVisible();
      await phone!.pickName(name);
      await expect(phone!.page.getByRole('heading', { level: 1, name: 'ANNEX-1 bersama pengrajin' })).toBeVisible();
    }
    await wati!.enterCode(url, code);
    await wati!.typeName({ name: 'Bu Wati', organisation: 'Koperasi Genteng' });
    await expect(wati!.page.getByRole('status').filter({ hasText: '0 dari 8 Base dijawab' })).toBeVisible();
    // A phone is a phone: the statements fit its width, and each is a big enough target.
    expect(await wati!.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(wati!.page.viewportSize()!.width);
    const box = await wati!.base(1, title(1)).getByRole('button').first().boundingBox();
    expect(box!.height, 'statement button height (px)').toBeGreaterThanOrEqual(48);

    // Bu Sari answers all eight; Pak Darsono three; Bu Wati two.
    const SARI = [1, 3, 2, 2, 3, 4, 2, 3];
    for (const [i, c] of SARI.entries()) await sari!.answer(i + 1, title(i + 1), statement(i + 1, c));
    await expect(sari!.page.getByText('Semua Base sudah dijawab', { exact: false })).toBeVisible();
    for (const [b, c] of [[1, 1], [2, 3], [3, 4]] as const) await darsono!.answer(b, title(b), statement(b, c));
    for (const [b, c] of [[1, 2], [2, 3]] as const) await wati!.answer(b, title(b), statement(b, c));
    // Tapping the chosen statement again takes it back.
    const taken = darsono!.base(3, title(3)).getByRole('button', { name: statement(3, 4), exact: true });
    await taken.click();
    await expect(taken).toHaveAttribute('aria-pressed', 'false');
    await expect(darsono!.page.getByRole('status').filter({ hasText: 'Base dijawab' })).toHaveText('2 dari 8 Base dijawab');

    // The facilitator's panel counts each phone's answers.
    await expect(panel.joined).toHaveText('3 dari 3 peserta bergabung');
    await expect(panel.device('Bu Sari')).toContainText('8/8');
    await expect(panel.device('Pak Darsono')).toContainText('2/8');
    await expect(panel.device('Bu Wati')).toContainText('2/8');
    await panel.close();

    // The list keeps the sitting's rounds together, with one round per respondent.
    const sitting = d.main.getByRole('listitem', { name: 'ANNEX-1 bersama pengrajin' });
    await expect(sitting).toContainText('3 responden, 1 menjawab lengkap');
    await sitting.getByText('Jawaban per responden (3)').click();
    await expect(sitting.getByRole('button', { name: 'Buka putaran Bu Wati (Koperasi Genteng)' })).toBeVisible();

    // The spread per Base, live: a phone changing its answer moves the count on the laptop.
    await sitting.getByRole('button', { name: 'Sebaran jawaban', exact: true }).click();
    await expect(d.main.getByRole('heading', { level: 1, name: 'Sebaran jawaban: ANNEX-1 bersama pengrajin' })).toBeVisible();
    await expect(d.main.getByTestId('spread-summary')).toContainText(`12 Januari 2027 · ${MEETING} · 3 responden, 1 menjawab lengkap`);
    const cell = (b: number, c: number) => d.main.getByTestId(`spread-${b}-${c}`);
    await expect(cell(1, 1)).toHaveText('2');
    await expect(cell(1, 2)).toHaveText('1');
    await expect(cell(1, 1)).toHaveClass(/median/);
    await expect(cell(2, 3)).toHaveText('3');
    await expect(cell(3, 2)).toHaveText('1');
    await expect(cell(2, 3)).toHaveAttribute('title', statement(2, 3));
    await wati!.answer(1, title(1), statement(1, 1));
    await expect(cell(1, 1)).toHaveText('3');
    await expect(cell(1, 2)).toHaveText('0');
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'spread at 1024x768').toBeLessThanOrEqual(1024);

    // F5 puts the spread on the wall, large, whole at 1024x768, and it follows the phones.
    await page.keyboard.press('F5');
    const wall = page.getByTestId('presentation');
    await expect(wall).toHaveAttribute('data-showing', 'spread');
    const wallCell = (b: number, c: number) => wall.getByTestId(`present-spread-${b}-${c}`);
    await expect(wallCell(1, 1)).toHaveText('3');
    await expect(wallCell(1, 1)).toHaveClass(/median/);
    expect(await wallCell(1, 1).evaluate((el) => parseFloat(getComputedStyle(el).fontSize)), 'count size on the wall (px)').toBeGreaterThanOrEqual(24);
    await expect(wallCell(8, 3)).toBeInViewport({ ratio: 1 });
    await darsono!.answer(4, title(4), statement(4, 5));
    await expect(wallCell(4, 5)).toHaveText('1');
    await page.keyboard.press('Escape');
    await expect(wall).toHaveCount(0);

    // The profile compares the sitting as one column: the median of its respondents.
    await d.main.getByRole('button', { name: /Semua putaran/ }).click();
    await d.main.getByRole('tab', { name: 'Profil' }).click();
    await expect(d.main.getByText('median 3 responden')).toBeVisible();

    // Closing the session tells the phones; the answers stay.
    await d.main.getByRole('tab', { name: 'Putaran kuesioner' }).click();
    await panel.reopen();
    await panel.dialog.getByRole('button', { name: 'Tutup sesi' }).click();
    await expect(sari!.page.getByText('Sesi sudah ditutup oleh fasilitator.')).toBeVisible();
    const rounds = (await (await request.post('/api/questionnaires.list', { data: { projectId } })).json()).data as { respondent: string; answered: number }[];
    expect(rounds.map((r) => [r.respondent, r.answered])).toEqual([['Bu Sari', 8], ['Pak Darsono', 3], ['Bu Wati (Koperasi Genteng)', 2]]);
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});
