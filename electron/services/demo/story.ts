import { meetingSteps } from './meetingSteps';
import { step, type Refs, type StoryStep } from './runStory';
import { candidateId, FACILITATOR, groupId, MEMBERS, participantId, positionId } from './storyRefs';
import { actionPlans, authorisations, cedc, general, swotWorkshop } from './storyImplementation';
import type { InitiationPlan } from '../../../shared/domain/initiationPlan';

/**
 * The demo's story, after the registry of demo-project.json: the guideline's path walked by the
 * Lasem batik cluster from March to September 2026, as the public API calls a facilitator's
 * screens would make. Keys "s1".."s34" and "g1".."g4" are the base demo's stakeholders.
 */

// --- 1. Preparation: the ANNEX-1 questionnaire -----------------------------------------------
const questionnaire: StoryStep[] = [
  step('questionnaires.create')(() => ({
    title: 'Profil awal Klaster Batik Tulis Lasem',
    respondent: 'Dimas Arya Nugraha, S.E. bersama Hj. Musyarofah (Paguyuban Pengrajin Batik Tulis Lasem)',
    date: '2026-03-03',
    note: 'Diisi saat rapat persiapan di Disperindag sebelum pertemuan awal; data jumlah usaha dari pendataan paguyuban 2025.',
  }), 'annex1'),
  ...([
    [1, 1, 'Empat desa berdekatan di Kecamatan Lasem dan Pancur, jarak terjauh sekitar 6 km (15 menit bersepeda motor).'],
    [2, 3, 'Sekitar 60 usaha batik tulis rumahan dan kecil.'],
    [3, 3, 'Pasar utama Jawa Tengah dan Jakarta lewat pengepul; sebagian kecil ke pembeli ekspor.'],
    [4, 3, 'Kain mori dibeli dari toko di Lasem dan Pekalongan; pewarna alam dari pemasok setempat, pasokan tidak menentu.'],
    [5, 2, 'Tradisi batik pesisiran ratusan tahun, motif khas (latohan, sekar jagad, tiga negeri); pembatik mulai menua.'],
    [6, 4, 'LPPM Universitas Muria Kudus sekitar 2 jam; Balai Besar Kerajinan dan Batik di Yogyakarta.'],
    [7, 3, 'Disperindag, Dinas Koperasi dan UKM, BLK Rembang, klinik bisnis, BRI Unit Lasem.'],
    [8, 3, 'Rumah Batik Sekar Laut dan satu pedagang pengepul memegang sebagian besar penjualan.'],
  ] as const).map(([base, choice, note]) => step('questionnaires.answer')((r) => ({ roundId: r.id('annex1'), base, choice, note }))),
];

// --- 1b. Preparation: the initiation plan, from the guideline's six steps --------------------------
const INITIATION_DATES = [
  ['2026-02-16', '2026-03-06', 0, 'apbd'], ['2026-03-10', '2026-03-10', 3_500_000, 'apbd'], ['2026-03-17', '2026-03-20', 2_000_000, 'apbd'],
  ['2026-04-14', '2026-04-14', 3_000_000, 'apbd'], ['2026-05-19', '2026-05-19', 3_000_000, 'apbd'], ['2026-06-16', '2026-06-16', 2_500_000, 'members'],
] as const;
const initiationPlan: StoryStep[] = [
  step('initiation.prefill')(() => ({}), 'initiation'),
  ...INITIATION_DATES.map(([startDate, endDate, budget, funding], i) => step('initiation.update')((r) => ({
    id: (r.out<'initiation.prefill'>('initiation') as InitiationPlan).activities[i]!.id, startDate, endDate, budget, funding,
  }))),
];

// --- 2. Initiation: kickoff ---------------------------------------------------------------------
const kickoff = meetingSteps({
  as: 'kickoff', kind: 'kickoff', title: 'Pertemuan Awal Inisiasi Klaster Batik Tulis Lasem',
  date: '2026-03-10', startTime: '09:00', endTime: '12:15', place: 'Balai Desa Babagan, Kecamatan Lasem',
  chairName: 'Dra. Retno Wulandari, M.M.', chairRole: 'Kepala Bidang Perindustrian, Disperindag Kabupaten Rembang',
  minuteTakerName: FACILITATOR.name, minuteTakerRole: FACILITATOR.role,
  nextMeetingDate: '2026-03-17', nextMeetingAgenda: 'Rapat kelompok kecil di tiap desa: penetapan ketua kelompok dan masukan untuk peta klaster.',
  invited: ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 's11', 's12', 's13', 's14', 's15', 's16', 's17', 's18', 's19', 's20', 's21', 's22', 's23', 's26', 's27', 's28', 's29', 's30', 's31', 's33', 's34'],
  absent: ['s11', 's14', 's21', 's27'],
  walkIns: [
    { name: 'Sulastri', organisation: 'Pembatik lepas', role: 'Pembatik', village: 'Desa Babagan', phone: '0857-0000-2201' },
    { name: 'Karsinah', organisation: 'Batik Tulis Karsinah', role: 'Pemilik', village: 'Desa Jeruk' },
  ],
  agenda: [
    { discussion: 'Kepala Bidang Perindustrian membuka pertemuan dan menyampaikan bahwa Pemerintah Kabupaten Rembang menjadikan batik tulis Lasem sebagai klaster prioritas tahun 2026. Peserta memperkenalkan diri, asal desa dan usahanya.' },
    { discussion: 'Fasilitator menjelaskan bahwa klaster bukan organisasi baru dari atas, melainkan kerja sama pengrajin, pemasok, pembeli dan lembaga pendukung di satu wilayah. Dengan bekerja bersama, daya tawar terhadap pemasok dan pembeli meningkat.' },
    { discussion: 'Peserta menyampaikan manfaat yang diharapkan: harga mori lebih murah bila dibeli bersama, pesanan besar dapat dikerjakan bersama, dan akses ke pelatihan serta kredit usaha.' },
    { discussion: 'Fasilitator menceritakan pengalaman klaster batik di Pekalongan dan klaster gerabah Kasongan yang berhasil membuka pasar ekspor setelah membentuk organisasi klaster.' },
    {
      discussion: 'Peserta mengisi formulir pendataan (nama, asal desa, usaha inti). Dua peserta yang datang tanpa undangan ikut didata. Hj. Musyarofah menyampaikan data paguyuban: sekitar 60 usaha batik di empat desa.',
      decisions: ['Data peserta pertemuan awal menjadi dasar peta pemangku kepentingan klaster.'],
    },
    {
      discussion: 'Peserta sepakat dibagi menurut lokasi menjadi empat kelompok kecil: Babagan, Karangturi, Jeruk dan Pohlandak. Setiap kelompok akan memilih ketuanya dalam rapat kelompok minggu depan.',
      decisions: [
        'Dibentuk empat kelompok kecil menurut desa: Babagan, Karangturi, Jeruk dan Pohlandak.',
        'Rapat kelompok kecil diadakan tanggal 17 sampai 20 Maret 2026 di desa masing-masing.',
      ],
    },
  ],
  followUps: [
    { what: 'Mengetik data peserta ke daftar pemangku kepentingan dan menyusun peta awal', who: FACILITATOR.name, due: '2026-03-13', agendaIndex: 4 },
    { what: 'Mengundang anggota tiap kelompok kecil ke rapat kelompok', who: 'Hj. Musyarofah', due: '2026-03-14', agendaIndex: 5 },
  ],
});

// --- Small groups, one meeting per village ------------------------------------------------------
const SMALL_GROUPS = [
  { as: 'sg1', village: 'Babagan', date: '2026-03-17', place: 'Rumah Hj. Siti Aminah, Desa Babagan', leader: 's1', leaderName: 'Hj. Siti Aminah', members: ['s1', 's2', 's3', 's4', 's16'], absent: [] as string[],
    input: 'Sebagian besar anggota menjual ke UD Cahaya Pesisir; Rumah Batik Sekar Laut memberi pesanan borongan kepada tiga pengrajin.' },
  { as: 'sg2', village: 'Karangturi', date: '2026-03-18', place: 'Rumah Batik Naga Pesisir, Desa Karangturi', leader: 's5', leaderName: 'Endang Lestari', members: ['s5', 's6', 's7'], absent: [] as string[],
    input: 'Galeri Batik Pesisiran di Rembang menerima titipan; Tjokro Lasem sudah pernah mengirim ke pembeli di Jakarta.' },
  { as: 'sg3', village: 'Jeruk', date: '2026-03-19', place: 'Balai Desa Jeruk, Kecamatan Pancur', leader: 's8', leaderName: 'Ahmad Fauzi', members: ['s8', 's9', 's10', 's11'], absent: ['s11'],
    input: 'Pewarna alam diambil dari UD Akar Mengkudu; pelorodan dikerjakan oleh Pak Darsono untuk hampir semua anggota.' },
  { as: 'sg4', village: 'Pohlandak', date: '2026-03-20', place: 'Rumah Joko Santoso, Desa Pohlandak', leader: 's12', leaderName: 'Joko Santoso', members: ['s12', 's13', 's14'], absent: [] as string[],
    input: 'Anggota pernah ikut pelatihan pewarnaan di BLK Rembang; modal kerja dari BRI Unit Lasem dan arisan kelompok.' },
];
const smallGroups = SMALL_GROUPS.flatMap((g) => meetingSteps({
  as: g.as, kind: 'small_group', title: `Rapat Kelompok Kecil Desa ${g.village}`,
  date: g.date, startTime: '15:30', endTime: '17:00', place: g.place,
  chairName: g.leaderName, chairRole: `Ketua Kelompok Desa ${g.village}`, minuteTakerName: FACILITATOR.name, minuteTakerRole: FACILITATOR.role,
  nextMeetingDate: '2026-03-26', nextMeetingAgenda: 'Lokakarya ketua kelompok: masalah utama klaster.',
  invited: g.members, absent: g.absent,
  agenda: [
    { discussion: `Fasilitator mengulang penjelasan pendekatan klaster. Anggota kelompok Desa ${g.village} bertanya tentang iuran dan kewajiban anggota; dijelaskan bahwa aturan organisasi akan dirumuskan bersama pada FGD-1.` },
    {
      discussion: `Anggota sepakat menunjuk ${g.leaderName} sebagai ketua kelompok karena aktif dan dikenal oleh semua anggota.`,
      decisions: [`${g.leaderName} ditetapkan sebagai Ketua Kelompok Desa ${g.village}.`],
    },
    { discussion: `Masukan untuk peta klaster: ${g.input}` },
  ],
  followUps: [{ what: 'Mewakili kelompok pada lokakarya masalah utama klaster', who: g.leaderName, due: '2026-03-26', agendaIndex: 1 }],
}));

// --- Workshop: the main problems, grouped, voted, short-listed -----------------------------------
const THEMES: { name: string; dots: number; cards: [string, string][] }[] = [
  { name: 'Pemasaran bergantung pada pengepul', dots: 9, cards: [
    ['s1', 'Hampir semua kain dijual lewat satu pengepul, harga ditentukan sepihak'],
    ['s5', 'Pembeli luar kota tidak tahu cara memesan langsung ke pengrajin'],
    ['s9', 'Belum punya toko daring atau katalog bersama'],
    ['s16', 'Pameran hanya diikuti usaha yang besar saja'],
  ] },
  { name: 'Bahan baku mahal dan tidak menentu', dots: 7, cards: [
    ['s12', 'Harga kain mori primissima naik hampir 20% dalam setahun'],
    ['s2', 'Mori dibeli eceran, tidak pernah dapat potongan harga'],
    ['s8', 'Pewarna alam (mengkudu, tingi) pasokannya tidak tentu'],
  ] },
  { name: 'Regenerasi pembatik', dots: 5, cards: [
    ['s26', 'Pembatik rata-rata berumur di atas 50 tahun'],
    ['s13', 'Anak muda lebih memilih kerja di pabrik atau merantau'],
    ['s6', 'Belum ada pelatihan membatik rutin untuk pemula'],
  ] },
  { name: 'Pembukuan dan merek', dots: 4, cards: [
    ['s9', 'Uang usaha dan uang rumah tangga belum dipisah'],
    ['s6', 'Motif Lasem banyak ditiru, belum ada merek kolektif'],
    ['s13', 'Sulit mengajukan KUR karena tidak ada catatan keuangan'],
  ] },
  { name: 'Limbah pewarnaan', dots: 3, cards: [
    ['s8', 'Air sisa pelorodan dibuang langsung ke sungai'],
    ['s12', 'Belum ada IPAL komunal di desa sentra'],
  ] },
  { name: 'Modal kerja', dots: 2, cards: [
    ['s5', 'Modal habis untuk stok kain menjelang Lebaran'],
    ['s1', 'Pembayaran dari pengepul mundur satu sampai dua bulan'],
  ] },
];
const WORKSHOP_PARTICIPANTS = ['s1', 's2', 's5', 's6', 's8', 's9', 's12', 's13', 's16', 's26'];
const problemsWorkshop: StoryStep[] = [
  step('workshops.create')((r) => ({
    template: 'problems', theme: 'Masalah utama Klaster Batik Tulis Lasem', date: '2026-03-26', place: 'Balai Desa Babagan, Kecamatan Lasem',
    facilitator: FACILITATOR.name, dotsPerParticipant: 3, decision: 'dots', rankTarget: 'group',
    stakeholderIds: WORKSHOP_PARTICIPANTS.map((k) => r.s(k)),
  }), 'problems'),
  ...THEMES.map((t) => step('groups.create')((r) => ({ workshopId: r.id('problems'), name: t.name }))),
  step('workshops.get')((r) => ({ id: r.id('problems') }), 'problems'),
  ...THEMES.flatMap((t) => t.cards.map(([who, text]) => step('cards.create')((r) => ({
    workshopId: r.id('problems'), text, groupId: groupId(r, 'problems', t.name), authorParticipantId: participantId(r, 'problems', who),
  })))),
  // Dots counted from the wall: 10 participants with 3 dots each.
  ...THEMES.map((t) => step('votes.set')((r) => ({ workshopId: r.id('problems'), targetType: 'group', targetId: groupId(r, 'problems', t.name), participantId: null, dots: t.dots }))),
  step('workshops.update')((r) => ({ id: r.id('problems'), cutLine: 3 })),
  step('workshops.shortlist')((r) => ({ id: r.id('problems') }), 'shortlist'),
];

// --- Vision drafts --------------------------------------------------------------------------------
const visions: StoryStep[] = [
  step('vision.create')((r) => ({
    vision: 'Batik tulis Lasem dikenal luas dan pengrajinnya sejahtera.',
    missions: ['Meningkatkan mutu batik tulis Lasem.', 'Memperluas pemasaran.', 'Meningkatkan kesejahteraan pengrajin dan pembatik.'],
    proposedBy: 'Kelompok Desa Babagan', meetingId: r.id('sg1'), note: 'Rumusan pertama dari rapat kelompok Babagan.',
  }), 'vision1'),
  step('vision.create')(() => ({
    vision: 'Menjadi sentra batik tulis pesisiran yang mandiri, berdaya saing, dan menyejahterakan pengrajin Lasem.',
    missions: [
      'Memperkuat kerja sama antarpengrajin di empat desa.',
      'Menjamin pasokan bahan baku yang terjangkau.',
      'Membuka pasar langsung ke pembeli luar daerah.',
      'Mewariskan keterampilan membatik kepada generasi muda.',
    ],
    proposedBy: 'Lokakarya ketua kelompok', meetingId: null, note: 'Disusun dari kata kunci kartu lokakarya masalah utama, 26 Maret 2026.',
  }), 'vision2'),
];

// --- FGD-1: vision adopted, rules drafted -------------------------------------------------------
const fgd1 = meetingSteps({
  as: 'fgd1', kind: 'fgd1', title: 'FGD-1 Klaster Batik Tulis Lasem: Visi, Misi dan Draf Aturan Klaster',
  date: '2026-04-14', startTime: '09:00', endTime: '13:00', place: 'Pendopo Kantor Kecamatan Lasem',
  chairName: FACILITATOR.name, chairRole: FACILITATOR.role, minuteTakerName: 'Nur Hidayah', minuteTakerRole: 'Notulis, Kelompok Desa Jeruk',
  nextMeetingDate: '2026-05-19', nextMeetingAgenda: 'FGD-2: pemilihan pengurus dan ketua, pengumuman organisasi perwakilan klaster.',
  invited: ['s1', 's2', 's3', 's5', 's6', 's8', 's9', 's10', 's12', 's13', 's15', 's16', 's22', 's23', 's26', 's29', 's30', 's34'],
  absent: ['s30'],
  walkIns: [{ name: 'Sulastri', organisation: 'Pembatik lepas', role: 'Pembatik', village: 'Desa Babagan', phone: '0857-0000-2201' }],
  agenda: [
    {
      discussion: 'Tiga rumusan visi dibandingkan di layar. Peserta menilai rumusan kedua sudah baik tetapi belum menyebut pelestarian budaya dan lingkungan. Rumusan ketiga disusun bersama di ruangan dengan lima butir misi, lalu disepakati secara musyawarah.',
      decisions: ['Misi butir 5 (produksi ramah lingkungan) menjadi dasar rencana pengolahan limbah pewarnaan tahun 2027.'],
    },
    {
      discussion: 'Peserta menetapkan empat ketua kelompok kecil bersama Ketua Paguyuban sebagai perwakilan pelaksana. Prosedur: draf aturan disusun hari ini, pemilihan pengurus pada FGD-2 bulan Mei, pengesahan AD/ART pada rapat umum bulan Juni.',
      decisions: ['Perwakilan pelaksana: Hj. Siti Aminah, Endang Lestari, Ahmad Fauzi, Joko Santoso dan Hj. Musyarofah.'],
    },
    {
      discussion: 'Draf aturan dibahas butir demi butir: pengurus lima orang (ketua, wakil ketua, sekretaris, bendahara, pengawas keuangan), masa bakti tiga tahun, tanpa honorarium pada tahun pertama, keanggotaan terbuka bagi usaha batik di Kecamatan Lasem dan Pancur. Pak Santoso Gunawan (pengepul) menyatakan mendukung dan bersedia menjadi mitra, bukan pengurus.',
      decisions: ['Draf aturan klaster disepakati untuk dibawa ke FGD-2 dan dituangkan dalam AD/ART.'],
    },
  ],
  followUps: [
    { what: 'Mencetak visi dan misi untuk ditempel di rumah produksi anggota', who: 'Hj. Musyarofah', due: '2026-04-30', agendaIndex: 0 },
    { what: 'Mendata ulang usaha yang mendaftar menjadi anggota', who: 'Ketua kelompok kecil', due: '2026-05-12', agendaIndex: 2 },
  ],
});
const fgd1Decisions: StoryStep[] = [
  step('vision.create')((r) => ({
    vision: 'Mewujudkan Klaster Batik Tulis Lasem yang mandiri, berdaya saing di pasar nasional dan ekspor, lestari budayanya, serta menyejahterakan pengrajin dan pembatiknya pada tahun 2030.',
    missions: [
      'Memperkuat kelembagaan klaster dan kerja sama antarpengrajin di empat desa.',
      'Menjamin pasokan kain mori dan pewarna yang terjangkau melalui pembelian bersama.',
      'Membuka akses pasar langsung ke pembeli luar daerah dan pasar daring tanpa bergantung pada satu pengepul.',
      'Melatih dan menarik pembatik muda agar keterampilan batik tulis Lasem terus diwariskan.',
      'Menerapkan produksi yang ramah lingkungan, termasuk pengolahan limbah pewarnaan.',
    ],
    proposedBy: 'Peserta FGD-1', meetingId: r.id('fgd1'), note: 'Rumusan akhir yang disepakati secara musyawarah.',
  }), 'vision3'),
  step('vision.adopt')((r) => ({ id: r.id('vision3'), meetingId: r.id('fgd1') })),
  step('rules.set')((r) => ({
    meetingId: r.id('fgd1'),
    positions: [
      { key: 'ketua', title: 'Ketua', count: 1, duties: 'Memimpin organisasi klaster, memimpin rapat pengurus dan mewakili klaster dalam hubungan dengan pemerintah dan mitra.' },
      { key: 'wakil_ketua', title: 'Wakil Ketua', count: 1, duties: 'Membantu ketua, mewakili ketua bila berhalangan, dan mengoordinasikan program bahan baku.' },
      { key: 'sekretaris', title: 'Sekretaris', count: 1, duties: 'Mengurus surat-menyurat, notulen rapat dan daftar anggota.' },
      { key: 'bendahara', title: 'Bendahara', count: 1, duties: 'Mengelola iuran dan dana kegiatan serta menyusun laporan keuangan setiap tiga bulan.' },
      { key: 'audit', title: 'Pengawas Keuangan', count: 1, duties: 'Memeriksa pembukuan dan pelaksanaan program, melaporkan kepada rapat umum anggota.' },
    ],
    termYears: 3,
    allowances: 'Pengurus tidak menerima honorarium pada tahun pertama; biaya perjalanan dinas diganti sesuai bukti.',
    membershipEligibility: 'Usaha batik tulis, pemasok bahan, dan pelaku usaha pendukung yang berdomisili di Kecamatan Lasem dan Kecamatan Pancur, bersedia mematuhi AD/ART dan membayar iuran Rp 20.000 per bulan.',
    notes: 'Disepakati secara musyawarah oleh peserta FGD-1.',
  })),
];

// --- The map before FGD-1, and ties made afterwards ----------------------------------------------
const snapshot: StoryStep[] = [step('snapshots.create')(() => ({ name: 'Sebelum FGD-1' }), 'snapshot')];
const laterTies: StoryStep[] = [
  step('relations.create')((r) => ({ sourceId: r.s('s5'), targetId: r.s('s21'), kind: 'downstream', formality: 'formal', strength: 2, mutual: false, since: '2026-05-05', note: 'Kontrak pesanan 150 kain per tiga bulan, tanpa melalui pengepul' })),
  step('relations.create')((r) => ({ sourceId: r.s('s8'), targetId: r.s('s21'), kind: 'downstream', formality: 'formal', strength: 1, mutual: false, since: '2026-05-05', note: 'Ikut kontrak pesanan bersama Kelompok Karangturi' })),
  step('relations.create')((r) => ({ sourceId: r.s('s12'), targetId: r.s('s20'), kind: 'downstream', formality: 'formal', strength: 2, mutual: false, since: '2026-05-26', note: 'Perjanjian titip jual (konsinyasi) di galeri' })),
  step('relations.create')((r) => ({ sourceId: r.s('s30'), targetId: r.s('s12'), kind: 'finance', formality: 'formal', strength: 2, mutual: false, since: '2026-07-01', note: 'KUR usaha mikro pertama, setelah pembukuan ditata bersama Klinik Bisnis Pesisir' })),
];

// --- FGD-2: the election and the board --------------------------------------------------------
const fgd2 = meetingSteps({
  as: 'fgd2', kind: 'fgd2', title: 'FGD-2 Klaster Batik Tulis Lasem: Pembentukan Organisasi Perwakilan Klaster',
  date: '2026-05-19', startTime: '09:00', endTime: '12:30', place: 'Balai Desa Karangturi, Kecamatan Lasem',
  chairName: 'Hj. Musyarofah', chairRole: 'Pimpinan Sidang, Ketua Paguyuban Pengrajin Batik Tulis Lasem',
  minuteTakerName: FACILITATOR.name, minuteTakerRole: FACILITATOR.role,
  nextMeetingDate: '2026-06-16', nextMeetingAgenda: 'Rapat umum: pengesahan AD/ART, jadwal kegiatan, rencana anggaran dan daftar anggota.',
  invited: [...MEMBERS, 's22', 's23', 's34'],
  absent: ['s3'],
  agenda: [
    { discussion: 'Hadir 11 dari 12 anggota, kuorum lebih dari separuh terpenuhi. Ketua dipilih dengan pemungutan suara tertutup. Putaran pertama berakhir seri antara Hj. Siti Aminah dan Endang Lestari (5-5), sehingga diadakan putaran kedua yang dimenangkan Hj. Siti Aminah 6 suara lawan 4 dengan 1 suara kosong. Jabatan lain ditetapkan secara musyawarah.' },
    { discussion: 'Pimpinan sidang mengumumkan terbentuknya Forum Klaster Batik Tulis Lasem beserta susunan pengurus masa bakti 2026-2029. Kepala Bidang Perindustrian menyampaikan dukungan Disperindag.' },
    {
      discussion: 'Rapat umum anggota diadakan pada pertengahan Juni untuk mengesahkan AD/ART yang disusun dari draf aturan FGD-1 dan hasil pemilihan hari ini.',
      decisions: ['Rapat umum anggota diadakan hari Selasa, 16 Juni 2026, di Aula Kantor Kecamatan Lasem.'],
    },
  ],
  followUps: [
    { what: 'Menyusun draf AD/ART dari draf aturan FGD-1 dan hasil pemilihan', who: 'Nur Hidayah (Sekretaris)', due: '2026-06-05', agendaIndex: 2 },
    { what: 'Menyampaikan berita acara pembentukan organisasi ke Disperindag', who: 'Hj. Siti Aminah (Ketua)', due: '2026-05-29', agendaIndex: 1 },
  ],
});
const consensusSeat = (position: string, who: string, note: string): StoryStep[] => [
  step('election.updatePosition')((r) => ({ positionId: positionId(r, position), method: 'consensus' })),
  step('election.addCandidate')((r) => ({ positionId: positionId(r, position), attendeeId: r.attendeeId('fgd2', who) }), `pos.${position}`),
  step('election.consensus')((r) => ({ positionId: positionId(r, position), candidateIds: [candidateId(r, position, who)], note })),
  step('election.confirm')((r) => ({ positionId: positionId(r, position) })),
];
const election: StoryStep[] = [
  step('election.setup')((r) => ({ meetingId: r.id('fgd2') }), 'election'),
  step('election.updatePosition')((r) => ({ positionId: positionId(r, 'ketua'), method: 'vote', ballot: 'secret' })),
  ...['s1', 's5', 's12'].map((who) => step('election.addCandidate')((r) => ({ positionId: positionId(r, 'ketua'), attendeeId: r.attendeeId('fgd2', who) }), 'pos.ketua')),
  step('election.tally')((r) => ({
    positionId: positionId(r, 'ketua'), tallies: { [candidateId(r, 'ketua', 's1')]: 5, [candidateId(r, 'ketua', 's5')]: 5, [candidateId(r, 'ketua', 's12')]: 1 }, invalid: 0, blank: 0,
  })),
  step('election.tally')((r) => ({
    positionId: positionId(r, 'ketua'), tallies: { [candidateId(r, 'ketua', 's1')]: 6, [candidateId(r, 'ketua', 's5')]: 4 }, invalid: 0, blank: 1,
  })),
  step('election.confirm')((r) => ({ positionId: positionId(r, 'ketua') })),
  ...consensusSeat('wakil_ketua', 's5', 'Endang Lestari diusulkan oleh Kelompok Karangturi dan Jeruk; tidak ada usulan lain, disepakati secara aklamasi.'),
  ...consensusSeat('sekretaris', 's9', 'Nur Hidayah diusulkan karena terbiasa mencatat rapat kelompok; disepakati secara musyawarah.'),
  ...consensusSeat('bendahara', 's13', 'Lilik Setyawati diusulkan oleh ketua terpilih; disepakati secara musyawarah.'),
  ...consensusSeat('audit', 's26', 'Hj. Musyarofah diminta menjadi pengawas keuangan sebagai tokoh yang dipercaya semua kelompok.'),
  step('organisation.update')(() => ({ name: 'Forum Klaster Batik Tulis Lasem', seat: 'Desa Karangturi, Kecamatan Lasem, Kabupaten Rembang', foundingDate: '2026-05-19', termYears: 3 })),
  step('organisation.announce')((r) => ({ meetingId: r.id('fgd2') })),
];

/** The whole story, in the order it happened. */
export const DEMO_STORY: readonly StoryStep[] = [
  ...questionnaire,
  ...initiationPlan,
  ...kickoff,
  ...smallGroups,
  ...problemsWorkshop,
  ...visions,
  ...snapshot,
  ...fgd1,
  ...fgd1Decisions,
  ...fgd2,
  ...election,
  ...laterTies,
  ...swotWorkshop,
  ...actionPlans,
  ...general,
  ...authorisations,
  ...cedc,
];
