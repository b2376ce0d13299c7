import { expect, test as base, uniqueName } from './fixtures';
import { CedcPage } from './pages/CedcPage';
import { api, ElectionPage } from './pages/ElectionPage';

const test = base.extend<{ election: ElectionPage; cedc: CedcPage }>({
  election: async ({ page }, use) => use(new ElectionPage(page)),
  cedc: async ({ page }, use) => use(new CedcPage(page)),
});

const GENERAL = 'Rapat Umum Organisasi Klaster';
const MEMBERS = ['Siti Rahma', 'Bambang Wibowo', 'Dewi Rahayu', 'Eko Hidayat', 'Rina Susanto', 'Agus Purnama', 'Sri Kurnia', 'Budi Wibowo', 'Yanti Rahayu', 'Hendra Hidayat'];

// Guideline Step 4 and the committee: a general meeting elects the committee's chair with the
// same engine as FGD-2, and the result fills the committee's list in place of the hand entry.
test('general meeting: elect the committee chair and see it in the CEDC list, in place of the hand entry', async ({ page, request, election: e, cedc: c }) => {
  test.setTimeout(90_000);
  const { id: projectId } = await api(request, 'projects.create', { name: uniqueName('Klaster Batik Tulis'), regency: 'Kabupaten Rembang' });
  await api(request, 'import.commit', {
    projectId, rows: MEMBERS.map((name, i) => ({ name, organisation: `UD Batik ${i + 1}`, kind: 'core_firm' as const, clusterMember: true })),
  });
  await api(request, 'cedc.addMember', { projectId, institution: 'Pemerintah Kabupaten Rembang', officialPosition: 'Bupati', committeePosition: 'Ketua', person: 'Drs. Imron' });
  await api(request, 'cedc.addMember', { projectId, institution: 'Bappeda', officialPosition: 'Kepala Bappeda', committeePosition: 'Anggota', person: 'Ir. Sri Wahyuni' });
  const people = await api(request, 'stakeholders.list', { projectId });
  const meeting = await api(request, 'meetings.create', { projectId, kind: 'general', date: '2027-03-01' });
  await api(request, 'attendees.invite', { projectId, meetingId: meeting.id, stakeholderIds: people.map((p) => p.id) });
  const record = await api(request, 'meetings.get', { projectId, id: meeting.id });
  for (const a of record.attendees.slice(0, 8)) await api(request, 'attendees.update', { projectId, id: a.id, present: true });

  await page.goto(`/#/project/${projectId}/meetings`);
  await e.main.getByRole('button', { name: GENERAL, exact: true }).click();
  await e.openTab('Pemilihan');
  await expect(e.quorum).toHaveText('Hadir 8 dari 10 anggota · kuorum (lebih dari separuh) 6 · TERPENUHI');

  // The meeting elects the committee's chair and main members, not the board.
  const elects = e.main.getByLabel('Yang dipilih dalam rapat ini');
  await expect(elects).toHaveValue('board');
  await e.saving('election.setElects', () => elects.selectOption({ label: 'Ketua dan anggota inti Komite (KPET)' }).then(() => undefined));
  await e.saving('election.setup', () => e.main.getByRole('button', { name: 'Siapkan pemilihan ketua dan anggota inti Komite' }).click());
  await expect(e.cards).toHaveCount(3);
  await expect(e.card(2, 'Wakil Ketua')).toContainText('Menunggu: Ketua');
  await e.electByConsensus(1, 'Ketua', 'Siti Rahma');
  // Once someone is named, what the meeting elects is fixed.
  await expect(elects).toBeDisabled();
  // The whole screen fits the projector's 1024 pixels: nothing scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);

  // The vice-chair and secretary are left out of this meeting: the result is complete.
  await e.saving('election.removePosition', () => e.main.getByRole('button', { name: 'Keluarkan Wakil Ketua dari pemilihan rapat ini' }).click());
  await e.saving('election.removePosition', () => e.main.getByRole('button', { name: 'Keluarkan Sekretaris dari pemilihan rapat ini' }).click());
  await expect(e.cards).toHaveCount(1);
  const elected = e.main.getByRole('region', { name: 'Ketua dan anggota inti Komite terpilih' });
  await expect(elected.getByRole('row', { name: 'Ketua Siti Rahma UD Batik 1' })).toBeVisible();

  // In the committee's list: the elected chair in the hand entry's place, noted with the meeting.
  await elected.getByRole('button', { name: 'Buka daftar anggota Komite' }).click();
  await expect(c.heading).toBeVisible();
  await expect(c.memberRows).toHaveCount(2);
  await expect(c.memberField('Nama', 1)).toHaveValue('Siti Rahma');
  await expect(c.memberField('Jabatan dalam komite', 1)).toHaveValue('Ketua');
  await expect(c.memberField('Instansi', 1)).toHaveValue('UD Batik 1');
  await expect(c.memberRows.nth(0)).toContainText(`dipilih dalam ${GENERAL} (Senin, 1 Maret 2027)`);
  await expect(c.memberField('Nama', 2)).toHaveValue('Ir. Sri Wahyuni');
  await expect(c.memberRows.nth(1)).not.toContainText('dipilih dalam');
  await expect(c.main.getByRole('button', { name: 'Hapus anggota 1' })).toBeDisabled();
  await expect(c.main.getByRole('button', { name: 'Hapus anggota 2' })).toBeEnabled();
  await expect(c.main.getByText('Drs. Imron')).toHaveCount(0);
});
