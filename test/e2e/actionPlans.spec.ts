import type { APIRequestContext } from '@playwright/test';
import { expect, test as base, uniqueName } from './fixtures';
import { ActionPlansPage } from './pages/ActionPlansPage';

const test = base.extend<{ plans: ActionPlansPage }>({
  plans: async ({ page }, use) => use(new ActionPlansPage(page)),
});

const Q = [
  'Mengapa kegiatan dilakukan dan apa yang akan berubah atau yang akan dicapai?',
  'Apa output yang diperkirakan akan diperoleh?',
  'Siapa yang akan bertanggungjawab?',
  'Kapan akan dilaksanakan?',
  'Apakah pendukung luar diperlukan?',
  'Siapa yang menjadi pendukung tersebut?',
  'Apa aturan pemerintah daerah yang diespektasikan?',
  'Berapa banyak dana yang dibutuhkan?',
  'Bagaimana hasilnya di monitor dan dilaporkan?',
];

/** The project as it stands before step 12: the registry, the short list of "Masalah utama klaster", a general meeting. */
async function shortlisted(request: APIRequestContext, name: string) {
  const ok = async (method: string, data: object) => {
    const body = await (await request.post(`/api/${method}`, { data })).json();
    expect(body.ok, `${method}: ${JSON.stringify(body.error)}`).toBe(true);
    return body.data;
  };
  const { id: projectId } = await ok('projects.create', { name, regency: 'Kabupaten Cirebon', facilitatorName: 'Ratna Sari' });
  await ok('stakeholders.create', { projectId, name: 'Koperasi Mekar Sari', organisation: 'Koperasi Mekar Sari', kind: 'association' });
  await ok('stakeholders.create', { projectId, name: 'H. Sukardi', organisation: 'UD Rotan Jaya', role: 'Ketua kelompok Tegalwangi', kind: 'core_firm', clusterMember: true });
  const w = await ok('workshops.create', { projectId, theme: 'Masalah utama klaster', date: '2026-02-11' });
  const themes = ['Pembelian bahan baku bersama', 'Pemasaran bersama', 'Desain produk', 'Pelatihan finishing', 'Akses modal'];
  for (const [i, theme] of themes.entries()) {
    const g = await ok('groups.create', { projectId, workshopId: w.id, name: theme });
    await ok('votes.set', { projectId, workshopId: w.id, targetType: 'group', targetId: g.id, participantId: null, dots: 9 - i * 2 });
  }
  await ok('workshops.update', { projectId, id: w.id, cutLine: 4 });
  await ok('meetings.create', { projectId, kind: 'general', title: 'Rapat Umum Anggota 2026', date: '2026-07-08', place: 'Balai Desa Tegalwangi', chairName: 'H. Sukardi' });
  return projectId as string;
}

// SCENARIO step 12: "Pembelian bahan baku bersama" from the short list becomes an action plan that
// answers the nine questions, with its PDM, a mid-term evaluation, the annual plan and four documents.
test('action plan: from the short list to the nine questions, PDM, mid-term evaluation, annual plan and documents', async ({ page, request, project, shell, plans: p }) => {
  test.setTimeout(150_000);
  const projectId = await shortlisted(request, uniqueName('Klaster Mebel Rotan'));
  await project.gotoProject(projectId);
  await p.open();
  await expect(p.main.getByText('Belum ada rencana kegiatan', { exact: false })).toBeVisible();

  // From the short list: the theme names the plan.
  await p.main.getByRole('button', { name: 'Rencana baru…' }).click();
  await expect(p.newDialog.getByLabel('Tema terpilih')).toHaveValue(/.+/);
  await p.newDialog.getByLabel('Tema terpilih').selectOption({ label: 'Pembelian bahan baku bersama (peringkat 1)' });
  await expect(p.newDialog.getByLabel('Judul rencana')).toHaveValue('Pembelian bahan baku bersama');
  await p.newDialog.getByLabel('Bidang perbaikan').selectOption({ label: 'Bahan baku' });
  await p.saving('actionPlans.create', () => p.newDialog.getByRole('button', { name: 'Buat rencana' }).click());
  await expect(shell.notice('Rencana "Pembelian bahan baku bersama" dibuat.')).toBeVisible();
  await expect(p.main.getByRole('heading', { level: 1, name: 'Pembelian bahan baku bersama' })).toBeVisible();
  await expect(p.main.getByText('Asal: daftar pendek "Masalah utama klaster"', { exact: false })).toBeVisible();

  // The nine questions, shown verbatim, answered one by one.
  for (const q of Q) await expect(p.main.getByText(q, { exact: true })).toBeVisible();
  await p.answer(Q[0]!, 'Harga rotan yang dibeli sendiri-sendiri mahal dan mutunya tidak menentu.');
  await p.answer(Q[1]!, 'Kontrak pembelian bersama dengan pemasok\nGudang bahan baku bersama');
  await p.saving('actionPlans.update', () => p.question(Q[2]!).getByLabel('Pilih penanggung jawab').selectOption({ label: 'H. Sukardi (UD Rotan Jaya)' }));
  await expect(p.question(Q[2]!).getByLabel('Nama penanggung jawab')).toHaveValue('H. Sukardi');
  await p.answer('Mulai', '01/01/2026');
  await p.answer('Selesai', '31/12/2026');
  await p.question(Q[3]!).getByLabel('Tonggak baru').fill('Kontrak ditandatangani');
  await p.question(Q[3]!).getByLabel('Tanggal tonggak 1').fill('15/03/2026');
  await p.saving('actionPlans.update', () => p.question(Q[3]!).getByRole('button', { name: 'Tambah tonggak' }).click());
  await expect(p.question(Q[3]!).getByLabel('Tonggak 1', { exact: true })).toHaveValue('Kontrak ditandatangani');
  await p.saving('actionPlans.update', () => p.question(Q[4]!).getByLabel('Ya').check());
  await p.answer('Keterangan dukungan luar', 'Koperasi mengelola dana pembelian bersama.');
  await p.question(Q[5]!).getByLabel('Pendukung dari daftar').selectOption({ label: 'Koperasi Mekar Sari' });
  await p.saving('actionPlans.update', () => p.question(Q[5]!).getByRole('button', { name: 'Tambah' }).click());
  await expect(p.question(Q[5]!).getByRole('list', { name: 'Pendukung' })).toContainText('Koperasi Mekar Sari');
  await p.answer(Q[6]!, 'Dukungan APBD untuk sewa gudang bersama.');
  await p.addBudgetLine('Iuran modal pembelian', 'Anggota', '20.000.000');
  await p.addBudgetLine('Sewa gudang', 'APBD', '15.000.000');
  await p.addBudgetLine('Kredit modal kerja', 'Bank', '10.000.000');
  await expect(p.main.getByTestId('budget-total')).toHaveText('Rp 45.000.000');
  await expect(p.main.getByText('Terbilang: empat puluh lima juta rupiah')).toBeVisible();
  await p.answer(Q[8]!, 'Laporan pembelian bulanan kepada rapat anggota.');

  // A wrong line, and Ctrl+Z takes it back.
  await p.addBudgetLine('Salah ketik', 'CSR', '1.000');
  await expect(p.main.getByTestId('budget-total')).toHaveText('Rp 45.001.000');
  await p.main.getByRole('heading', { level: 1 }).click();
  await p.saving('history.undo', () => page.keyboard.press('Control+Z'));
  await expect(p.main.getByTestId('budget-total')).toHaveText('Rp 45.000.000');

  // The PDM with two indicators and their actuals in June.
  await p.tab('PDM & indikator').click();
  await p.answer('Ringkasan naratif: Tujuan proyek (purpose)', 'Anggota membeli rotan bersama dengan harga lebih murah');
  await p.addIndicator('Output', { description: 'Pembelian bersama', unit: 'kali', baseline: '0', target: '12', means: 'Nota pembelian' });
  await p.addIndicator('Tujuan proyek (purpose)', { description: 'Harga rotan per kg', unit: 'Rp/kg', baseline: '15.000', target: '12.000', means: 'Catatan harga koperasi' });
  await p.recordActual('Pembelian bersama', '2026-06', '6');
  await p.recordActual('Harga rotan per kg', '2026-06', '14.500');
  const performance = p.main.getByRole('region', { name: 'Tabel kinerja' });
  await expect(performance.getByRole('row', { name: /Harga rotan per kg/ })).toContainText('Di bawah target');
  await expect(performance.getByRole('row', { name: /Pembelian bersama/ })).toContainText('Sesuai target');

  // PDCA: start (Do), then the mid-term evaluation puts it in Check.
  await p.tab('PDCA & evaluasi').click();
  await p.saving('actionPlans.setStage', () => p.main.getByRole('button', { name: 'Lanjut ke Do' }).click());
  await p.saving('actionPlans.saveEvaluation', () => p.main.getByRole('button', { name: 'Mulai evaluasi tengah' }).click());
  await expect(p.main.getByRole('listitem').filter({ hasText: 'evaluasi tengah' }).first()).toHaveAttribute('aria-current', 'step');
  await p.answer('Tanggal evaluasi', '08/07/2026', 'actionPlans.saveEvaluation');
  await p.saving('actionPlans.saveEvaluation', () => p.main.getByLabel('Rapat', { exact: true }).selectOption({ label: 'Rapat Umum Anggota 2026 — Rabu, 8 Juli 2026' }));
  const readings = p.main.locator('.readings-table');
  await expect(readings.getByRole('row', { name: /Harga rotan per kg/ })).toContainText('Di bawah target');
  await p.answer('Masalah', 'Harga rotan belum turun: pemasok kedua belum ada.', 'actionPlans.saveEvaluation');
  await p.answer('Rencana perbaikan', 'Menambah pemasok kedua dari Katingan.', 'actionPlans.saveEvaluation');
  await p.answer('Keputusan', 'Dilanjutkan dengan perbaikan.', 'actionPlans.saveEvaluation');

  // The two plan documents.
  const actionPlanXml = await ActionPlansPage.documentXml(await p.download('Rencana kegiatan (Word)'));
  for (const q of Q) expect(actionPlanXml, q).toContain(q);
  expect(actionPlanXml).toContain('Koperasi Mekar Sari');
  expect(actionPlanXml).toContain('Rp 45.000.000');
  expect(actionPlanXml).toContain('Empat puluh lima juta rupiah');
  const pdmXml = await ActionPlansPage.documentXml(await p.download('PDM (Word)'));
  expect(pdmXml).toContain('w:orient="landscape"');
  expect(pdmXml).toContain('Objectively Verifiable Indicators');

  // The annual plan, authorised by the general meeting.
  await p.main.getByRole('button', { name: /Semua rencana/ }).click();
  await p.tab('Rencana tahunan').click();
  await expect(p.main.getByTestId('annual-total')).toHaveText('Rp 45.000.000');
  await expect(p.main.getByText('Belum disahkan.')).toBeVisible();
  await p.saving('annualPlans.authorise', () => p.main.getByRole('button', { name: 'Sahkan dalam rapat' }).click());
  await expect(shell.notice('Rencana tahun 2026 disahkan dalam Rapat Umum Anggota 2026.')).toBeVisible();
  await expect(p.main.getByText('Disahkan dalam Rapat Umum Anggota 2026 — Rabu, 8 Juli 2026.')).toBeVisible();
  const annualXml = await ActionPlansPage.documentXml(await p.download('Rencana tahunan (Word)'));
  expect(annualXml).toContain('disahkan dalam Rapat Umum Anggota 2026');
  expect(annualXml).toContain('Empat puluh lima juta rupiah');

  // The monitoring report for the office.
  await p.tab('Laporan').click();
  const reportXml = await ActionPlansPage.documentXml(await p.download('Laporan monitoring (Word)'));
  expect(reportXml).toContain('LAPORAN MONITORING RENCANA KEGIATAN');
  expect(reportXml).toContain('Di bawah target');
  expect(reportXml).toContain('Menambah pemasok kedua dari Katingan.');

  // The project's home shows the plan's stage and its indicators.
  await page.getByRole('navigation').getByRole('button', { name: 'Detail proyek' }).click();
  const overview = p.main.getByRole('region', { name: 'Rencana kegiatan' });
  await expect(overview).toContainText('Pembelian bahan baku bersama');
  await expect(overview).toContainText('Check');
  await expect(overview).toContainText('Harga rotan per kg: 14.500 / 12.000 Rp/kg');
});
