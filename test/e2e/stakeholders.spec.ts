import { expect, test as base, uniqueName } from './fixtures';
import { MeetingsPage } from './pages/MeetingsPage';
import { StakeholdersPage } from './pages/StakeholdersPage';

const test = base.extend<{ stakeholders: StakeholdersPage }>({
  stakeholders: async ({ page }, use) => use(new StakeholdersPage(page)),
});

// Scenario step 2: the first stakeholder map of the rattan furniture cluster.
const CORE_FIRM = { name: 'Pak Darsono', kind: 'Perusahaan inti', organisation: 'UD Rotan Jaya Abadi', village: 'Tegalwangi' };
const TRADER = { name: 'Haji Muslihat', kind: 'Perusahaan pemimpin / pedagang', organisation: 'CV Muslihat Export', village: 'Kertasari' };
const OFFICE = { name: 'Disperindag Kab. Cirebon', kind: 'Pemerintah kabupaten/kota', organisation: 'Bidang Industri', village: 'Sumber' };

test.beforeEach(async ({ home, stakeholders }) => {
  await home.goto();
  await home.createProject(uniqueName('Klaster Mebel Rotan'), 'Mebel rotan', 'Kabupaten Cirebon');
  await stakeholders.open();
});

test('the registry: add, find, sort, edit, delete and undo the delete', async ({ page, stakeholders: s, shell }) => {
  await expect(s.tab('Tabel')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Belum ada pemangku kepentingan. Tambahkan satu per satu atau impor daftar hadir pertemuan awal (CSV/XLSX).')).toBeVisible();
  await s.expectCount(0, 0);

  // A stakeholder needs a name.
  await s.addButton.click();
  await expect(s.newDialog).toBeVisible();
  await expect(s.field(s.newDialog, 'Nama')).toBeFocused();
  await s.fillForm(s.newDialog, { organisation: 'UD Tanpa Nama' });
  await s.newDialog.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(s.newDialog.getByRole('alert')).toHaveText('Nama wajib diisi.');
  await expect(s.field(s.newDialog, 'Nama')).toHaveAttribute('aria-invalid', 'true');
  await expect(s.newDialog).toBeVisible();
  await s.newDialog.getByRole('button', { name: 'Batal' }).click();
  await expect(s.newDialog).toBeHidden();
  await s.expectCount(0, 0);

  // Three stakeholders of different kinds.
  await s.add(CORE_FIRM);
  await expect(shell.notice(`"${CORE_FIRM.name}" ditambahkan.`)).toBeVisible();
  await s.add(TRADER);
  await s.add(OFFICE);
  await s.expectCount(3, 3);
  await expect(s.rows).toHaveCount(3);
  await expect(s.cell(CORE_FIRM.name, 'Jenis')).toHaveText('Perusahaan inti');
  await expect(s.cell(TRADER.name, 'Jenis')).toHaveText('Perusahaan pemimpin / pedagang');
  await expect(s.cell(OFFICE.name, 'Organisasi/usaha')).toHaveText('Bidang Industri');
  await expect(s.cell(CORE_FIRM.name, 'Desa')).toHaveText('Tegalwangi');

  // Search is case-insensitive and looks at the village too.
  await s.searchBox.fill('tegal');
  await s.expectCount(1, 3);
  await expect(s.names).toHaveText([CORE_FIRM.name]);
  await s.searchBox.fill('tidak ada yang begini');
  await s.expectCount(0, 3);
  await expect(page.getByText('Tidak ada yang cocok dengan pencarian atau saringan ini.')).toBeVisible();
  await s.searchBox.fill('');
  await s.expectCount(3, 3);

  // The kind filter.
  await s.kindFilter.selectOption({ label: 'Pemerintah kabupaten/kota' });
  await s.expectCount(1, 3);
  await expect(s.names).toHaveText([OFFICE.name]);
  await s.kindFilter.selectOption({ label: 'Semua jenis' });
  await s.expectCount(3, 3);

  // Sorted by name, A to Z; a click on "Nama" turns it around.
  const byName = [OFFICE.name, TRADER.name, CORE_FIRM.name];
  await expect(s.columnHeader('Nama')).toHaveAttribute('aria-sort', 'ascending');
  await expect(s.columnHeader('Nama')).toContainText('▲');
  await expect(s.names).toHaveText(byName);
  await s.sortBy('Nama');
  await expect(s.columnHeader('Nama')).toHaveAttribute('aria-sort', 'descending');
  await expect(s.columnHeader('Nama')).toContainText('▼');
  await expect(s.names).toHaveText([...byName].reverse());
  await s.sortBy('Nama');
  await expect(s.columnHeader('Nama')).toHaveAttribute('aria-sort', 'ascending');
  await expect(s.names).toHaveText(byName);
  // Another column takes the arrow over.
  await s.sortBy('Desa');
  await expect(s.columnHeader('Desa')).toHaveAttribute('aria-sort', 'ascending');
  await expect(s.columnHeader('Nama')).toHaveAttribute('aria-sort', 'none');
  await expect(s.columnHeader('Nama')).not.toContainText(/[▲▼]/);
  await expect(s.names).toHaveText([TRADER.name, OFFICE.name, CORE_FIRM.name]); // Kertasari, Sumber, Tegalwangi

  // Edit: the trader moved to another village.
  await s.edit(TRADER.name, { village: 'Setu Kulon' });
  await expect(s.cell(TRADER.name, 'Desa')).toHaveText('Setu Kulon');
  await s.expectCount(3, 3);

  // Delete from the dialog, after the question; Ctrl+Z brings it back.
  const question = await s.askToDelete(TRADER.name);
  await expect(question).toContainText(`"${TRADER.name}" dan semua hubungannya (0) akan dihapus. Ctrl+Z mengurungkan.`);
  await question.getByRole('button', { name: 'Hapus', exact: true }).click();
  await expect(question).toBeHidden();
  await expect(shell.notice(`"${TRADER.name}" dihapus beserta 0 hubungan.`)).toBeVisible();
  await expect(s.row(TRADER.name)).toHaveCount(0);
  await s.expectCount(2, 2);

  await s.undoWithKeyboard();
  await expect(shell.notice('Diurungkan: hapus pemangku kepentingan')).toBeVisible();
  await expect(s.row(TRADER.name)).toHaveCount(1);
  await expect(s.cell(TRADER.name, 'Desa')).toHaveText('Setu Kulon');
  await s.expectCount(3, 3);

  // All of it is stored.
  await page.reload();
  await expect(s.heading).toBeVisible();
  await s.expectCount(3, 3);
  await expect(s.cell(TRADER.name, 'Jenis')).toHaveText('Perusahaan pemimpin / pedagang');
});

test('"Batal" in the delete question keeps the stakeholder', async ({ stakeholders: s }) => {
  await s.add(CORE_FIRM);
  const question = await s.askToDelete(CORE_FIRM.name);
  await expect(question.getByRole('button', { name: 'Batal' })).toBeFocused();
  await question.getByRole('button', { name: 'Batal' }).click();
  await expect(question).toBeHidden();
  await s.expectCount(1, 1);
});

test('"Minat & pengaruh" places each stakeholder by its scores', async ({ page, stakeholders: s }) => {
  await s.add({ ...TRADER, interest: 4, influence: 5 });
  await s.add({ ...CORE_FIRM, interest: 5, influence: 2 });
  await s.add(OFFICE); // not scored yet
  await expect(s.cell(TRADER.name, 'Minat (1-5)')).toHaveText('4');
  await expect(s.cell(TRADER.name, 'Pengaruh (1-5)')).toHaveText('5');

  await s.showTab('Minat & pengaruh');
  await expect(s.grid).toBeVisible();
  await expect(s.gridCell(4, 5).getByRole('button')).toHaveText([TRADER.name]);
  await expect(s.gridCell(5, 2).getByRole('button')).toHaveText([CORE_FIRM.name]);
  await expect(s.gridCell(5, 4).getByRole('button')).toHaveCount(0);
  await expect(s.grid.getByRole('button')).toHaveCount(2);
  await expect(page.getByText(`Belum dinilai: ${OFFICE.name}`)).toBeVisible();

  // A chip opens the stakeholder; a new score moves it.
  await s.gridCell(5, 2).getByRole('button', { name: CORE_FIRM.name }).click();
  await expect(s.editDialog).toBeVisible();
  await s.fillForm(s.editDialog, { influence: 3 });
  await s.save(s.editDialog);
  await expect(s.gridCell(5, 2).getByRole('button')).toHaveCount(0);
  await expect(s.gridCell(5, 3).getByRole('button')).toHaveText([CORE_FIRM.name]);
});

test('"Kelompok kecil": groups by village, one leader each, rename and delete', async ({ stakeholders: s }) => {
  await s.add({ name: 'Pak Darsono', kind: 'Perusahaan inti', village: 'Tegalwangi' });
  await s.add({ name: 'Ibu Wartinah', kind: 'Perusahaan inti', village: 'Tegalwangi' });
  await s.add({ name: 'H. Sobari', kind: 'Perusahaan inti', village: 'Kertasari' });
  await s.add({ name: 'Ibu Casmini', kind: 'Subkontraktor', village: 'Kertasari' });

  await s.showTab('Kelompok kecil');
  await expect(s.groupsPanel).toContainText('Bagi perusahaan ke dalam kelompok kecil menurut lokasi dan tandai ketuanya.');
  await expect(s.groupCards).toHaveCount(0);
  await expect(s.groupsPanel).toContainText('Belum masuk kelompok: ');
  // A group needs a name.
  await expect(s.createGroupButton).toBeDisabled();

  await s.createGroup('Kelompok Tegalwangi', 'Desa Tegalwangi, Kec. Weru');
  await s.createGroup('Kelompok Kertasari', 'Desa Kertasari, Kec. Weru');
  await expect(s.groupCards).toHaveCount(2);
  await expect(s.groupCard('Kelompok Tegalwangi')).toContainText('Desa Tegalwangi, Kec. Weru · 0 anggota');

  await s.addMember('Kelompok Tegalwangi', 'Pak Darsono (Tegalwangi)', 'Pak Darsono');
  await s.addMember('Kelompok Tegalwangi', 'Ibu Wartinah (Tegalwangi)', 'Ibu Wartinah');
  await s.addMember('Kelompok Kertasari', 'H. Sobari (Kertasari)', 'H. Sobari');
  await s.addMember('Kelompok Kertasari', 'Ibu Casmini (Kertasari)', 'Ibu Casmini');
  await expect(s.groupCard('Kelompok Tegalwangi')).toContainText('2 anggota');
  await expect(s.groupCard('Kelompok Tegalwangi').getByRole('listitem')).toHaveCount(2);
  await expect(s.groupCard('Kelompok Kertasari').getByRole('listitem')).toHaveCount(2);
  // Everyone is in a group now: nothing left to add, nobody unassigned.
  await expect(s.groupCards.getByRole('combobox')).toHaveCount(0);
  await expect(s.groupsPanel).not.toContainText('Belum masuk kelompok');

  // One leader per group: marking another moves the badge.
  await expect(s.leaderBadges('Kelompok Tegalwangi')).toHaveCount(0);
  await s.makeLeader('Kelompok Tegalwangi', 'Pak Darsono');
  await expect(s.leaderBadges('Kelompok Tegalwangi')).toHaveCount(1);
  await expect(s.member('Kelompok Tegalwangi', 'Pak Darsono').getByRole('button', { name: 'Jadikan ketua' })).toHaveCount(0);
  await s.makeLeader('Kelompok Tegalwangi', 'Ibu Wartinah');
  await expect(s.leaderBadges('Kelompok Tegalwangi')).toHaveCount(1);
  await expect(s.member('Kelompok Tegalwangi', 'Pak Darsono').getByText('Ketua', { exact: true })).toHaveCount(0);
  await expect(s.member('Kelompok Tegalwangi', 'Pak Darsono').getByRole('button', { name: 'Jadikan ketua' })).toBeVisible();
  // Leading in one group leaves the other group's leader alone.
  await s.makeLeader('Kelompok Kertasari', 'H. Sobari');
  await expect(s.leaderBadges('Kelompok Kertasari')).toHaveCount(1);
  await expect(s.leaderBadges('Kelompok Tegalwangi')).toHaveCount(1);
  await expect(s.member('Kelompok Tegalwangi', 'Ibu Wartinah').getByText('Ketua', { exact: true })).toBeVisible();

  // Rename through its dialog.
  await s.renameGroup('Kelompok Tegalwangi', 'Kelompok Tegalwangi Utara');
  await expect(s.groupCard('Kelompok Tegalwangi')).toHaveCount(0);
  await expect(s.groupCard('Kelompok Tegalwangi Utara').getByRole('listitem')).toHaveCount(2);

  // Delete asks first; "Batal" keeps it.
  let question = await s.askToDeleteGroup('Kelompok Kertasari');
  await expect(question).toContainText('Kelompok "Kelompok Kertasari" dihapus; anggotanya tetap ada di daftar tanpa kelompok.');
  await question.getByRole('button', { name: 'Batal' }).click();
  await expect(question).toBeHidden();
  await expect(s.groupCards).toHaveCount(2);

  question = await s.askToDeleteGroup('Kelompok Kertasari');
  await question.getByRole('button', { name: 'Hapus', exact: true }).click();
  await expect(question).toBeHidden();
  await expect(s.groupCard('Kelompok Kertasari')).toHaveCount(0);
  await expect(s.groupCards).toHaveCount(1);
  // The members stay, without a group (and no longer leading one).
  await expect(s.groupsPanel).toContainText('Belum masuk kelompok: H. Sobari, Ibu Casmini');
  await expect(s.groupCard('Kelompok Tegalwangi Utara').getByRole('combobox', { name: 'Tambahkan anggota… Kelompok Tegalwangi Utara' }))
    .toContainText('H. Sobari (Kertasari)');

  await s.showTab('Tabel');
  await s.expectCount(4, 4);
  await expect(s.cell('H. Sobari', 'Kelompok kecil')).toHaveText('');
  await expect(s.cell('Ibu Casmini', 'Kelompok kecil')).toHaveText('');
  await expect(s.row('H. Sobari').getByText('Ketua', { exact: true })).toHaveCount(0);
  await expect(s.cell('Ibu Wartinah', 'Kelompok kecil')).toHaveText('Kelompok Tegalwangi Utara');
  await expect(s.row('Ibu Wartinah').getByText('Ketua', { exact: true })).toBeVisible();
  await expect(s.table.getByText('Ketua', { exact: true })).toHaveCount(1);

  // The group filter of the table knows the groups that are left.
  await s.groupFilter.selectOption({ label: 'Tanpa kelompok' });
  await s.expectCount(2, 4);
  await expect(s.names).toHaveText(['H. Sobari', 'Ibu Casmini']);
  await s.groupFilter.selectOption({ label: 'Kelompok Tegalwangi Utara' });
  await expect(s.names).toHaveText(['Ibu Wartinah', 'Pak Darsono']);
  await expect(s.groupFilter.getByRole('option')).toHaveText(['Semua kelompok', 'Tanpa kelompok', 'Kelompok Tegalwangi Utara']);
});

test('bulk work: a village into a group in one go, three marked as members, the invitation filtered to members', async ({ page, stakeholders: s, shell }) => {
  await s.add({ name: 'Pak Darsono', kind: 'Perusahaan inti', village: 'Tegalwangi' });
  await s.add({ name: 'Ibu Wartinah', kind: 'Perusahaan inti', village: 'Tegalwangi' });
  await s.add({ name: 'Bank BRI Unit Weru', kind: 'Bank', village: 'Tegalwangi' });
  await s.add({ name: 'H. Sobari', kind: 'Perusahaan inti', village: 'Kertasari' });
  await s.showTab('Kelompok kecil');
  await s.createGroup('Kelompok Tegalwangi', 'Desa Tegalwangi');

  // "Tetapkan menurut desa": the villages present, with how many live there.
  const byArea = s.groupsPanel.getByRole('form', { name: 'Tetapkan menurut desa' });
  const areaPick = byArea.getByRole('combobox', { name: 'Desa atau kecamatan' });
  await expect(areaPick.getByRole('option')).toHaveText(['Pilih desa atau kecamatan…', 'Kertasari (1)', 'Tegalwangi (3)']);
  await areaPick.selectOption({ label: 'Tegalwangi (3)' });
  await expect(byArea.getByRole('status')).toHaveText('3 pemangku kepentingan');
  await expect(byArea.getByRole('button', { name: 'Tetapkan' })).toBeDisabled();
  await byArea.getByRole('combobox', { name: 'Ke kelompok' }).selectOption({ label: 'Kelompok Tegalwangi' });
  await byArea.getByRole('button', { name: 'Tetapkan' }).click();
  await expect(shell.notice('3 pemangku kepentingan masuk Kelompok Tegalwangi')).toBeVisible();
  await expect(s.groupCard('Kelompok Tegalwangi')).toContainText('3 anggota');
  // One undo takes the whole village out again.
  await s.undoWithKeyboard();
  await expect(shell.notice('Diurungkan: atur anggota kelompok')).toBeVisible();
  await expect(s.groupCard('Kelompok Tegalwangi')).toContainText('0 anggota');
  await areaPick.selectOption({ label: 'Tegalwangi (3)' });
  await byArea.getByRole('button', { name: 'Tetapkan' }).click();
  await expect(s.groupCard('Kelompok Tegalwangi')).toContainText('3 anggota');

  // Three ticked rows become cluster members in one go.
  const members = s.groupsPanel.getByRole('region', { name: 'Anggota klaster' });
  for (const name of ['Pak Darsono', 'Ibu Wartinah', 'H. Sobari']) await members.getByRole('checkbox', { name, exact: true }).check();
  await expect(members.getByRole('status')).toHaveText('3 dipilih');
  await members.getByRole('button', { name: 'Tandai sebagai anggota klaster' }).click();
  await expect(shell.notice('3 ditandai sebagai anggota klaster')).toBeVisible();
  await expect(members.getByText('Anggota', { exact: true })).toHaveCount(3);
  await members.getByRole('checkbox', { name: 'Hanya anggota klaster' }).check();
  await expect(members.getByRole('row').filter({ has: page.getByRole('cell') })).toHaveCount(3);

  // The invitation picker: members only, then also by group and by kind.
  const m = new MeetingsPage(page);
  await m.openArea('Rapat');
  await m.create('FGD-1');
  await m.openTab('Kehadiran');
  await m.inviteButton.click();
  const names = m.inviteDialog.getByRole('listitem').locator('.pick-name');
  await expect(names).toHaveCount(4);
  await m.inviteDialog.getByRole('checkbox', { name: 'Hanya anggota klaster' }).check();
  await expect(names).toHaveText(['H. Sobari', 'Ibu Wartinah', 'Pak Darsono']);
  await m.inviteDialog.getByRole('combobox', { name: 'Kelompok kecil', exact: true }).selectOption({ label: 'Kelompok Tegalwangi' });
  await expect(names).toHaveText(['Ibu Wartinah', 'Pak Darsono']);
  await m.inviteDialog.getByRole('checkbox', { name: 'Hanya anggota klaster' }).uncheck();
  await m.inviteDialog.getByRole('combobox', { name: 'Jenis', exact: true }).selectOption({ label: 'Bank' });
  await expect(names).toHaveText(['Bank BRI Unit Weru']);
  await m.inviteDialog.getByRole('combobox', { name: 'Jenis', exact: true }).selectOption({ label: 'Semua jenis' });
  await m.inviteDialog.getByRole('checkbox', { name: 'Hanya anggota klaster' }).check();
  await m.inviteDialog.getByRole('button', { name: 'Pilih semua yang tampil (2)' }).click();
  await m.confirmInvite(2);
  await expect(m.attendanceRows).toHaveCount(2);
});

test('a committee member cannot be deleted; the message says where they are listed', async ({ page, request, stakeholders: s, shell }) => {
  await s.add(OFFICE);
  const projectId = /#\/project\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  const listed = await (await request.post('/api/stakeholders.list', { data: { projectId } })).json();
  const officeId = (listed.data as { id: string; name: string }[]).find((x) => x.name === OFFICE.name)!.id;
  expect((await request.post('/api/cedc.addFromRegistry', { data: { projectId, stakeholderIds: [officeId] } })).status()).toBe(200);

  const question = await s.askToDelete(OFFICE.name);
  await question.getByRole('button', { name: 'Hapus', exact: true }).click();
  await expect(shell.errorNotice(new RegExp(`${OFFICE.name} tidak dapat dihapus karena tercatat sebagai .*Komite`))).toBeVisible();
  await page.reload();
  await expect(s.heading).toBeVisible();
  await expect(s.row(OFFICE.name)).toHaveCount(1);
});
