// Strings of the organisation screens (Bahasa Indonesia). organisation.en.ts has the same keys.
export const organisationId = {
  title: 'Organisasi klaster',
  tab: 'Pemilihan pengurus',
  name: 'Nama organisasi', nameRequired: 'Nama organisasi wajib diisi.',
  seat: 'Kedudukan (alamat sekretariat)', seatHint: 'mis. Desa Tegalwangi, Kecamatan Weru',
  quorum: {
    title: 'Kuorum',
    line: 'Hadir {present} dari {members} anggota · kuorum ({rule}) {required}',
    met: 'TERPENUHI', notMet: 'BELUM TERPENUHI', rule: 'Aturan kuorum',
    rules: { more_than_half: 'lebih dari separuh', at_least_two_thirds: 'paling sedikit dua pertiga' } as Record<string, string>,
    ruleOptions: { more_than_half: 'Lebih dari separuh anggota', at_least_two_thirds: 'Paling sedikit dua pertiga anggota' } as Record<string, string>,
    noMembers: 'Belum ada anggota klaster. Tandai "Anggota organisasi klaster" pada daftar pemangku kepentingan.',
    notMetHint: 'Kuorum belum terpenuhi: suara belum dapat dicatat. Tandai yang hadir di tab Kehadiran.',
  },
  setup: {
    hint: 'Jabatan yang dipilih diambil dari draf aturan organisasi FGD-1, dengan jumlah dan urutannya (Ketua lebih dulu).',
    button: 'Siapkan pemilihan dari aturan FGD-1',
  },
  position: {
    heading: '{n}. {title}', seats: '{count} kursi', seatsLabel: 'Kursi', method: 'Cara', ballot: 'Suara',
    methods: { consensus: 'Musyawarah mufakat', vote: 'Pemungutan suara' } as Record<string, string>,
    ballots: { secret: 'Tertutup', open: 'Terbuka' } as Record<string, string>,
    settingsLocked: 'Sudah ada suara: hapus putaran terakhir dulu untuk mengubah cara pemilihan.',
    waiting: 'Menunggu: {title}', locked: 'Dikunci',
  },
  candidates: {
    title: 'Calon', none: 'Belum ada calon. Pilih dari peserta yang hadir.', listOf: 'Calon {title}',
    add: 'Tambah calon…', addOf: 'Tambah calon {title}', removeOf: 'Hapus calon {name}',
  },
  consensus: {
    legend: 'Disepakati (paling banyak {count})', tooMany: 'Paling banyak {count} orang untuk jabatan ini.',
    note: 'Catatan musyawarah', defaultNote: 'Disepakati secara musyawarah mufakat.', record: 'Catat hasil musyawarah',
  },
  tally: {
    title: 'Penghitungan suara', runoffTitle: 'Pemungutan suara ulang (putaran {n})',
    invalid: 'Tidak sah', blank: 'Kosong/abstain', check: 'Suara masuk {cast} dari {voters} pemilih hadir',
    over: 'lebih {over} dari jumlah pemilih', record: 'Catat hasil penghitungan',
  },
  openVote: { entered: 'tercatat {entered} dari {voters} pemilih' },
  rounds: {
    first: 'Putaran {n}', runoff: 'Putaran {n} (suara ulang)', total: 'Jumlah suara {cast} dari {voters} pemilih hadir',
    deleteLast: 'Hapus putaran terakhir',
  },
  tie: {
    banner: 'SUARA SAMA:', choose: 'Cara menyelesaikan suara sama', runoff: 'Pemungutan suara ulang',
    agree: 'Selesaikan dengan kesepakatan', pick: 'Yang disepakati ({count} orang)', note: 'Bagaimana kesepakatan dicapai',
    noteHint: 'mis. Calon B mengundurkan diri dan mendukung calon A.', record: 'Catat kesepakatan',
  },
  result: {
    elected: 'Terpilih: {names}', confirm: 'Konfirmasi hasil', confirmTitle: 'Konfirmasi hasil {title}?',
    confirmWho: '{names} menjadi {title}.',
    confirmBody: 'Hasil ini akan dikunci dan langkah-langkah sebelumnya tidak dapat lagi diurungkan (Ctrl+Z). Bila kemudian ternyata keliru, hasil dapat dibuka kembali dengan alasan yang dicatat.',
    confirmButton: 'Konfirmasi dan kunci', reopen: 'Buka kembali…', reopenTitle: 'Buka kembali hasil {title}',
    reopenBody: 'Hasil yang dikunci hanya dapat dibuka kembali dengan alasan; alasannya dicatat.',
    reason: 'Alasan', reasonRequired: 'Tuliskan alasannya (paling sedikit {min} huruf).', reopenButton: 'Buka kembali',
    settledBy: 'Diselesaikan dengan kesepakatan: {note}',
    reopenLog: 'Pernah dibuka kembali',
  },
  board: {
    title: 'Susunan pengurus', position: 'Jabatan', name: 'Nama', organisation: 'Usaha', term: 'Masa bakti',
    announce: 'Umumkan organisasi', announceHint: 'Pengumuman dicatat sebagai keputusan rapat ini.',
    announced: 'Organisasi telah diumumkan; pengumuman tercatat dalam keputusan rapat ini (Agenda & notulen).',
  },
  docs: {
    electionRecord: 'Berita acara', electionRecordHint: 'Berita acara pembentukan organisasi dan pemilihan pengurus, dengan hasil suara dan tanda tangan saksi.',
    electionRecordHintGeneral: 'Berita acara pemilihan pengurus dalam rapat ini, dengan hasil suara dan tanda tangan saksi.', electionRecordHintCommittee: 'Berita acara pemilihan ketua dan anggota inti komite, dengan hasil suara dan tanda tangan saksi.',
    boardList: 'Susunan pengurus', boardListHint: 'Daftar pengurus terpilih dengan masa baktinya.',
  },
  elects: {
    label: 'Yang dipilih dalam rapat ini',
    options: { board: 'Pengurus organisasi klaster', committee: 'Ketua dan anggota inti Komite (KPET)' } as Record<string, string>,
    fixedHint: 'Sudah ada calon atau suara: pilihan ini tidak dapat diubah lagi.',
    committeeSetupHint: 'Jabatan yang dipilih: Ketua, Wakil Ketua dan Sekretaris Komite. Hasil yang ditetapkan masuk ke daftar anggota Komite, menggantikan isian untuk jabatan yang sama.',
    committeeSetupButton: 'Siapkan pemilihan ketua dan anggota inti Komite',
    tabGeneral: 'Pemilihan',
    skip: 'Tidak dipilih di rapat ini', skipOf: 'Keluarkan {title} dari pemilihan rapat ini',
    skipHint: 'Pengurus untuk jabatan yang tidak dipilih tetap seperti hasil rapat sebelumnya.',
  },
  committee: {
    title: 'Ketua dan anggota inti Komite terpilih',
    shown: 'Hasil ini sudah masuk ke daftar anggota Komite, dengan catatan "dipilih dalam" rapat ini.',
    open: 'Buka daftar anggota Komite',
  },
};

/** Undo labels of this area's methods ("Diurungkan: ..."). */
export const organisationMethodsId: Record<string, string> = {
  'organisation.update': 'ubah data organisasi', 'organisation.announce': 'umumkan organisasi',
  'election.setup': 'siapkan pemilihan', 'election.setQuorumRule': 'ubah aturan kuorum', 'election.updatePosition': 'ubah cara pemilihan jabatan',
  'election.addCandidate': 'tambah calon', 'election.removeCandidate': 'hapus calon', 'election.consensus': 'catat hasil musyawarah',
  'election.tally': 'catat hasil penghitungan suara', 'election.openVotes': 'catat suara terbuka', 'election.agree': 'catat kesepakatan atas suara sama',
  'election.deleteLastRound': 'hapus putaran suara terakhir',
  'election.setElects': 'ubah yang dipilih dalam rapat',
  'election.removePosition': 'keluarkan jabatan dari pemilihan',
};
