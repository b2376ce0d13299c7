// Strings of presentation mode (Bahasa Indonesia). presentation.en.ts has the same keys.
export const presentationId = {
  button: 'Presentasi',
  buttonTitle: 'Presentasi layar penuh: {what} (F5; Esc untuk keluar)',
  title: 'Presentasi',
  leave: 'Keluar dari presentasi (Esc)',
  what: {
    workshop: 'dinding lokakarya', map: 'peta pemangku kepentingan', vision: 'visi dan misi',
    election: 'hasil pemilihan pengurus', agenda: 'agenda rapat', spread: 'sebaran jawaban kuesioner',
  },
  groupOf: 'Kelompok {n} dari {total}',
  cardsRange: 'kartu {from}–{to} dari {total}',
  vision: {
    heading: 'Visi', missions: 'Misi', adopted: 'Disepakati', draft: 'Rancangan versi {number}', version: 'Versi {number}',
    empty: 'Belum ada rancangan visi dan misi.',
  },
  election: {
    heading: 'Hasil pemilihan pengurus', position: 'Jabatan', elected: 'Terpilih', votes: 'Perolehan suara',
    consensus: 'Musyawarah mufakat', pending: 'Belum diputuskan', tie: 'Suara sama', runOff: 'putaran {n}',
    blank: 'kosong/tidak sah {count}', empty: 'Pemilihan belum disiapkan.',
  },
  agenda: { heading: 'Agenda', empty: 'Belum ada mata acara.' },
  loading: 'Memuat…',
  spread: { legend: 'Angka: jumlah peserta yang memilih pernyataan itu (1 = terbaik). Berbingkai: median.' },
};
