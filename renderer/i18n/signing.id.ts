// Strings of the signing settings and the election witnesses (Bahasa Indonesia). signing.en.ts has the same keys.
export const signingId = {
  title: 'Tempat dan penandatangan',
  intro: 'Diisi sekali per proyek. Nama dan NIP pejabat mengisi blok "Mengetahui" di setiap dokumen, dan tempat penandatanganan mengisi baris tempat dan tanggal.',
  open: 'Tempat dan penandatangan…',
  regency: {
    label: 'Kabupaten/kota dari daftar resmi',
    search: 'Cari kabupaten/kota',
    placeholder: 'Ketik nama, mis. Cirebon',
    none: 'Belum dipilih. Pilih dari daftar resmi Kemendagri.',
    noMatch: 'Tidak ada yang cocok.',
    more: '{n} lainnya; ketik lebih lengkap.',
    change: 'Ganti',
    cancel: 'Batal',
    province: 'Provinsi {province}',
    seat: 'ibu kota {seat}',
  },
  kinds: { kabupaten: 'Kabupaten', kota: 'Kota' },
  place: 'Tempat penandatanganan',
  placeHint: 'Bawaan: ibu kota ({seat}). Boleh diubah.',
  officials: {
    kepalaDinas: 'Kepala Dinas',
    regionalHead: 'Kepala daerah',
    kepalaBappeda: 'Kepala Bappeda',
    bupati: 'Bupati',
    walikota: 'Walikota',
  },
  name: 'Nama',
  nip: 'NIP',
  nipHint: '18 angka; kosongkan bila tidak ada',
  nipInvalid: 'NIP terdiri atas 18 angka.',
  jobTitle: 'Jabatan',
  jobTitleHint: 'Tercetak: {title}',
  witnesses: {
    title: 'Berita acara: waktu dan saksi',
    hint: 'Dicetak di berita acara pemilihan. Tanpa saksi, berita acara menyisakan dua tempat kosong.',
    startTime: 'Rapat dimulai pukul',
    zone: 'Zona waktu mengikuti provinsi: {zone}',
    witness: 'Saksi {n}',
    add: 'Tambah saksi',
    remove: 'Hapus saksi {n}',
    newName: 'Nama saksi baru',
  },
};

/** Undo labels of this area's methods ("Diurungkan: ..."). */
export const signingMethodsId: Record<string, string> = {
  'signing.set': 'ubah tempat dan penandatangan',
  'signing.setWitnesses': 'ubah saksi pemilihan',
};

export const signingErrorsId = {
  regency_unknown: 'Kabupaten/kota dengan kode {code} tidak ada dalam daftar. Tidak ada yang diubah.',
};
