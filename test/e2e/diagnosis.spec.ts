import type { APIRequestContext } from '@playwright/test';
import { ANNEX1_BASES } from '../../shared/diagnosis/annex1';
import { SCALE_NOTE } from '../../shared/diagnosis/scale';
import { expect, test as base, uniqueName } from './fixtures';
import { DiagnosisPage } from './pages/DiagnosisPage';

const test = base.extend<{ diagnosis: DiagnosisPage }>({
  diagnosis: async ({ page }, use) => use(new DiagnosisPage(page)),
});

/** A project with 16 core firms in the registry (Base 2: "15 or more, fewer than 50") and its kickoff meeting. */
async function registered(request: APIRequestContext, name: string) {
  const ok = async (method: string, data: object) => {
    const body = await (await request.post(`/api/${method}`, { data })).json();
    expect(body.ok, `${method}: ${JSON.stringify(body.error)}`).toBe(true);
    return body.data;
  };
  const { id: projectId } = await ok('projects.create', { name, regency: 'Kabupaten Majalengka', facilitatorName: 'Ratna Sari' });
  for (let i = 1; i <= 16; i++) await ok('stakeholders.create', { projectId, name: `Pengrajin Genteng ${i}`, kind: 'core_firm' });
  await ok('stakeholders.create', { projectId, name: 'Toko Bangunan Jaya', kind: 'buyer' });
  await ok('meetings.create', { projectId, kind: 'kickoff', title: 'Rapat Awal Klaster', date: '2026-02-03' });
  return projectId as string;
}

// Step 2 of the guideline: the ANNEX-1 questionnaire answered on the laptop in the kickoff meeting.
const CHOICES = [2, 4, 3, 1, 2, 5, 4, 3];

test('diagnosis: a questionnaire round answered on the laptop, its profile drawn and its document downloaded', async ({ page, request, project, shell, diagnosis: d }) => {
  test.setTimeout(90_000);
  const projectId = await registered(request, uniqueName('Klaster Genteng Jatiwangi'));
  await project.gotoProject(projectId);
  await d.open();
  await expect(d.main.getByText('Belum ada putaran kuesioner', { exact: false })).toBeVisible();

  await d.main.getByRole('button', { name: 'Putaran baru…' }).click();
  await expect(d.newDialog.getByLabel('Judul putaran')).toHaveValue('Putaran 1');
  await d.newDialog.getByLabel('Judul putaran').fill('Survei awal');
  await d.newDialog.getByLabel('Responden').fill('H. Dadang');
  await d.newDialog.getByLabel('Rapat').selectOption({ label: 'Rapat Awal Klaster — Selasa, 3 Februari 2026' });
  await d.newDialog.getByLabel('Tanggal').fill('03/02/2026');
  await d.saving('questionnaires.create', () => d.newDialog.getByRole('button', { name: 'Buat putaran' }).click());
  await expect(shell.notice('Putaran "Survei awal" dibuat.')).toBeVisible();
  await expect(d.main.getByRole('heading', { level: 1, name: 'Survei awal' })).toBeVisible();

  // Base 2 is suggested from the registry, with its reason, and taken in one click.
  const base2 = d.base(2, ANNEX1_BASES[1]!.title.id);
  await expect(base2.getByText('16 perusahaan inti tercatat', { exact: false })).toBeVisible();
  await d.saving('questionnaires.answer', () => base2.getByRole('button', { name: 'Terima saran' }).click());
  await expect(base2.getByRole('radio', { name: '15 perusahaan atau lebih, dan kurang dari 50 perusahaan', exact: true })).toBeChecked();
  await expect(base2.getByText('Pilihan sudah sesuai saran.')).toBeVisible();

  for (const b of ANNEX1_BASES) {
    if (b.number === 2) continue;
    await d.choose(b.number, b.title.id, b.statements[CHOICES[b.number - 1]! - 1]!.id);
  }
  const note = d.base(1, ANNEX1_BASES[0]!.title.id).getByLabel('Catatan Base 1');
  await d.saving('questionnaires.answer', async () => {
    await note.fill('Dua desa bertetangga, Burujul dan Jatisura');
    await note.blur();
  });
  const total = CHOICES.reduce((sum, c) => sum + 6 - c, 0);
  await expect(d.main.getByTestId('round-progress')).toHaveText(`8 dari 8 Base dijawab · jumlah ${total} dari 40*`);
  await expect(d.main.getByText(`* ${SCALE_NOTE.id}`)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no horizontal scrolling at 1024x768').toBeLessThanOrEqual(1024);

  // Ctrl+Z takes the last answer back (the note), and the answer stays.
  await d.main.getByRole('heading', { level: 1 }).click();
  await d.saving('history.undo', () => page.keyboard.press('Control+Z'));
  await expect(note).toHaveValue('');
  await expect(d.main.getByTestId('round-progress')).toContainText('8 dari 8 Base dijawab');

  // The profile: one bar per Base, as long as its grade.
  await d.main.getByRole('button', { name: '← Semua putaran' }).click();
  await expect(d.main.getByRole('listitem', { name: 'Survei awal' })).toContainText(`jumlah ${total} dari 40*`);
  await d.main.getByRole('tab', { name: 'Profil', exact: true }).click();
  const chart = d.main.getByTestId('profile-chart');
  await expect(chart).toBeVisible();
  await expect(chart.locator('g.bar')).toHaveCount(8);
  expect(await chart.locator('g.bar').evaluateAll((bars) => bars.map((b) => Number(b.getAttribute('data-grade'))))).toEqual(CHOICES.map((c) => 6 - c));
  const box = (await chart.boundingBox())!;
  expect(box.y + box.height, 'the chart fits 768 px').toBeLessThanOrEqual(768);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no horizontal scrolling at 1024x768').toBeLessThanOrEqual(1024);

  // A later round (answered through the API here) is compared with the first, bar beside bar.
  const ok = async (method: string, data: object) => (await (await request.post(`/api/${method}`, { data })).json()).data;
  const later = await ok('questionnaires.create', { projectId, title: 'Setelah setahun', date: '2027-02-10' });
  for (const b of ANNEX1_BASES) await ok('questionnaires.answer', { projectId, roundId: later.id, base: b.number, choice: Math.max(1, CHOICES[b.number - 1]! - 1) });
  await page.reload();
  await d.main.getByRole('tab', { name: 'Profil', exact: true }).click();
  await expect(d.main.getByRole('group', { name: 'Putaran yang dibandingkan' }).getByRole('checkbox')).toHaveCount(2);
  await expect(chart.locator('g.bar')).toHaveCount(16);
  await expect(chart.locator('g.bar[data-round="Setelah setahun"]')).toHaveCount(8);

  // The document of the first round: every Base with its chosen statement ticked, the profile of both and the scale note.
  await d.main.getByRole('tab', { name: 'Putaran kuesioner', exact: true }).click();
  await d.main.getByRole('button', { name: 'Buka putaran Survei awal' }).click();
  const xml = await DiagnosisPage.documentXml(await d.download('Kuesioner ANNEX-1 (Word)'));
  for (const b of ANNEX1_BASES) expect(xml, `Base ${b.number}`).toContain(b.statements[CHOICES[b.number - 1]! - 1]!.id.replace(/&/g, '&amp;'));
  expect(xml).toContain('H. Dadang');
  expect(xml.match(/☑/g)).toHaveLength(8);
  expect(xml).toContain('Setelah setahun');
  expect(xml).toContain('Profil Klaster Antar Putaran');
  expect(xml).toContain(SCALE_NOTE.id);
});
