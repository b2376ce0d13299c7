import { meetingSteps } from './meetingSteps';
import { step, type Refs, type StoryStep } from './runStory';
import { FACILITATOR, MEMBERS, groupId, swotGroupId, shortlistItemId } from './storyRefs';

// The demo story from the diagnosis on: SWOT, action plans, the general meeting that authorises
// AD/ART and the year's plan, and the committee proposed to the Bupati.

// --- Implementation: SWOT, action plans from the short list --------------------------------------
const SWOT: Record<'S' | 'W' | 'O' | 'T', string[]> = {
  S: ['Motif khas Lasem (latohan, sekar jagad, tiga negeri) diakui kolektor', 'Pembatik berpengalaman puluhan tahun', 'Pewarna alam tersedia di sekitar Lasem'],
  W: ['Penjualan bergantung pada satu pengepul', 'Pembukuan usaha belum tertata', 'Pembatik muda sedikit'],
  O: ['Permintaan batik tulis asli naik di pasar daring', 'Program KUR dan pendampingan Dinas Koperasi', 'Wisata heritage Lasem ramai dikunjungi'],
  T: ['Batik printing bermotif Lasem dijual jauh lebih murah', 'Harga kain mori terus naik', 'Keluhan warga tentang limbah pewarnaan'],
};
export const swotWorkshop: StoryStep[] = [
  step('workshops.create')((r) => ({
    template: 'swot', theme: 'Diagnosis Klaster Batik Tulis Lasem (SWOT)', date: '2026-06-04', place: 'Rumah Batik Sekar Laut, Desa Babagan',
    facilitator: FACILITATOR.name, stakeholderIds: ['s1', 's5', 's9', 's13', 's16', 's22', 's31'].map((k) => r.s(k)),
  }), 'swot'),
  ...(Object.entries(SWOT) as ['S' | 'W' | 'O' | 'T', string[]][]).flatMap(([key, texts]) =>
    texts.map((text) => step('cards.create')((r) => ({ workshopId: r.id('swot'), text, groupId: swotGroupId(r, key) })))),
];

const bulk = {
  title: 'Pembelian bahan baku bersama',
  theme: 'Bahan baku mahal dan tidak menentu',
};
const online = {
  title: 'Katalog dan toko daring bersama batik tulis Lasem',
  theme: 'Pemasaran bergantung pada pengepul',
};
export const actionPlans: StoryStep[] = [
  step('actionPlans.create')((r) => ({ title: bulk.title, area: 'raw_material', horizon: 'short', shortlistItemId: shortlistItemId(r, bulk.theme) }), 'plan1'),
  step('actionPlans.update')((r) => ({
    id: r.id('plan1'),
    goal: 'Biaya produksi batik tulis anggota klaster turun sehingga pendapatan pengrajin naik.',
    purpose: 'Anggota membeli kain mori dan pewarna dengan harga grosir melalui Forum Klaster.',
    why: 'Harga mori naik hampir 20% setahun dan dibeli eceran; dengan pembelian bersama harga per potong dapat turun sekitar 10%.',
    outputs: 'Kesepakatan harga dengan pemasok mori\nJadwal pembelian bersama tiap dua bulan\nGudang kecil bahan baku di Desa Karangturi',
    activities: 'Mendata kebutuhan mori dan pewarna tiap anggota\nMenegosiasikan harga grosir dengan Toko Sumber Sandang dan pemasok Pekalongan\nMengajukan KUR atas nama forum\nMembeli dan membagi bahan tiap dua bulan',
    inputs: 'Iuran anggota, dana pendampingan Dinas Koperasi dan UKM, KUR BRI Unit Lasem, ruang gudang milik Endang Lestari',
    preconditions: 'Anggota bersedia membayar uang muka pembelian',
    startDate: '2026-07-01', endDate: '2026-12-31',
    milestones: [{ title: 'Kesepakatan harga dengan pemasok', date: '2026-07-31' }, { title: 'Pembelian bersama pertama', date: '2026-08-15' }],
    implementingBody: 'Forum Klaster Batik Tulis Lasem', responsibleName: 'Endang Lestari', responsibleRole: 'Wakil Ketua Forum Klaster', responsibleStakeholderId: r.s('s5'),
    externalSupport: true, externalSupportNote: 'Pendampingan koperasi oleh Dinas Koperasi dan UKM; KUR dari BRI Unit Lasem.',
    // Legal advice on the purchase agreement: no provider in the registry offers it yet.
    supportServices: ['training', 'accounting', 'legal'],
    governmentRules: 'Dukungan Disperindag untuk pengadaan bahan baku melalui program IKM 2026.',
    monitoring: 'Bendahara mencatat harga beli tiap pembelian; laporan tiap tiga bulan ke rapat pengurus dan Disperindag.',
    supporterIds: [r.s('s23'), r.s('s30'), r.s('s17')],
  })),
  step('budgetLines.add')((r) => ({ planId: r.id('plan1'), description: 'Uang muka pembelian mori dari iuran anggota', source: 'members', amount: 15_000_000 })),
  step('budgetLines.add')((r) => ({ planId: r.id('plan1'), description: 'Pendampingan dan pelatihan pengelolaan pembelian bersama', source: 'apbd', amount: 20_000_000 })),
  step('budgetLines.add')((r) => ({ planId: r.id('plan1'), description: 'KUR modal kerja pembelian bahan baku', source: 'bank', amount: 10_000_000 })),
  step('indicators.create')((r) => ({ planId: r.id('plan1'), level: 'purpose', description: 'Harga rata-rata kain mori primissima yang dibayar anggota', unit: 'Rp/potong', baseline: 62_000, target: 56_000, means: 'Nota pembelian bersama' }), 'ind1'),
  step('indicators.create')((r) => ({ planId: r.id('plan1'), level: 'outputs', description: 'Anggota yang ikut pembelian bersama', unit: 'usaha', baseline: 0, target: 12, means: 'Daftar pembagian bahan' }), 'ind2'),
  step('actionPlans.setStage')((r) => ({ id: r.id('plan1'), stage: 'do' })),
  step('indicators.setActual')((r) => ({ id: r.id('ind1'), period: '2026-09', value: 58_500, note: 'Dua kali pembelian bersama' })),
  step('indicators.setActual')((r) => ({ id: r.id('ind2'), period: '2026-09', value: 7, note: 'Lima anggota masih menunggu uang muka' })),

  step('actionPlans.create')((r) => ({ title: online.title, area: 'market_access', horizon: 'medium', shortlistItemId: shortlistItemId(r, online.theme) }), 'plan2'),
  step('actionPlans.update')((r) => ({
    id: r.id('plan2'),
    goal: 'Pengrajin menjual langsung ke pembeli luar daerah dengan harga yang lebih baik.',
    purpose: 'Produk anggota tampil dalam satu katalog dan toko daring yang dikelola Forum Klaster.',
    why: 'Hampir semua kain dijual lewat satu pengepul; pembeli luar kota tidak tahu cara memesan langsung.',
    outputs: 'Katalog foto 120 kain dengan cerita motifnya\nToko daring forum di dua lokapasar\nEmpat admin muda terlatih',
    activities: 'Memotret dan mencatat kain anggota\nMelatih admin toko daring dari anak-anak pengrajin\nMembuka toko di lokapasar dan media sosial\nMengikuti satu pameran nasional bersama',
    inputs: 'Kamera dan lampu foto, pelatihan dari Klinik Bisnis Pesisir, dana APBD dan CSR',
    preconditions: 'Anggota menyetor kain contoh dan menyepakati harga jual bersama',
    startDate: '2026-08-01', endDate: '2027-06-30',
    milestones: [{ title: 'Katalog selesai', date: '2026-10-31' }, { title: 'Toko daring dibuka', date: '2026-11-15' }],
    implementingBody: 'Forum Klaster Batik Tulis Lasem', responsibleName: 'Nur Hidayah', responsibleRole: 'Sekretaris Forum Klaster', responsibleStakeholderId: r.s('s9'),
    externalSupport: true, externalSupportNote: 'Pelatihan pemasaran digital oleh Klinik Bisnis Pesisir dan LPPM Universitas Muria Kudus.',
    supportServices: ['marketing', 'training', 'design'],
    governmentRules: 'Fasilitasi pameran oleh Disperindag Provinsi Jawa Tengah.',
    monitoring: 'Sekretaris mencatat penjualan daring per bulan; laporan semester ke rapat umum anggota.',
    supporterIds: [r.s('s31'), r.s('s29'), r.s('s22')],
  })),
  step('budgetLines.add')((r) => ({ planId: r.id('plan2'), description: 'Pelatihan admin toko daring (4 orang, 5 hari)', source: 'apbd', amount: 12_500_000 })),
  step('budgetLines.add')((r) => ({ planId: r.id('plan2'), description: 'Kamera, lampu dan latar foto', source: 'csr', amount: 8_000_000 })),
  step('budgetLines.add')((r) => ({ planId: r.id('plan2'), description: 'Biaya pameran nasional bersama', source: 'members', amount: 6_000_000 })),
  step('indicators.create')((r) => ({ planId: r.id('plan2'), level: 'purpose', description: 'Penjualan anggota lewat toko daring forum', unit: 'kain/bulan', baseline: 0, target: 40, means: 'Laporan penjualan lokapasar' })),
  step('indicators.create')((r) => ({ planId: r.id('plan2'), level: 'outputs', description: 'Kain anggota yang masuk katalog', unit: 'kain', baseline: 0, target: 120, means: 'Katalog forum' })),
];

// --- General meeting: AD/ART authorised, the year's plan ----------------------------------------
export const general = meetingSteps({
  as: 'general', kind: 'general', title: 'Rapat Umum Anggota Forum Klaster Batik Tulis Lasem',
  date: '2026-06-16', startTime: '09:00', endTime: '12:00', place: 'Aula Kantor Kecamatan Lasem',
  chairName: 'Hj. Siti Aminah', chairRole: 'Ketua Forum Klaster Batik Tulis Lasem', minuteTakerName: 'Nur Hidayah', minuteTakerRole: 'Sekretaris Forum Klaster Batik Tulis Lasem',
  nextMeetingDate: '2026-09-15', nextMeetingAgenda: 'Evaluasi tengah waktu rencana aksi dan laporan keuangan triwulan.',
  invited: [...MEMBERS, 's4', 's7', 's22', 's23', 's29', 's30', 's31', 's34'],
  absent: ['s10', 's31'],
  agenda: [
    { discussion: 'Sekretaris membacakan draf Anggaran Dasar dan Anggaran Rumah Tangga yang disusun dari draf aturan FGD-1 dan hasil FGD-2. Peserta meminta iuran ditegaskan Rp 20.000 per bulan dan masa bakti tiga tahun. Kedua dokumen disahkan tanpa keberatan.' },
    {
      discussion: 'Jadwal kegiatan semester kedua 2026 dibahas: pembelian bahan baku bersama mulai Juli, katalog dan toko daring mulai Agustus, pertemuan pengurus setiap bulan minggu pertama.',
      decisions: ['Rapat pengurus diadakan setiap Selasa minggu pertama, bergiliran di empat desa.'],
    },
    { title: 'Pengesahan Rencana Kegiatan dan Anggaran Tahun 2026', discussion: 'Bendahara menyampaikan rencana anggaran dua rencana aksi sebesar Rp 71.500.000 dari iuran anggota, APBD, KUR dan CSR. Rencana kerja tahunan 2026 disahkan.' },
    {
      discussion: 'Disperindag menyampaikan rencana pembentukan Forum Pengembangan Ekonomi Daerah (FEDEP) Kabupaten Rembang; Forum Klaster akan diusulkan menjadi anggota.',
      decisions: ['Ketua Forum Klaster mewakili klaster dalam FEDEP Kabupaten Rembang.'],
    },
    {
      discussion: 'Tiga usaha baru dari Desa Babagan dan Karangturi menyatakan ingin bergabung; pendaftaran dibuka sampai akhir Juli.',
      decisions: ['Daftar anggota diperbarui setiap rapat umum; pendaftaran anggota baru dibuka sampai 31 Juli 2026.'],
    },
  ],
  followUps: [
    { what: 'Menyampaikan AD/ART yang telah disahkan ke Disperindag dan Kecamatan Lasem', who: 'Nur Hidayah (Sekretaris)', due: '2026-06-26', agendaIndex: 0 },
    { what: 'Membuka rekening bersama forum di BRI Unit Lasem', who: 'Lilik Setyawati (Bendahara)', due: '2026-06-30', agendaIndex: 2 },
  ],
});
export const authorisations: StoryStep[] = (['ad', 'art'] as const).flatMap((doc) => [
  step('articles.generate')(() => ({ doc })),
  step('articles.saveVersion')(() => ({ doc, name: 'Disahkan Rapat Umum Anggota 16 Juni 2026' }), `articles.${doc}`),
  step('articles.authorise')((r) => ({ versionId: r.id(`articles.${doc}`), meetingId: r.id('general') })),
]).concat(step('annualPlans.authorise')((r) => ({ year: 2026, meetingId: r.id('general') })));

// --- The committee (CEDC / FEDEP) proposed to the Bupati -----------------------------------------
const cedcMemberId = (r: Refs, key: string) => {
  const m = r.out<'cedc.get'>('cedc').members.find((x) => x.stakeholderId === r.s(key));
  if (!m) throw new Error(`the committee has no member "${key}"`);
  return m.id;
};
export const cedc: StoryStep[] = [
  step('cedc.addMember')(() => ({
    institution: 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kabupaten Rembang', committeePosition: 'Ketua', officialPosition: 'Kepala Bappeda', person: '',
  })),
  step('cedc.addFromRegistry')((r) => ({ stakeholderIds: ['s22', 's23', 's27', 's29', 's30', 's31', 's33', 's1'].map((k) => r.s(k)) })),
  step('cedc.get')(() => ({}), 'cedc'),
  step('cedc.updateMember')((r) => ({ id: cedcMemberId(r, 's22'), committeePosition: 'Wakil Ketua' })),
  step('cedc.updateMember')((r) => ({ id: cedcMemberId(r, 's23'), committeePosition: 'Sekretaris' })),
  step('cedc.updateMember')((r) => ({ id: cedcMemberId(r, 's1'), institution: 'Forum Klaster Batik Tulis Lasem', officialPosition: 'Ketua' })),
];
