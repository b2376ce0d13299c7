// Strings of the regency view across projects (Bahasa Indonesia). priorities.en.ts has the same keys.
export const prioritiesId = {
  title: 'Prioritas klaster (Langkah 1)',
  intro: 'Bandingkan klaster di laptop ini menurut lima kriteria pedoman dan penilaian studi percontohan: peluang tumbuh (paling tinggi 54) dan kemampuan bertindak (paling tinggi 36), sebagai persentase dari 90. Kriteria dibaca dari daftar pemangku kepentingan dan kuesioner ANNEX-1 tiap proyek.',
  rank: 'Peringkat', cluster: 'Klaster', coreFirms: 'Perusahaan inti', workforce: 'Tenaga kerja', sales: 'Penjualan per tahun (Rp)',
  supporting: 'Industri pendukung', market: 'Daya pasar', growth: 'Peluang tumbuh (/54)', capacity: 'Kemampuan bertindak (/36)', percent: 'Persentase',
  salesOf: 'Penjualan per tahun {name}', growthOf: 'Peluang tumbuh {name}', capacityOf: 'Kemampuan bertindak {name}',
  short: { rank: 'No.', coreFirms: 'Usaha inti', workforce: 'Pekerja', sales: 'Penjualan/thn (Rp)', supporting: 'Pendukung', market: 'Pasar', growth: 'Tumbuh /54', capacity: 'Bertindak /36', percent: '%' },
  outOfRange: '{what} diisi 0 sampai {max}. Nilai lama tetap tersimpan.',
  salesInvalid: 'Penjualan per tahun diisi angka rupiah 0 atau lebih. Nilai lama tetap tersimpan.',
  marketOf: '{grade} dari 5', supported: 'Didukung pada tahun pertama', supportedHint: 'Klaster teratas sebanyak ini ditandai dan dicetak.',
  chosen: 'didukung', document: 'Dokumen Word', unreadable: 'Tidak bisa dibaca', loading: 'Membaca proyek…',
  scaleNote: 'Daya pasar memakai nilai Base 3 ANNEX-1 (5 terbaik sampai 1), ketentuan Klaster Workbench sendiri.',
};

export const prioritiesMethodsId: Record<string, string> = { 'assessment.set': 'ubah penilaian prioritas klaster' };
