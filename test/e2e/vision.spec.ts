import { expect, test as base, uniqueName } from './fixtures';
import { MeetingsPage } from './pages/MeetingsPage';

const test = base.extend<{ meetings: MeetingsPage }>({
  meetings: async ({ page }, use) => use(new MeetingsPage(page)),
});

const FGD1 = 'Focus Group Discussion (FGD) 1';

const DRAFTS = [
  { vision: 'Klaster mebel rotan yang maju', missions: ['Meningkatkan mutu produk', 'Memperluas pasar'], by: 'Kelompok Tegalwangi' },
  { vision: 'Klaster mebel rotan yang maju dan mandiri', missions: ['Meningkatkan mutu produk', 'Memperluas pasar ekspor'], by: 'Kelompok Kertasari' },
  {
    vision: 'Klaster mebel rotan yang mandiri dan mendunia',
    missions: ['Meningkatkan mutu produk', 'Memperluas pasar ekspor', 'Menjamin pasokan bahan baku'],
    by: 'Rapat ketua kelompok',
  },
];

// Scenario steps 6-7 (what FGD-1 decides): three drafts, compared, version 3 adopted in FGD-1.
test('vision versions: draft three, compare, adopt in FGD-1, delete and undo', async ({ page, home, meetings: m, shell }) => {
  await home.goto();
  await home.createProject(uniqueName('Klaster Visi'));
  await m.openArea('Rapat');
  await m.create('FGD-1', '02/12/2026');
  await m.openArea('Visi & misi');
  await expect(page.getByText('Belum ada draf visi dan misi.', { exact: false })).toBeVisible();
  const main = m.main;
  const form = page.getByRole('dialog', { name: 'Versi baru' });

  for (const [i, draft] of DRAFTS.entries()) {
    await main.getByRole('button', { name: 'Versi baru' }).click();
    await expect(form).toBeVisible();
    if (i > 0) {
      // Prefilled from the latest version: a change is a new version.
      await expect(form.getByText(`Diisi dari versi ${i}`)).toBeVisible();
      await expect(form.getByLabel('Visi')).toHaveValue(DRAFTS[i - 1]!.vision);
    }
    await form.getByLabel('Visi').fill(draft.vision);
    // Enter in a mission opens the next one below it.
    for (const [k, mission] of draft.missions.entries()) {
      const box = form.getByRole('textbox', { name: `Misi ${k + 1}`, exact: true });
      if (!(await box.count())) await form.getByRole('textbox', { name: `Misi ${k}`, exact: true }).press('Enter');
      await box.fill(mission);
    }
    await form.getByLabel('Diusulkan oleh').fill(draft.by);
    await form.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
    await expect(form).toBeHidden();
    await expect(shell.notice(`Versi ${i + 1} disimpan.`)).toBeVisible();
  }
  const card = (n: number) => main.getByRole('listitem', { name: `Versi ${n}`, exact: true });
  await expect(card(3)).toContainText(DRAFTS[2]!.vision);
  await expect(card(3).getByRole('listitem')).toHaveText(DRAFTS[2]!.missions);
  await expect(card(3)).toContainText('diusulkan oleh Rapat ketua kelompok');

  // Compare 2 and 3: added words highlighted, removed ones struck through, missions changed.
  await main.getByRole('button', { name: 'Bandingkan versi' }).click();
  const compare = page.getByRole('dialog', { name: 'Bandingkan versi visi dan misi' });
  await expect(compare.getByLabel('Dari').locator('option:checked')).toHaveText('Versi 2');
  await expect(compare.getByLabel('Ke').locator('option:checked')).toHaveText('Versi 3');
  const diff = compare.getByTestId('vision-diff');
  // Word by word: "maju dan mandiri" -> "mandiri dan mendunia" keeps "dan".
  await expect(diff.locator('ins')).toHaveText(['mandiri', 'mendunia']);
  await expect(diff.locator('del')).toHaveText(['maju', 'mandiri']);
  await expect(compare.getByTestId('mission-diff').getByRole('listitem').nth(2)).toContainText('baru');
  await expect(compare.getByTestId('mission-diff').locator('ins')).toHaveText(['Menjamin pasokan bahan baku']);
  // Another pair: 1 against 3.
  await compare.getByLabel('Dari').selectOption({ label: 'Versi 1' });
  await expect(compare.getByTestId('mission-diff').locator('del')).toHaveText(['Memperluas pasar']);
  await compare.getByRole('button', { name: 'Tutup' }).click();

  // Adopt version 3 in the FGD-1 (the default), after confirming.
  await card(3).getByRole('button', { name: 'Tetapkan di rapat… (Versi 3)' }).click();
  const adopt = page.getByRole('dialog', { name: 'Tetapkan versi 3' });
  await expect(adopt.getByLabel('Ditetapkan di rapat')).toContainText(FGD1);
  await adopt.getByRole('button', { name: 'Tetapkan', exact: true }).click();
  await expect(adopt).toBeHidden();
  await expect(card(3).getByText(`Ditetapkan pada ${FGD1} — Rabu, 2 Desember 2026`)).toBeVisible();
  // The adopted version cannot be deleted; another one can, and Ctrl+Z brings it back.
  await expect(card(3).getByRole('button', { name: 'Hapus (Versi 3)' })).toHaveCount(0);
  await card(1).getByRole('button', { name: 'Hapus (Versi 1)' }).click();
  await expect(card(1)).toHaveCount(0);
  await page.getByRole('heading', { level: 1, name: 'Visi & misi' }).click();
  await page.keyboard.press('Control+Z');
  await expect(shell.notice('Diurungkan: hapus versi visi dan misi')).toBeVisible();
  await expect(card(1)).toBeVisible();

  // The decision is in the minutes of the FGD-1, under the vision item.
  await m.openArea('Rapat');
  await m.open(FGD1);
  await m.openTab('Agenda & notulen');
  await expect(m.decisions(1)).toHaveCount(1);
  await expect(m.decisions(1).nth(0)).toHaveValue(/^Visi dan misi klaster \(versi 3\) disepakati dan ditetapkan\./);
});

test('the vision and mission document is saved as a Word file', async ({ page, home, meetings: m }) => {
  await home.goto();
  await home.createProject(uniqueName('Klaster Visi Dokumen'));
  await m.openArea('Visi & misi');
  await m.main.getByRole('button', { name: 'Versi baru' }).click();
  const form = page.getByRole('dialog', { name: 'Versi baru' });
  await form.getByLabel('Visi').fill(DRAFTS[0]!.vision);
  await form.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
  await expect(form).toBeHidden();
  const download = page.waitForEvent('download');
  await m.main.getByRole('button', { name: 'Dokumen visi & misi' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.docx$/);
});

// Scenario step 7, the other FGD-1 output: the draft rules of the organisation.
test('FGD-1 draft rules: 7 board members and a 3-year term', async ({ home, meetings: m }) => {
  await home.goto();
  await home.createProject(uniqueName('Klaster Aturan'));
  await m.openArea('Rapat');
  await m.create('Rapat kelompok kecil');
  await expect(m.tab('Aturan organisasi')).toHaveCount(0); // only FGD-1 records the rules
  await m.backButton.click();
  await m.create('FGD-1', '02/12/2026');
  await m.openTab('Aturan organisasi');
  await expect(m.boardSize).toHaveText('6 anggota pengurus');
  await expect(m.positionRows).toHaveCount(6);

  await m.saving('rules.set', () => m.positionRow('Protokol').getByRole('button', { name: 'Hapus jabatan Protokol' }).click());
  await expect(m.boardSize).toHaveText('5 anggota pengurus');
  await m.saving('rules.set', async () => {
    await m.main.getByRole('combobox', { name: 'Tambah jabatan…' }).selectOption({ label: 'Anggota' });
  });
  await expect(m.boardSize).toHaveText('6 anggota pengurus');
  await m.commit(m.main.getByRole('spinbutton', { name: 'Jumlah Anggota' }), '2', 'rules.set');
  await expect(m.boardSize).toHaveText('7 anggota pengurus');
  await m.commit(m.main.getByRole('textbox', { name: 'Tugas Anggota' }), 'Membantu pengurus sesuai penugasan.', 'rules.set', 'blur');

  // The seed's defaults: ketua, wakil ketua, kepala administrasi, audit, akuntan, protokol.
  await expect(m.positionRows.nth(2).getByRole('textbox', { name: 'Jabatan 3' })).toHaveValue('Kepala Administrasi');
  // Reorder: "Akuntan" moves above "Audit".
  await m.saving('rules.set', () => m.main.getByRole('button', { name: 'Naikkan Akuntan' }).click());
  await expect(m.positionRows.nth(3).getByRole('textbox', { name: 'Jabatan 4' })).toHaveValue('Akuntan');

  await m.commit(m.main.getByLabel('Masa bakti'), '3', 'rules.set');
  await m.commit(m.main.getByLabel('Tunjangan'), 'Tidak ada tunjangan pada tahun pertama.', 'rules.set', 'blur');
  await m.commit(m.main.getByLabel('Syarat keanggotaan'), 'Usaha batik tulis di tiga desa sentra.', 'rules.set', 'blur');

  // Saved: another tab and back reads them again.
  await m.openTab('Detail');
  await m.openTab('Aturan organisasi');
  await expect(m.boardSize).toHaveText('7 anggota pengurus');
  await expect(m.main.getByLabel('Masa bakti')).toHaveValue('3');
  await expect(m.main.getByLabel('Tunjangan')).toHaveValue('Tidak ada tunjangan pada tahun pertama.');
  await expect(m.main.getByRole('textbox', { name: 'Tugas Anggota' })).toHaveValue('Membantu pengurus sesuai penugasan.');

  // One Ctrl+Z undoes the last step only.
  await m.undoWithKeyboard();
  await expect(m.main.getByLabel('Syarat keanggotaan')).toHaveValue('');
  await expect(m.main.getByLabel('Masa bakti')).toHaveValue('3');
});

// Scenario step 6: keywords from a second workshop go into the vision drafts.
test('phrases from a vision keyword workshop are offered while drafting', async ({ page, request, home, meetings: m }) => {
  await home.goto();
  await home.createProject(uniqueName('Klaster Kata Kunci'));
  const projectId = /#\/project\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  const api = async (method: string, body: object) => (await (await request.post(`/api/${method}`, { data: body })).json()).data;
  const workshop = await api('workshops.create', { projectId, template: 'vision', theme: 'Kata kunci visi' });
  await api('cards.create', { projectId, workshopId: workshop.id, text: 'mandiri' });
  await api('cards.create', { projectId, workshopId: workshop.id, text: 'mendunia' });

  await m.openArea('Visi & misi');
  await page.getByRole('button', { name: 'Versi baru' }).first().click();
  const form = page.getByRole('dialog', { name: 'Versi baru' });
  await form.getByLabel('Visi').first().fill('Klaster rotan yang');
  await form.getByRole('button', { name: 'mandiri' }).click();
  await form.getByRole('button', { name: 'mendunia' }).click();
  await expect(form.getByLabel('Visi').first()).toHaveValue('Klaster rotan yang mandiri mendunia');
});
