import fs from 'node:fs';
import { expect, test as base, uniqueName } from './fixtures';
import { MeetingsPage } from './pages/MeetingsPage';

const test = base.extend<{ meetings: MeetingsPage }>({
  meetings: async ({ page }, use) => use(new MeetingsPage(page)),
});

const FGD1 = 'Focus Group Discussion (FGD) 1';
const LEADERS = ['Hj. Siti Aminah', 'Endang Lestari', 'Ahmad Fauzi', 'Joko Santoso'];

// Scenario step 7: FGD-1 prepared from the registry, attendance ticked, a walk-in registered.
test('prepare an FGD-1 from the registry, take attendance, print the lists', async ({ page, home, meetings: m, shell }) => {
  await home.goto();
  await home.openRegistryDemo();
  await m.openArea('Rapat');
  await expect(page.getByText('Belum ada rapat.', { exact: false })).toBeVisible();
  await m.create('FGD-1', '02/12/2026');
  await expect(m.main.getByRole('heading', { level: 1, name: FGD1 })).toBeVisible();
  await expect(m.main.getByText('FGD-1 · Rabu, 2 Desember 2026')).toBeVisible();

  // Detail: each field saves when it is left.
  await m.commit(m.main.getByLabel('Tempat', { exact: true }), 'Pendopo Kecamatan Lasem', 'meetings.update');
  await m.commit(m.main.getByLabel('Mulai pukul'), '09:00', 'meetings.update', 'blur');
  await expect(m.main.getByText('FGD-1 · Rabu, 2 Desember 2026 · 09.00 WIB - selesai · Pendopo Kecamatan Lasem')).toBeVisible();

  // Invite the group leaders and three others, found by search and by kind.
  await m.openTab('Kehadiran');
  await expect(m.attendanceCount).toHaveText('Hadir 0 dari 0 diundang');
  await m.inviteButton.click();
  await expect(m.inviteDialog).toBeVisible();
  await m.inviteDialog.getByRole('button', { name: 'Pilih semua ketua kelompok' }).click();
  await expect(m.inviteDialog.getByText('4 dipilih')).toBeVisible();
  for (const name of LEADERS) await expect(m.pickBox(name)).toBeChecked();
  await m.inviteDialog.getByRole('searchbox').fill('liem');
  await m.pickBox('Liem Hok Bing').check();
  await m.inviteDialog.getByRole('searchbox').fill('');
  await m.inviteDialog.getByRole('combobox', { name: 'Jenis', exact: true }).selectOption({ label: 'Bank' });
  await m.pickBox('Yudi Kurniawan').check();
  await m.inviteDialog.getByRole('combobox', { name: 'Jenis', exact: true }).selectOption({ label: 'Pemerintah kabupaten/kota' });
  await m.pickBox('Dra. Retno Wulandari, M.M.').check();
  await m.confirmInvite(7);
  await expect(shell.notice('7 orang diundang.')).toBeVisible();
  await expect(m.attendanceRows).toHaveCount(7);
  await expect(m.attendanceCount).toHaveText('Hadir 0 dari 7 diundang');

  // Those already on the list cannot be invited twice.
  await m.inviteButton.click();
  await expect(m.pickBox('Joko Santoso')).toBeDisabled();
  await expect(m.pickBox('Joko Santoso')).toBeChecked();
  await m.inviteDialog.getByRole('button', { name: 'Batal' }).click();

  // Tick who came: the whole cell is the target.
  for (const name of ['Hj. Siti Aminah', 'Ahmad Fauzi', 'Yudi Kurniawan']) {
    await m.saving('attendees.update', () => m.presentBox(name).click());
  }
  await expect(m.attendanceCount).toHaveText('Hadir 3 dari 7 diundang');
  await m.saving('attendees.update', () => m.attendee('Endang Lestari').getByText('Hadir', { exact: true }).click());
  await expect(m.presentBox('Endang Lestari')).toBeChecked();
  await expect(m.attendanceCount).toHaveText('Hadir 4 dari 7 diundang');

  // A walk-in, then into the registry with a kind.
  await m.addWalkIn({ name: 'Pak Warsito', organisation: 'UD Batik Warsito', village: 'Babagan', phone: '0812 3456 7890' });
  await expect(m.attendanceCount).toHaveText('Hadir 4 dari 7 diundang (+1 tak terundang)');
  await expect(m.attendee('Pak Warsito').getByText('tak terundang')).toBeVisible();
  await expect(m.presentBox('Pak Warsito')).toBeChecked();
  await m.register('Pak Warsito', 'Perusahaan inti');
  await expect(shell.notice('"Pak Warsito" kini ada di daftar pemangku kepentingan.')).toBeVisible();
  await expect(m.attendee('Pak Warsito').getByRole('button', { name: /ke daftar pemangku kepentingan/ })).toHaveCount(0);

  // Remove someone who was invited by mistake; Ctrl+Z brings them back.
  await m.attendee('Dra. Retno Wulandari, M.M.').getByRole('button', { name: /^Hapus / }).click();
  await expect(m.attendanceRows).toHaveCount(7);
  await expect(m.attendanceCount).toHaveText('Hadir 4 dari 6 diundang (+1 tak terundang)');
  await m.undoWithKeyboard();
  await expect(shell.notice('Diurungkan: hapus peserta')).toBeVisible();
  await expect(m.attendanceRows).toHaveCount(8);

  // The attendance lists and the minutes as Word files (.docx is a zip: "PK" first).
  await m.openTab('Dokumen');
  await m.main.getByLabel('Baris kosong').fill('5');
  for (const button of ['Daftar hadir (sebelum rapat)', 'Daftar hadir (sesudah rapat)', 'Notulen rapat']) {
    const download = await m.download(button);
    expect(download.suggestedFilename(), button).toMatch(/\.docx$/);
    expect(fs.readFileSync((await download.path())!).subarray(0, 2).toString('latin1'), button).toBe('PK');
    await expect(shell.notice(`Dokumen ${download.suggestedFilename()} disimpan.`)).toBeVisible();
  }

  // The list shows the counts; the walk-in is in the registry.
  await m.backButton.click();
  await expect(m.item(FGD1)).toContainText('Rabu, 2 Desember 2026');
  await expect(m.item(FGD1)).toContainText('5 hadir / 7 diundang');
  await m.openArea('Pemangku kepentingan');
  await expect(page.getByText('35 dari 35 orang/lembaga')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pak Warsito', exact: true })).toBeVisible();
});

test('delete a meeting after confirming, and undo it', async ({ home, meetings: m, shell }) => {
  await home.goto();
  await home.createProject(uniqueName('Klaster Rapat Hapus'));
  await m.openArea('Rapat');
  await m.create('Rapat kelompok kecil');
  await m.backButton.click();
  await expect(m.item('Rapat Kelompok Kecil')).toContainText('tanggal belum ditentukan');
  await m.deleteMeeting('Rapat Kelompok Kecil');
  await expect(shell.notice('Rapat "Rapat Kelompok Kecil" dihapus. Ctrl+Z mengurungkan.')).toBeVisible();
  await expect(m.item('Rapat Kelompok Kecil')).toHaveCount(0);
  await m.undoWithKeyboard();
  await expect(m.item('Rapat Kelompok Kecil')).toBeVisible();
});

test('record the minutes live: discussion, decisions with Enter, follow-ups, reorder, undo', async ({ page, home, meetings: m, shell }) => {
  await home.goto();
  await home.createProject(uniqueName('Klaster Notulen'));
  await m.openArea('Rapat');
  await m.create('FGD-1', '02/12/2026');
  await m.openTab('Agenda & notulen');
  await expect(m.agendaCards).toHaveCount(3);
  await expect(m.agendaTitle(1)).toHaveValue('Konfirmasi visi dan misi pengembangan klaster');

  // The discussion saves itself after a pause, while the focus is still in it.
  await m.saving('agenda.update', () => m.discussion(1).pressSequentially('Peserta membahas tiga usulan visi.'));
  await expect(m.discussion(1)).toBeFocused();

  // Enter saves a decision and leaves an empty field for the next one.
  await m.addDecisions(1, ['Visi versi 3 disepakati.', 'Misi terdiri atas lima butir.']);
  await expect(m.decisions(1)).toHaveCount(2);
  await expect(m.decisions(1).nth(0)).toHaveValue('Visi versi 3 disepakati.');

  // A decision is corrected in place and one is deleted.
  await m.commit(m.decisions(1).nth(1), 'Misi terdiri atas lima butir (lihat lampiran).', 'decisions.update');
  await m.card(1).getByRole('button', { name: 'Hapus keputusan 1' }).click();
  await expect(m.decisions(1)).toHaveCount(1);
  await expect(m.decisions(1).nth(0)).toHaveValue('Misi terdiri atas lima butir (lihat lampiran).');

  // A follow-up: what, who, by when; Enter adds it.
  const card2 = m.card(2);
  await m.addFollowUp(2, 'Menyusun daftar calon pengurus', 'Ketua kelompok', '09/12/2026');
  await expect(card2.getByRole('textbox', { name: 'Tindak lanjut 1: kegiatan' })).toHaveValue('Menyusun daftar calon pengurus');
  await expect(card2.getByLabel('Tindak lanjut 1: batas waktu')).toHaveValue('09/12/2026');

  // Ctrl+Enter in the discussion saves at once.
  await m.discussion(2).fill('Perwakilan pelaksana diusulkan dari tiap kelompok.');
  await m.saving('agenda.update', () => m.discussion(2).press('Control+Enter'));

  // Reorder: the rules item moves up; Ctrl+Z outside a text field puts it back.
  await m.saving('agenda.move', () => m.card(3).getByRole('button', { name: 'Naikkan agenda 3' }).click());
  await expect(m.agendaTitle(2)).toHaveValue(/^Penyusunan draf aturan klaster/);
  await m.undoWithKeyboard();
  await expect(shell.notice('Diurungkan: pindahkan acara')).toBeVisible();
  await expect(m.agendaTitle(2)).toHaveValue(/^Penetapan perwakilan pelaksana/);
  await expect(m.discussion(2)).toHaveValue('Perwakilan pelaksana diusulkan dari tiap kelompok.');

  // A new item at the end.
  await m.newAgendaItem.fill('Lain-lain');
  await m.saving('agenda.add', () => m.newAgendaItem.press('Enter'));
  await expect(m.agendaCards).toHaveCount(4);
  await expect(m.agendaTitle(4)).toHaveValue('Lain-lain');

  // On the wall: the minutes stay readable, the editing tools go.
  await shell.toggleProjector();
  await expect(m.decisions(1).nth(0)).toBeVisible();
  await expect(m.card(1).getByRole('button', { name: 'Naikkan agenda 1' })).toBeHidden();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'no horizontal scrolling at 1024x768').toBeLessThanOrEqual(1024);
  await shell.toggleProjector();

  // Nothing typed is lost over a reload (as after a flat battery).
  await page.reload();
  await m.openArea('Rapat');
  await m.open(FGD1);
  await m.openTab('Agenda & notulen');
  await expect(m.discussion(1)).toHaveValue('Peserta membahas tiga usulan visi.');
  await expect(m.decisions(1)).toHaveCount(1);
});

test('a reload right after typing keeps the words and reopens the meeting where it was', async ({ page, home, meetings: m }) => {
  await home.goto();
  await home.createProject(uniqueName('Klaster Notulen Muat Ulang'));
  await m.openArea('Rapat');
  await m.create('FGD-1', '02/12/2026');
  await m.openTab('Agenda & notulen');
  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}\/agenda$/);

  // No pause, no leaving the box: the reload itself must send the text.
  await m.discussion(1).fill('Usulan visi dibahas sampai akhir.');
  await page.reload();
  await expect(m.main.getByRole('heading', { level: 1, name: FGD1 })).toBeVisible();
  await expect(m.tab('Agenda & notulen')).toHaveAttribute('aria-selected', 'true');
  await expect(m.discussion(1)).toHaveValue('Usulan visi dibahas sampai akhir.');

  // The area's own link still leads to the list.
  await m.openArea('Rapat');
  await expect(m.item(FGD1)).toBeVisible();
  await expect(page).toHaveURL(/\/meetings$/);
});

test('letterhead and paper size for the documents', async ({ page, home, meetings: m }) => {
  await home.goto();
  await home.createProject(uniqueName('Klaster Kop'));
  await m.openArea('Rapat');
  await m.letterheadButton.click();
  const dialog = page.getByRole('dialog', { name: 'Kop surat' });
  await expect(dialog).toBeVisible();
  await m.commit(dialog.getByLabel('Nama instansi'), 'PEMERINTAH KABUPATEN REMBANG', 'letterhead.set');
  const preview = dialog.getByRole('img', { name: 'Pratinjau kop surat' });
  await expect(preview).toContainText('PEMERINTAH KABUPATEN REMBANG');

  // A logo: PNG or JPEG up to 1 MB, shown at once.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  await m.saving('letterhead.set', () => dialog.getByTestId('logo-input').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png }));
  await expect(preview.locator('img')).toHaveAttribute('src', /^data:image\/png;base64,/);
  await dialog.getByTestId('logo-input').setInputFiles({ name: 'logo.gif', mimeType: 'image/gif', buffer: png });
  await expect(dialog.getByRole('alert')).toHaveText('Logo harus berupa gambar PNG atau JPEG.');
  await dialog.getByTestId('logo-input').setInputFiles({ name: 'besar.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(1024 * 1024 + 1) });
  await expect(dialog.getByRole('alert')).toHaveText('Berkas logo lebih dari 1 MB. Perkecil gambarnya dulu.');
  await m.saving('letterhead.set', () => dialog.getByRole('button', { name: 'Hapus logo' }).click());
  await expect(preview.locator('img')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Tutup' }).click();

  // The paper size is remembered on this laptop.
  await m.create('FGD-1', '02/12/2026');
  await m.openTab('Dokumen');
  await m.main.getByLabel('Ukuran kertas').selectOption('F4');
  await page.reload();
  await m.openArea('Rapat');
  await m.open('Focus Group Discussion (FGD) 1');
  await m.openTab('Dokumen');
  await expect(m.main.getByLabel('Ukuran kertas')).toHaveValue('F4');
  await expect(m.main.getByLabel('Baris kosong')).toHaveValue('10');
});
