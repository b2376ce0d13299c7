// Strings of the initiation plan (Bahasa Indonesia). initiation.en.ts has the same keys.
export const initiationId = {
  nav: 'Rencana inisiasi', title: 'Rencana inisiasi klaster',
  intro: 'Langkah-langkah memulai klaster menurut pedoman: kapan, apa output yang dituju, rapat yang terkait, dan anggarannya. Rapat yang dibuat di bagian Rapat muncul di bawah langkahnya.',
  empty: 'Belum ada kegiatan inisiasi.', prefill: 'Isi dengan langkah pedoman',
  newTitle: 'Kegiatan baru', newPlaceholder: 'mis. Studi banding ke klaster lain', add: 'Tambah kegiatan',
  document: 'Dokumen Word', total: 'Anggaran inisiasi: {total}',
  activityN: 'Kegiatan {n}: {title}', titleN: 'Nama kegiatan {n}', moveUpN: 'Naikkan kegiatan {n}', moveDownN: 'Turunkan kegiatan {n}', deleteN: 'Hapus kegiatan {n}',
  start: 'Mulai', end: 'Selesai', startN: 'Tanggal mulai kegiatan {n}', endN: 'Tanggal selesai kegiatan {n}',
  meetingKind: 'Rapat terkait', meetingKindN: 'Rapat terkait kegiatan {n}', noMeeting: '(tanpa rapat)',
  budget: 'Anggaran (Rp)', budgetN: 'Anggaran kegiatan {n}', fundingLabel: 'Sumber dana', fundingN: 'Sumber dana kegiatan {n}',
  output: 'Target output', outputN: 'Target output kegiatan {n}', noMeetingYet: '{kind} belum dibuat di bagian Rapat.',
  funding: { apbd: 'APBD', apbn: 'APBN', members: 'Iuran anggota', sponsor: 'Sponsor/CSR', other: 'Lainnya' },
};

export const initiationMethodsId: Record<string, string> = {
  'initiation.prefill': 'isi rencana inisiasi dari pedoman', 'initiation.add': 'tambah kegiatan inisiasi',
  'initiation.update': 'ubah kegiatan inisiasi', 'initiation.move': 'pindahkan kegiatan inisiasi', 'initiation.delete': 'hapus kegiatan inisiasi',
};

export const initiationErrorsId: Record<string, string> = {
  initiation_activity_not_found: 'Kegiatan inisiasi tidak ditemukan. Mungkin sudah dihapus.',
  initiation_end_before_start: 'Tanggal selesai sebelum tanggal mulai. Tidak ada yang diubah.',
  initiation_not_empty: 'Rencana inisiasi sudah berisi kegiatan; langkah pedoman hanya mengisi rencana yang kosong.',
};
