// Firm directory and BDS provider fields of the stakeholder dialog (Bahasa Indonesia). profile.en.ts has the same keys.
export const profileId = {
  firm: 'Profil usaha (direktori)',
  sector: 'Sektor', cooperativeName: 'Koperasi', salesVolume: 'Volume penjualan per bulan', salesHint: 'mis. Rp 25 juta/bulan',
  employees: 'Tenaga kerja (orang)', yearFounded: 'Tahun berdiri', productSpec: 'Spesifikasi produk',
  potential: 'Potensial: mau dan bersemangat untuk maju',
  potentialHint: 'Terpisah dari minat dan pengaruh: usaha kecil pun bisa potensial.',
  bds: 'Penyedia layanan (BDS)',
  services: 'Layanan yang ditawarkan',
  service: {
    training: 'Pelatihan', consultation: 'Konsultasi', marketing: 'Pemasaran', information: 'Informasi', legal: 'Hukum',
    accounting: 'Akuntansi', design: 'Desain', testing: 'Pengujian', certification: 'Sertifikasi',
  } as Record<string, string>,
  area: 'Wilayah layanan', contact: 'Kontak layanan', contactHint: 'Nama petugas, telepon, alamat',
  feeBasis: 'Dasar biaya', feeHint: 'mis. gratis (APBD), tarif per pelatihan',
  trackRecord: 'Pengalaman dan kinerja', reachable: 'Terjangkau dalam 1 jam',
  unknown: 'belum diketahui', yes: 'Ya', no: 'Tidak',
  exportBds: 'Daftar BDS (Word)', exportBdsHint: 'Daftar BDS Provider yang dapat diakses, dari pemangku kepentingan keluarga BDS.',
};
