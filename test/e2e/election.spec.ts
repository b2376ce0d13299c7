import fs from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test as base, uniqueName } from './fixtures';
import { api, apiRaw, ElectionPage } from './pages/ElectionPage';

const test = base.extend<{ election: ElectionPage }>({
  election: async ({ page }, use) => use(new ElectionPage(page)),
});

const FGD2 = 'Focus Group Discussion (FGD) 2';
const RULES = [
  ['ketua', 'Ketua'], ['wakil_ketua', 'Wakil Ketua'], ['sekretaris', 'Kepala Administrasi'], ['bendahara', 'Bendahara'],
  ['audit', 'Audit'], ['protokol', 'Protokol'], ['anggota', 'Anggota'],
] as const;
const POSITIONS = RULES.map(([, title]) => title);
// The people the story elects; everyone else is generated.
const BOARD = ['H. Sukardi', 'Hj. Siti Aminah', 'Endang Lestari', 'Ahmad Fauzi', 'Joko Santoso', 'Liem Hok Bing', 'Pak Warsito'];
const FIRST = ['Bambang', 'Dewi', 'Eko', 'Rina', 'Agus', 'Sri', 'Budi', 'Yanti', 'Hendra', 'Wati', 'Tuti', 'Rudi', 'Nur'];
const LAST = ['Wibowo', 'Rahayu', 'Hidayat', 'Susanto', 'Purnama', 'Kurnia'];
const MEMBERS = [...BOARD, ...FIRST.flatMap((f) => LAST.map((l) => `${f} ${l}`))].slice(0, 52);

/**
 * SCENARIO step 8 set up through the API: FGD-1 rules with seven positions and a 3-year term,
 * 52 cluster members imported, an FGD-2 meeting with all invited and `present` of them ticked.
 */
async function fgd2Project(request: APIRequestContext, present: number) {
  const { id: projectId } = await api(request, 'projects.create', { name: uniqueName('Klaster Mebel Rotan'), regency: 'Kabupaten Cirebon' });
  const fgd1 = await api(request, 'meetings.create', { projectId, kind: 'fgd1', date: '2026-11-25' });
  await api(request, 'rules.set', {
    projectId, meetingId: fgd1.id, termYears: 3,
    positions: RULES.map(([key, title]) => ({ key, title, count: 1, duties: '' })),
  });
  await api(request, 'import.commit', {
    projectId, rows: MEMBERS.map((name, i) => ({ name, organisation: `UD Rotan ${i + 1}`, kind: 'core_firm' as const, clusterMember: true })),
  });
  const people = await api(request, 'stakeholders.list', { projectId });
  const meeting = await api(request, 'meetings.create', { projectId, kind: 'fgd2', date: '2026-12-09' });
  await api(request, 'attendees.invite', { projectId, meetingId: meeting.id, stakeholderIds: people.map((p) => p.id) });
  const record = await api(request, 'meetings.get', { projectId, id: meeting.id });
  const came = new Set(MEMBERS.slice(0, present));
  for (const a of record.attendees.filter((x) => came.has(x.name))) await api(request, 'attendees.update', { projectId, id: a.id, present: true });
  return { projectId, meetingId: meeting.id, attendees: record.attendees };
}

test('FGD-2: the chair by secret ballot with a tie and a run-off, the rest by consensus, locked, reopened, announced', async ({ page, request, election: e, shell }) => {
  test.setTimeout(120_000);
  const { projectId, meetingId } = await fgd2Project(request, 41);
  await e.goto(projectId, FGD2);
  await expect(e.quorum).toHaveText('Hadir 41 dari 52 anggota · kuorum (lebih dari separuh) 27 · TERPENUHI');

  // The organisation, saved when each field is left.
  await e.saving('organisation.update', () => e.main.getByLabel('Nama organisasi').fill('Paguyuban Klaster Mebel Rotan').then(() => e.main.getByLabel('Nama organisasi').blur()));
  await e.saving('organisation.update', () => e.main.getByLabel('Kedudukan (alamat sekretariat)').fill('Desa Tegalwangi, Kecamatan Weru').then(() => e.main.getByLabel('Kedudukan (alamat sekretariat)').blur()));

  // Positions from the FGD-1 rules, in order; each waits for the one before.
  await e.saving('election.setup', () => e.setupButton.click());
  await expect(e.cards).toHaveCount(7);
  await expect(e.card(2, 'Wakil Ketua')).toContainText('Menunggu: Ketua');

  // The chair: secret ballot between two people present.
  const chair = e.card(1, 'Ketua');
  await e.addCandidate(chair, 'H. Sukardi');
  await e.addCandidate(chair, 'Hj. Siti Aminah');

  // 45 ballots for 41 voters: refused on screen before anything is sent, and by the back end too.
  let tallies = 0;
  page.on('request', (r) => { if (r.url().endsWith('/api/election.tally')) tallies += 1; });
  await e.fillTally(chair, { 'H. Sukardi': 20, 'Hj. Siti Aminah': 20, 'Tidak sah': 2, 'Kosong/abstain': 3 });
  await expect(e.tallyForm(chair).getByRole('status')).toHaveText('Suara masuk 45 dari 41 pemilih hadir — lebih 4 dari jumlah pemilih');
  await e.tallyForm(chair).getByRole('button', { name: 'Catat hasil penghitungan' }).click();
  const refusal = 'Jumlah surat suara (45) melebihi jumlah pemilih yang hadir (41). Periksa kembali penghitungan; tidak ada yang disimpan.';
  await expect(page.getByRole('alert').filter({ hasText: refusal })).toBeVisible();
  expect(tallies).toBe(0);
  const chairId = (await api(request, 'election.get', { projectId, meetingId })).positions[0]!;
  const [a, b] = chairId.candidates.map((c) => c.id) as [string, string];
  const direct = await apiRaw(request, 'election.tally', { projectId, positionId: chairId.id, tallies: { [a]: 20, [b]: 20 }, invalid: 2, blank: 3 });
  expect(direct.ok || [direct.error.reason, direct.error.params]).toEqual(['ballots_exceed_voters', { cast: 45, voters: 41 }]);
  await page.getByRole('alert').filter({ hasText: refusal }).getByRole('button').click();

  // 18-18 with 2 invalid and 3 blank: a tie, shown as such; nothing to confirm yet.
  await e.fillTally(chair, { 'H. Sukardi': 18, 'Hj. Siti Aminah': 18 });
  await expect(e.tallyForm(chair).getByRole('status')).toHaveText('Suara masuk 41 dari 41 pemilih hadir');
  await e.recordTally(chair);
  await expect(chair.getByRole('alert')).toHaveText('SUARA SAMA: H. Sukardi 18 – Hj. Siti Aminah 18');
  await expect(chair.getByRole('table', { name: 'Putaran 1' })).toContainText('Tidak sah2');
  await expect(chair.getByRole('button', { name: 'Konfirmasi hasil' })).toHaveCount(0);

  // The run-off among the tied: 21-19.
  await chair.getByRole('button', { name: 'Pemungutan suara ulang' }).click();
  await expect(e.tallyForm(chair)).toHaveAccessibleName('Pemungutan suara ulang (putaran 2)');
  await e.fillTally(chair, { 'H. Sukardi': 21, 'Hj. Siti Aminah': 19 });
  await e.recordTally(chair);
  await expect(chair.getByRole('table', { name: 'Putaran 2 (suara ulang)' })).toBeVisible();
  await expect(chair.getByRole('status').filter({ hasText: 'Terpilih: H. Sukardi' })).toBeVisible();

  // Confirmed and locked: the undo history ends here; Ctrl+Z leaves it alone.
  await e.confirm(chair, 'Ketua');
  await expect(e.undoButton).toBeDisabled();
  await e.main.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+Z');
  await expect(shell.notice('Tidak ada yang bisa diurungkan.')).toBeVisible();
  await expect(chair.getByText('Dikunci')).toBeVisible();
  await expect(chair.getByRole('status').filter({ hasText: 'Terpilih: H. Sukardi' })).toBeVisible();

  // The other positions by consensus, in order; the chair is no longer offered.
  const vice = e.card(2, 'Wakil Ketua');
  await expect(vice).not.toContainText('Menunggu:');
  await expect(e.offered(vice, 'H. Sukardi')).toHaveCount(0);
  for (const [i, title] of POSITIONS.entries()) if (i > 0) await e.electByConsensus(i + 1, title, BOARD[i]!);

  // Only the last result can be reopened, and only with a reason, which stays on record.
  const last = e.card(7, 'Anggota');
  await expect(chair.getByRole('button', { name: 'Buka kembali…' })).toHaveCount(0);
  await last.getByRole('button', { name: 'Buka kembali…' }).click();
  const reopen = page.getByRole('dialog', { name: 'Buka kembali hasil Anggota' });
  await reopen.getByRole('button', { name: 'Buka kembali', exact: true }).click();
  await expect(reopen.getByRole('alert')).toHaveText('Tuliskan alasannya (paling sedikit 5 huruf).');
  await reopen.getByRole('button', { name: 'Batal' }).click();
  await e.reopen(last, 'Anggota', 'Nama anggota tertukar');
  await expect(last.getByText('Dikunci')).toHaveCount(0);
  await expect(last).toContainText('Nama anggota tertukar');
  await expect(e.board).toHaveCount(0);
  await e.confirm(last, 'Anggota');

  // The board, announced in the meeting's decisions.
  await expect(e.board.getByRole('row')).toHaveCount(1 + 7);
  await expect(e.board.getByRole('row').nth(1)).toHaveText(/Ketua\s*H\. Sukardi\s*UD Rotan 1\s*9 Desember 2026 – 9 Desember 2029/);
  await e.saving('organisation.announce', () => e.board.getByRole('button', { name: 'Umumkan organisasi' }).click());
  await expect(e.board.getByRole('status')).toContainText('tercatat dalam keputusan rapat ini');
  const minutes = await api(request, 'meetings.get', { projectId, id: meetingId });
  expect(minutes.agenda.flatMap((item) => item.decisions.map((d) => d.text)).join('\n')).toContain('Paguyuban Klaster Mebel Rotan dibentuk dan diumumkan');

  // The berita acara as a Word file, from the board and from "Dokumen".
  const download = await e.download(e.board, 'Berita acara');
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const bytes = fs.readFileSync((await download.path())!);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
  expect(xml).toContain('BERITA ACARA');
  expect(xml).toContain('H. Sukardi');
  await e.openTab('Dokumen');
  for (const button of ['Berita acara', 'Susunan pengurus']) {
    const file = await e.download(e.main, button);
    expect(file.suggestedFilename(), button).toMatch(/\.docx$/);
  }
});

test('the quorum follows attendance and the rule; without it no vote is recorded', async ({ page, request, election: e }) => {
  const { projectId } = await fgd2Project(request, 20);
  await e.goto(projectId, FGD2);
  await expect(e.quorum).toHaveText('Hadir 20 dari 52 anggota · kuorum (lebih dari separuh) 27 · BELUM TERPENUHI');
  await e.saving('election.setup', () => e.setupButton.click());
  const chair = e.card(1, 'Ketua');
  await e.addCandidate(chair, 'H. Sukardi');
  await e.fillTally(chair, { 'H. Sukardi': 15 });
  const refused = page.waitForResponse((r) => r.url().endsWith('/api/election.tally'));
  await e.tallyForm(chair).getByRole('button', { name: 'Catat hasil penghitungan' }).click();
  expect((await refused).status()).toBe(409);
  await expect(page.getByRole('alert').filter({ hasText: 'Kuorum belum terpenuhi: baru 20 anggota hadir, diperlukan 27.' })).toBeVisible();

  // Seven more tick in; the panel shows it when the tab is shown again.
  await e.openTab('Kehadiran');
  for (const name of MEMBERS.slice(20, 27)) {
    await e.saving('attendees.update', () => e.main.getByRole('checkbox', { name: `Hadir: ${name}`, exact: true }).click());
  }
  await e.showTab();
  await expect(e.quorum).toHaveText('Hadir 27 dari 52 anggota · kuorum (lebih dari separuh) 27 · TERPENUHI');
  await e.saving('election.setQuorumRule', () => e.quorumRule.selectOption({ label: 'Paling sedikit dua pertiga anggota' }).then(() => undefined));
  await expect(e.quorum).toHaveText('Hadir 27 dari 52 anggota · kuorum (paling sedikit dua pertiga) 35 · BELUM TERPENUHI');
});

test('an open vote is entered voter by voter from the keyboard', async ({ request, election: e }) => {
  const { projectId } = await fgd2Project(request, 41);
  await e.goto(projectId, FGD2);
  await e.saving('election.setup', () => e.setupButton.click());
  const chair = e.card(1, 'Ketua');
  await e.saving('election.updatePosition', () => chair.getByLabel('Suara', { exact: true }).selectOption({ label: 'Terbuka' }).then(() => undefined));
  await e.addCandidate(chair, 'H. Sukardi');
  await e.addCandidate(chair, 'Hj. Siti Aminah');
  const form = chair.getByRole('form', { name: 'Penghitungan suara' });
  // Options start with a digit: focus a voter's select and type 1, 2 or 0 (blank).
  const voters = form.getByRole('combobox');
  await expect(voters).toHaveCount(41);
  for (const [i, key] of ['1', '1', '2', '0', '1'].entries()) {
    await voters.nth(i).focus();
    await e.page.keyboard.press(key);
  }
  await expect(form.getByRole('status')).toHaveText('H. Sukardi 3 · Hj. Siti Aminah 1 · Kosong/abstain 1 — tercatat 5 dari 41 pemilih');
  await e.saving('election.openVotes', () => form.getByRole('button', { name: 'Catat hasil penghitungan' }).click());
  await expect(chair.getByRole('table', { name: 'Putaran 1' })).toContainText('H. Sukardi3');
  await expect(chair.getByRole('status').filter({ hasText: 'Terpilih: H. Sukardi' })).toBeVisible();
});
