// Strings of the action plan screens (Bahasa Indonesia). actionPlans.en.ts has the same keys.
import { NINE_QUESTIONS } from '../../shared/actionPlans/nineQuestions';

/** The guideline's wording, from the one list the documents print too. */
const q = (i: number): string => NINE_QUESTIONS[i]!;

export const actionPlansId = {
  title: 'Rencana kegiatan',
  intro: 'Setiap tema daftar pendek menjadi rencana kegiatan: sembilan pertanyaan, anggaran, PDM dengan indikator, lalu dijalankan dengan PDCA dan dievaluasi di tengah jalan.',
  tabsLabel: 'Bagian rencana kegiatan',
  tabs: { plans: 'Rencana', schedule: 'Jadwal', annual: 'Rencana tahunan', reports: 'Laporan' },
  planTabsLabel: 'Bagian rencana',
  planTabs: { questions: 'Sembilan pertanyaan', pdm: 'PDM & indikator', pdca: 'PDCA & evaluasi' },
  new: 'Rencana baru…', empty: 'Belum ada rencana kegiatan. Buat dari daftar pendek lokakarya, atau tanpa daftar pendek.',
  back: 'Semua rencana', openOf: 'Buka rencana {title}',
  budgetOf: 'Anggaran {amount}', indicatorsOf: '{onTarget} dari {count} indikator sesuai target', noSchedule: 'Belum berjadwal',
  deletePlan: 'Hapus rencana…', deleteTitle: 'Hapus rencana ini?',
  deleteBody: 'Rencana "{title}" beserta anggaran, indikator dan catatan evaluasinya dihapus. Urungkan (Ctrl+Z) mengembalikannya.',
  deleted: 'Rencana "{title}" dihapus.',
  areas: { raw_material: 'Bahan baku', production: 'Produksi', market_access: 'Akses pasar', human_resources: 'SDM', finance: 'Keuangan' },
  horizons: { short: 'Jangka pendek (didahulukan)', medium: 'Jangka menengah (3 tahun)' },
  stages: { plan: 'Plan', do: 'Do', check: 'Check', action: 'Action' },
  stageHints: { plan: 'menyusun rencana', do: 'pelaksanaan', check: 'evaluasi tengah', action: 'perbaikan' },
  closed: 'Selesai',
  sources: { members: 'Anggota', apbd: 'APBD', bank: 'Bank', csr: 'CSR', others: 'Lainnya' },
  statuses: { no_data: 'Belum ada data', behind: 'Di bawah target', on_track: 'Sesuai target', achieved: 'Tercapai' },
  levels: {
    goal: 'Gol umum (overall goal)', purpose: 'Tujuan proyek (purpose)', outputs: 'Output', activities: 'Kegiatan',
    inputs: 'Input', preconditions: 'Prasyarat (pre-conditions)',
  },
  fields: {
    title: 'Judul rencana', area: 'Bidang perbaikan', horizon: 'Jangka', goal: 'Gol (tujuan jangka panjang)', purpose: 'Tujuan',
    implementingBody: 'Badan pelaksana', source: 'Asal: daftar pendek "{theme}" — {label}',
  },
  newPlan: {
    title: 'Rencana kegiatan baru', fromShortlist: 'Dari daftar pendek lokakarya', fromScratch: 'Tanpa daftar pendek',
    workshop: 'Lokakarya', item: 'Tema terpilih', noShortlist: 'Belum ada lokakarya dengan daftar pendek. Tetapkan batas daftar pendek di lokakarya, atau buat rencana tanpa daftar pendek.',
    noItems: 'Daftar pendek lokakarya ini masih kosong.', create: 'Buat rencana', created: 'Rencana "{title}" dibuat.', rank: 'peringkat {rank}',
  },
  questions: {
    heading: 'Sembilan pertanyaan', intro: 'Pertanyaan pedoman (Step 5) untuk setiap kegiatan. Jawaban tersimpan saat kolom ditinggalkan.',
    q1: q(0), q2: q(1), q3: q(2), q4: q(3), q5: q(4), q6: q(5), q7: q(6), q8: q(7), q9: q(8),
    outputsHint: 'Satu output per baris; juga baris Output di PDM.', answer: 'Jawaban {n}',
  },
  responsible: {
    pick: 'Pilih penanggung jawab', board: 'Pengurus organisasi', registry: 'Daftar pemangku kepentingan', none: '(belum dipilih)',
    name: 'Nama penanggung jawab', role: 'Jabatan/peran',
  },
  schedule: {
    start: 'Mulai', end: 'Selesai', milestones: 'Tonggak (milestone)', milestoneTitle: 'Tonggak {n}', milestoneDate: 'Tanggal tonggak {n}',
    addMilestone: 'Tambah tonggak', removeMilestone: 'Hapus tonggak {n}', newMilestone: 'Tonggak baru',
  },
  support: {
    yes: 'Ya', no: 'Tidak', note: 'Keterangan dukungan luar', services: 'Jenis dukungan yang diperlukan',
    suggested: 'Penyedia BDS yang menawarkan dukungan ini', noMatch: 'Belum ada penyedia BDS di daftar yang menawarkan dukungan ini.',
    unmet: 'Belum ada penyedia untuk: {services}. Tambahkan penyedianya di daftar pemangku kepentingan (bagian BDS).',
    reachable: 'terjangkau dalam 1 jam', addOf: 'Tambahkan {name} sebagai pendukung',
  },
  supporters: { pick: 'Pendukung dari daftar', add: 'Tambah', none: 'Belum ada pendukung.', remove: 'Hapus {name}', label: 'Pendukung' },
  budget: {
    description: 'Uraian', source: 'Sumber dana', amount: 'Jumlah (Rp)', add: 'Tambah baris', total: 'Jumlah', perSource: 'Per sumber dana',
    remove: 'Hapus baris {n}', empty: 'Belum ada rincian anggaran.', descriptionOf: 'Uraian baris {n}', sourceOf: 'Sumber dana baris {n}',
    amountOf: 'Jumlah baris {n}', newDescription: 'Uraian baru', newAmount: 'Jumlah baru (Rp)', newSource: 'Sumber dana baru',
    amountInvalid: 'Jumlah ditulis dalam rupiah bulat, tanpa titik atau koma, mis. 15000000.', words: 'Terbilang: {words}',
  },
  pdm: {
    heading: 'Matriks desain proyek (PDM)', intro: 'Baris: gol, tujuan, output, kegiatan, input, prasyarat. Indikator dengan satuan, nilai awal dan target dicatat pada gol, tujuan dan output.',
    narrative: 'Ringkasan naratif: {level}', assumptions: 'Asumsi penting: {level}', indicators: 'Indikator',
  },
  indicators: {
    description: 'Uraian indikator', unit: 'Satuan', baseline: 'Nilai awal', target: 'Target', means: 'Cara verifikasi', add: 'Tambah indikator',
    none: 'Belum ada indikator.', remove: 'Hapus indikator {name}', fieldOf: '{field}: {name}', newDescription: 'Indikator baru ({level})',
    numberInvalid: 'Tulis angka, mis. 12 atau 12,5.',
  },
  performance: {
    heading: 'Tabel kinerja', intro: 'Uraian Indikator | Satuan | Capaian: nilai capaian per bulan.', indicator: 'Indikator', period: 'Bulan',
    value: 'Capaian', record: 'Catat capaian', recorded: 'Capaian {indicator} ({period}) dicatat.', capaian: 'Capaian', none: 'Belum ada capaian.',
    clear: 'Hapus capaian {indicator} {period}',
  },
  pdca: {
    heading: 'Tahap PDCA', current: 'Tahap sekarang: {stage}', next: 'Lanjut ke {stage}', closedNote: 'Rencana ini sudah selesai (catatan penutup).',
    moved: 'Rencana masuk tahap {stage}.',
    midterm: 'Evaluasi tengah (Check)', midtermStart: 'Mulai evaluasi tengah', midtermHint: 'Capaian dibandingkan target pada bulan evaluasi. Rencana yang sedang Do masuk ke Check.',
    date: 'Tanggal evaluasi', meeting: 'Rapat', noMeeting: '(tanpa rapat)', problems: 'Masalah', improvementPlan: 'Rencana perbaikan', decision: 'Keputusan',
    readings: 'Capaian terhadap target', expected: 'seharusnya {pct}', progress: '{pct} dari target',
    closing: 'Catatan penutup', closingStart: 'Tutup rencana…', closingHint: 'Output dibagikan kepada pemangku kepentingan dalam rapat; pelajaran disimpan untuk rencana berikutnya.',
    closingDate: 'Tanggal', outputsShared: 'Output yang dibagikan', lessons: 'Pelajaran untuk rencana berikutnya', reopen: 'Buka kembali rencana',
    removeMidterm: 'Hapus evaluasi tengah',
  },
  gantt: {
    heading: 'Jadwal semua rencana', today: 'Hari ini', label: 'Jadwal rencana kegiatan: {count} rencana', none: 'Belum ada rencana yang berjadwal.',
    milestone: 'Tonggak: {title} ({date})',
  },
  annual: {
    heading: 'Rencana kegiatan dan anggaran tahunan', year: 'Tahun', intro: 'Rencana masuk ke tahun mulainya. Disahkan dalam rapat umum anggota; pengesahan dicatat sebagai keputusan rapat itu.',
    undated: '{count} rencana belum berjadwal dan belum masuk tahun mana pun.', none: 'Belum ada rencana yang dimulai pada tahun {year}.',
    plan: 'Kegiatan', total: 'Jumlah', authorisedIn: 'Disahkan dalam {meeting}.', changed: 'Sesudah pengesahan, rencana atau anggarannya berubah: sahkan lagi bila perlu.',
    notAuthorised: 'Belum disahkan.', meeting: 'Rapat umum anggota', authorise: 'Sahkan dalam rapat', authorised: 'Rencana tahun {year} disahkan dalam {meeting}.',
    noGeneralMeeting: 'Belum ada rapat umum anggota. Buat rapat berjenis rapat umum di menu Rapat.',
  },
  docs: {
    actionPlan: 'Rencana kegiatan (Word)', pdm: 'PDM (Word)', annualPlan: 'Rencana tahunan (Word)', monitoring: 'Laporan monitoring (Word)',
    excel: 'Rencana, anggaran & indikator (Excel)', excelYear: 'Excel tahun {year}', rendering: 'Menyusun dokumen…',
    reportsIntro: 'Laporan monitoring: kemajuan tiap rencana, indikator terhadap target, masalah dan perbaikan, anggota dan peta klaster dibandingkan dengan potret peta.',
    snapshot: 'Bandingkan peta dengan potret', noSnapshot: 'Belum ada potret peta; laporan tetap dibuat tanpa perbandingan.', saved: '{name} disimpan.',
  },
  home: { heading: 'Rencana kegiatan', open: 'Lihat semua rencana' },
  errors: {
    action_plan_not_found: 'Rencana kegiatan itu tidak ditemukan. Mungkin sudah dihapus.',
    shortlist_item_not_found: 'Tema itu tidak ada lagi di lokakaryanya.',
    not_shortlisted: 'Hanya tema di daftar pendek yang dapat menjadi rencana kegiatan.',
    plan_end_before_start: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
    budget_line_not_found: 'Baris anggaran itu tidak ditemukan.',
    indicator_not_found: 'Indikator itu tidak ditemukan.',
    plan_closed: 'Rencana ini sudah ditutup. Buka kembali dulu bila perlu dilanjutkan.',
    plan_stage_order: 'Tahap PDCA berjalan berurutan: Plan, Do, Check, Action, lalu Do lagi.',
    plan_needs_start: 'Isi dulu tanggal mulai (pertanyaan 4) sebelum rencana dijalankan.',
    plan_needs_midterm: 'Catat dulu evaluasi tengah sebelum masuk tahap Action.',
    plan_not_started: 'Evaluasi dicatat setelah rencana dijalankan (tahap Do).',
    annual_plan_needs_general_meeting: 'Rencana tahunan disahkan oleh rapat umum anggota.',
    annual_plan_empty: 'Belum ada rencana kegiatan yang dimulai pada tahun {year}.',
    no_action_plans: 'Belum ada rencana kegiatan untuk dilaporkan.',
  } as Record<string, string>,
};

/** Undo labels of this area's methods ("Diurungkan: ..."). */
export const actionPlanMethodsId: Record<string, string> = {
  'actionPlans.create': 'buat rencana kegiatan', 'actionPlans.update': 'ubah rencana kegiatan', 'actionPlans.delete': 'hapus rencana kegiatan',
  'actionPlans.setStage': 'ubah tahap PDCA', 'actionPlans.saveEvaluation': 'catat evaluasi rencana', 'actionPlans.deleteEvaluation': 'hapus catatan evaluasi',
  'budgetLines.add': 'tambah baris anggaran', 'budgetLines.update': 'ubah baris anggaran', 'budgetLines.delete': 'hapus baris anggaran',
  'indicators.create': 'tambah indikator', 'indicators.update': 'ubah indikator', 'indicators.delete': 'hapus indikator',
  'indicators.setActual': 'catat capaian indikator', 'annualPlans.authorise': 'sahkan rencana tahunan',
};
