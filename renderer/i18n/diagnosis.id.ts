// Strings of the diagnosis screens (Bahasa Indonesia). diagnosis.en.ts has the same keys. The
// ANNEX-1 statements themselves are data in shared/diagnosis/annex1.ts, verbatim from the guideline.
import { SCALE_NOTE } from '../../shared/diagnosis/scale';

export const diagnosisId = {
  title: 'Diagnosis klaster',
  intro: 'Kuesioner ANNEX-1 (Step 2) menggambarkan garis besar kondisi klaster: untuk setiap Base pilih satu dari lima pernyataan (terbaik di atas). Setiap putaran disimpan, sehingga profilnya dapat dibandingkan dari waktu ke waktu.',
  tabsLabel: 'Bagian diagnosis',
  tabs: { rounds: 'Putaran kuesioner', profile: 'Profil', outline: 'Gambaran klaster' },
  outline: {
    title: 'Gambaran klaster',
    intro: 'Dokumen profil klaster mengambil produk, wilayah, usaha inti per desa, tenaga kerja, pelaku kunci dan ukuran jaringan dari data proyek. Di sini dilengkapi sejarah klaster dan perkiraan penjualan per tahun.',
    history: 'Sejarah klaster', historyPlaceholder: 'mis. Sentra batik tulis sejak abad ke-19; berkembang lewat pedagang Tionghoa…',
    sales: 'Perkiraan penjualan per tahun (Rp)', document: 'Dokumen profil klaster',
  },
  purposes: 'Tujuan kuesioner',
  newRound: 'Putaran baru…',
  empty: 'Belum ada putaran kuesioner. Buat putaran, lalu jawab delapan Base bersama responden atau dalam rapat klaster.',
  back: 'Semua putaran',
  openOf: 'Buka putaran {title}',
  answeredOf: '{answered} dari 8 Base dijawab',
  totalOf: 'jumlah {total} dari {max}*',
  noDate: 'belum bertanggal',
  base: 'Base {n}',
  gradeOf: 'nilai {grade}*',
  fields: {
    title: 'Judul putaran', respondent: 'Responden', meeting: 'Rapat', noMeeting: 'Tanpa rapat', date: 'Tanggal',
    note: 'Catatan putaran', baseNote: 'Catatan Base {n}',
  },
  newDialog: {
    title: 'Putaran kuesioner baru', create: 'Buat putaran', created: 'Putaran "{title}" dibuat.', defaultTitle: 'Putaran {n}',
    hint: 'Isi responden, atau pilih rapat bila kuesioner dijawab bersama dalam rapat klaster.',
  },
  suggestion: {
    text: 'Saran dari daftar pemangku kepentingan: {count} perusahaan inti tercatat, sesuai pernyataan ke-{choice}.',
    accept: 'Terima saran', chosen: 'Pilihan sudah sesuai saran.',
  },
  scaleNote: `* ${SCALE_NOTE.id}`,
  chart: {
    title: 'Profil delapan Base', label: 'Grafik nilai setiap Base per putaran', rounds: 'Putaran yang dibandingkan',
    none: 'Belum ada putaran untuk digambar. Buat dan jawab satu putaran dulu.', pick: 'Pilih paling sedikit satu putaran.',
    unanswered: 'belum dijawab', grade: 'Nilai*', table: 'Tabel profil',
  },
  shortBase: {
    geography: 'Batasan geografis', coreFirms: 'Perusahaan inti', market: 'Industri/pasar', materials: 'Bahan/material',
    resources: 'Sumber daya', research: 'Litbang', support: 'Lembaga pendukung', leadingCompany: 'Perusahaan pemimpin',
  },
  docs: { annex1: 'Kuesioner ANNEX-1 (Word)', rendering: 'Menyusun dokumen…' },
  deleteRound: 'Hapus putaran…', deleteTitle: 'Hapus putaran ini?',
  deleteBody: 'Putaran "{title}" beserta jawabannya dihapus. Urungkan (Ctrl+Z) mengembalikannya.',
  deleted: 'Putaran "{title}" dihapus.',
  sitting: {
    open: 'Jawab di ponsel peserta…', newTitle: 'Kuesioner di ponsel peserta', next: 'Lanjut',
    newHint: 'Setiap peserta menjawab dari ponselnya sendiri; jawabannya menjadi satu putaran per orang dalam sesi ini. Pilih rapatnya agar peserta dapat memilih namanya dari daftar rapat.',
    defaultTitle: 'Kuesioner ANNEX-1 bersama peserta',
    respondents: '{count} responden, {complete} menjawab lengkap', spread: 'Sebaran jawaban', spreadOf: 'Sebaran jawaban {title}',
    spreadTitle: 'Sebaran jawaban: {title}', continue: 'Lanjutkan di ponsel', each: 'Jawaban per responden ({count})',
    tableLabel: 'Jumlah responden yang memilih setiap pernyataan, per Base', statement: 'Pernyataan {n}', answered: 'Menjawab',
    legend: 'Setiap angka adalah jumlah responden yang memilih pernyataan itu (1 = pernyataan pertama, terbaik). Sel berbingkai adalah median yang dipakai di profil; bila suara terbagi rata, dipakai pernyataan yang lebih hati-hati. Arahkan penunjuk ke sel untuk membaca pernyataannya.',
    live: 'sedang dijawab di ponsel',
    statements: 'Pernyataan yang dipilih (1 = terbaik)',
    median: 'median {n} responden',
  },
  errors: {
    questionnaire_round_not_found: 'Putaran kuesioner tidak ditemukan. Mungkin sudah dihapus.',
  } as Record<string, string>,
};

export const diagnosisMethodsId: Record<string, string> = {
  'questionnaires.create': 'buat putaran kuesioner', 'questionnaires.update': 'ubah putaran kuesioner',
  'questionnaires.answer': 'jawab kuesioner', 'questionnaires.delete': 'hapus putaran kuesioner',
};
