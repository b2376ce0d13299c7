// Strings of the workshops screens (Bahasa Indonesia). workshops.en.ts has the same keys.
export const workshopsId = {
  title: 'Lokakarya', new: 'Lokakarya baru', empty: 'Belum ada lokakarya. Buat "Lokakarya baru": aturan curah pendapat sudah terisi dan dapat diubah.',
  intro: 'Curah pendapat dengan kartu: aturan di layar, waktu berjalan, kartu diketik saat peserta bicara, dikelompokkan, lalu dipilih dengan titik.',
  create: 'Buat lokakarya', noDate: 'Tanpa tanggal', backToList: 'Semua lokakarya',
  counts: '{cards} kartu · {groups} kelompok · {participants} peserta',
  deleteOf: 'Hapus lokakarya {theme}', deleteTitle: 'Hapus lokakarya ini?',
  deleteBody: 'Lokakarya "{theme}" dengan {cards} kartu dihapus. Urungkan (Ctrl+Z) mengembalikannya.',
  deleted: 'Lokakarya "{theme}" dihapus.',
  tabs: { rules: 'Aturan', cards: 'Kartu', board: 'Kelompokkan', decide: 'Pilih', results: 'Hasil' },
  rulesEdit: 'Ubah aturan (satu aturan per baris)', rulesHint: 'Tersimpan saat kolom ditinggalkan. Bacakan aturan di awal dan biarkan tampil di layar.',
  rulesTooMany: 'Paling banyak 30 aturan.',
  projector: {
    show: 'Tampilkan di proyektor', title: 'Tampilan proyektor', back: 'Kembali',
    missing: 'Lokakarya tidak dapat dibaca (mungkin dihapus). Mencoba lagi…', noCards: 'Belum ada kartu.', noVotes: 'Belum ada titik suara.',
  },
  fields: {
    theme: 'Tema (pertanyaan)', template: 'Bentuk', date: 'Tanggal', place: 'Tempat', facilitator: 'Fasilitator',
    rules: 'Aturan curah pendapat', dotsPerParticipant: 'Titik per peserta', decision: 'Cara memutuskan',
    rankTarget: 'Yang diperingkat', cutLine: 'Batas daftar pendek', privateWriting: 'Menulis diam-diam (kartu disembunyikan sampai dibuka)',
  },
  templates: {
    free: 'Curah pendapat bebas', problems: 'Masalah dan penyebabnya', swot: 'Analisis SWOT',
    longlist: 'Daftar panjang tema kegiatan', vision: 'Kata kunci visi',
  } as Record<string, string>,
  swot: { S: 'Kekuatan', W: 'Kelemahan', O: 'Peluang', T: 'Ancaman' } as Record<string, string>,
  colours: {
    yellow: 'Kuning', orange: 'Oranye', pink: 'Merah muda', green: 'Hijau', blue: 'Biru', purple: 'Ungu', white: 'Putih',
  } as Record<string, string>,
  decisions: { dots: 'Pemungutan suara dengan titik', scores: 'Penilaian kepentingan × kelayakan (1-5)' } as Record<string, string>,
  targets: { card: 'Kartu', group: 'Kelompok/tema' } as Record<string, string>,
  participants: {
    title: 'Peserta', fromRegistry: 'Pilih dari daftar pemangku kepentingan', typed: 'Ketik nama', wall: 'Hitungan dari dinding',
    typedHint: 'Satu nama per baris', picked: '{count} dipilih', pickShown: 'Pilih semua yang tampil ({count})',
  },
  cards: {
    add: 'Tambah kartu', anonymous: 'anonim', ungrouped: 'Tanpa kelompok', hiddenCount: '{count} kartu tersembunyi',
    reveal: 'Buka semua kartu', merge: 'Gabungkan kartu', split: 'Pisahkan per baris', tooLongHint: 'Paling banyak {max} huruf.',
    newCard: 'Kartu baru', author: 'Penulis', colour: 'Warna', text: 'Isi kartu', edit: 'Ubah', editTitle: 'Ubah kartu',
    entryHint: 'Enter: tambah · Shift+Enter: baris baru · Alt+1…9: penulis · Alt+0: anonim',
    count: '{count} kartu', selected: '{count} kartu dipilih', clearSelection: 'Batal pilih', listLabel: 'Kartu',
    deleteOf: 'Hapus kartu {text}', hidden: 'tersembunyi', hiddenCard: '(kartu tertutup)',
    hide: 'Sembunyikan', show: 'Tampilkan', hideOf: 'Sembunyikan kartu {text}', showOf: 'Tampilkan kartu {text}', withheld: 'disembunyikan dari dinding',
  },
  groups: {
    add: 'Tambah kelompok', merge: 'Gabungkan kelompok', deleteBody: 'Kelompok "{name}" dihapus; kartunya kembali ke tumpukan tanpa kelompok.',
    newName: 'Nama kelompok baru', name: 'Nama kelompok', edit: 'Ganti nama dan warna', actionsOf: 'Kelompok {name}',
    mergeInto: 'Gabungkan ke kelompok', editTitle: 'Kelompok "{name}"', mergeTitle: 'Gabungkan "{name}" ke kelompok lain', deleteTitle: 'Hapus kelompok "{name}"?',
  },
  board: {
    moveTo: 'Pindahkan ke…', move: 'Pindahkan',
    hint: 'Seret kartu ke kolom, atau centang kartu (Spasi) lalu pilih "Pindahkan ke…". Kartu yang dicentang ikut terseret bersama.',
  },
  voting: {
    dotsLeft: 'Sisa {left} dari {limit} titik', rank: 'Peringkat', tie: 'seri', shortlist: 'Daftar pendek',
    tiedAtCut: 'Seri di batas: semua dicantumkan, peserta memutuskan', noCutLine: 'Batas daftar pendek belum ditetapkan.',
    importance: 'Kepentingan', feasibility: 'Kelayakan', product: 'Nilai',
    importanceOf: 'Kepentingan {item}', feasibilityOf: 'Kelayakan {item}',
    total: 'Jumlah', dots: 'Titik', dotsCount: '{count} titik', dotsOf: 'Titik {name} untuk {item}', item: 'Tema/kartu',
    ranking: 'Peringkat', applyCut: 'Terapkan batas', clear: 'Hapus semua titik', tiedAtCutShort: 'seri di batas',
    needsDecision: 'Batas {cut}, tetapi {count} tema masuk karena seri di batas: peserta perlu memutuskan.',
    nothingToVote: 'Belum ada yang bisa dipilih. Buat kelompok atau kartu dulu.',
    agreed: 'Nilai kesepakatan', participantsAverage: 'Rata-rata peserta', scoredBy: 'Penilai',
    adoptAverages: 'Pakai rata-rata peserta',
    adoptAveragesHint: 'Nilai kesepakatan setiap tema yang dinilai peserta diganti dengan rata-rata mereka (dibulatkan). Ctrl+Z mengurungkan.',
    averagesAdopted: 'Rata-rata peserta dipakai untuk {count} tema/kartu.',
  },
  timer: {
    label: 'Waktu', minutes: 'Menit', start: 'Mulai', pause: 'Jeda', resume: 'Lanjutkan', extend: '+{minutes} menit', finish: 'Selesai', overtime: 'Waktu habis',
    statuses: { running: 'berjalan', paused: 'dijeda', done: 'selesai' } as Record<string, string>,
  },
  documents: {
    results: 'Hasil lokakarya (Word)', cardsCsv: 'Semua kartu (CSV untuk Excel)', saved: 'Tersimpan: {name}',
    resultsHint: 'Aturan, semua kartu per kelompok, titik suara dan daftar pendek; untuk dibagikan.',
    cardsCsvHint: '{count} kartu dengan kelompok, penulis dan titik, dipisah ";".',
  },
  /** Reasons of refusals from the workshop methods (errors.<reason> in the shared dictionary). */
  errors: {
    workshop_not_found: 'Lokakarya tidak ditemukan. Mungkin sudah dihapus.',
    card_not_found: 'Kartu tidak ditemukan. Mungkin sudah dihapus.',
    card_group_not_found: 'Kelompok kartu tidak ditemukan. Mungkin sudah dihapus.',
    participant_not_found: 'Peserta lokakarya tidak ditemukan.',
    round_not_found: 'Putaran waktu tidak ditemukan.',
    workshop_mismatch: 'Kartu, kelompok atau peserta ini milik lokakarya lain. Tidak ada yang diubah.',
    workshop_dots_exceeded: '{name} hanya punya sisa {left} dari {limit} titik. Tidak ada yang diubah.',
    workshop_dots_in_use: '{name} sudah menempelkan {used} titik; jumlah titik per peserta tidak bisa kurang dari itu.',
    workshop_card_too_long: 'Gabungan kartu akan berisi {length} huruf; satu kartu paling banyak {max} huruf.',
    workshop_card_single_line: 'Kartu ini hanya satu baris; tidak ada yang bisa dipisahkan.',
    workshop_group_fixed: 'Kolom "{name}" pada SWOT selalu ada; boleh diganti nama, tidak boleh dihapus atau digabungkan ke kolom lain.',
    workshop_round_state: 'Waktu putaran ini tidak bisa diubah begitu (status: {status}).',
  } as Record<string, string>,
};

/** Undo labels of this area's methods ("Diurungkan: ..."). */
export const workshopMethodsId: Record<string, string> = {
  'workshops.create': 'buat lokakarya', 'workshops.update': 'ubah lokakarya', 'workshops.delete': 'hapus lokakarya',
  'participants.add': 'tambah peserta lokakarya', 'participants.update': 'ubah peserta lokakarya', 'participants.remove': 'hapus peserta lokakarya',
  'cards.create': 'tambah kartu', 'cards.update': 'ubah kartu', 'cards.delete': 'hapus kartu', 'cards.move': 'pindahkan kartu',
  'cards.merge': 'gabungkan kartu', 'cards.split': 'pisahkan kartu', 'cards.reveal': 'buka kartu tersembunyi',
  'groups.create': 'buat kelompok kartu', 'groups.update': 'ubah kelompok kartu', 'groups.move': 'pindahkan kelompok kartu',
  'groups.merge': 'gabungkan kelompok kartu', 'groups.delete': 'hapus kelompok kartu',
  'votes.set': 'ubah titik suara', 'votes.clear': 'hapus semua titik suara', 'scores.set': 'ubah nilai kepentingan dan kelayakan',
  'scores.adoptAverages': 'pakai rata-rata nilai peserta', 'participantScores.set': 'ubah nilai peserta',
};
