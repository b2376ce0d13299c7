// A project through FGD-1 (rules, adopted vision) and FGD-2 (organisation), built through the
// API like fixtures/fgd2.ts, for the AD/ART tests.
import { makeBackend } from './helpers';

export async function articlesProject(opts: { empty?: boolean } = {}) {
  const b = makeBackend();
  const { id: projectId } = await b.ok('projects.create', { name: 'Klaster Mebel Rotan', regency: 'Kabupaten Cirebon' });
  const general = await b.ok('meetings.create', { projectId, kind: 'general', date: '2027-01-20', title: 'Rapat Anggota Pertama' });
  if (opts.empty) return { ...b, projectId, generalId: general.id, fgd1Id: null as string | null };
  const fgd1 = await b.ok('meetings.create', { projectId, kind: 'fgd1', date: '2026-11-25' });
  await b.ok('rules.set', {
    projectId, meetingId: fgd1.id, termYears: 3,
    membershipEligibility: 'Pengrajin atau pedagang rotan yang berusaha di Kabupaten Cirebon',
    allowances: 'Pengurus tidak menerima gaji; biaya transport rapat diganti sesuai kemampuan kas',
    positions: [
      { key: 'ketua', title: 'Ketua', count: 1, duties: 'Memimpin organisasi klaster dan mewakilinya ke luar' },
      { key: 'bendahara', title: 'Bendahara', count: 1, duties: 'Mengelola keuangan dan pembukuan organisasi' },
      { key: 'anggota', title: 'Anggota Pengurus', count: 2, duties: '' },
    ],
  });
  const v = await b.ok('vision.create', { projectId, vision: 'Rotan Cirebon mendunia', missions: ['Meningkatkan mutu produk', 'Memperluas pasar ekspor'] });
  await b.ok('vision.adopt', { projectId, id: v.id, meetingId: fgd1.id });
  await b.ok('organisation.update', { projectId, name: 'Asosiasi Klaster Rotan Cirebon', seat: 'Desa Tegalwangi, Kecamatan Weru', foundingDate: '2026-12-09' });
  return { ...b, projectId, generalId: general.id, fgd1Id: fgd1.id as string | null };
}
