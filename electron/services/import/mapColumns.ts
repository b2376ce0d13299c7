// Guesses which stakeholder field each column of a sign-in sheet holds. Headers are typed by
// hand in each regency office, so matching ignores case, spaces, punctuation and accents.

import { IMPORT_FIELDS, type ImportFieldName } from '../../../shared/domain/import';

export { IMPORT_FIELDS };
export type ImportField = ImportFieldName;

/** Whole-header synonyms (Indonesian and English), compared after `headerKey`. */
export const HEADER_SYNONYMS: Record<ImportField, string[]> = {
  name: ['Nama', 'Nama Lengkap', 'Nama Peserta', 'Nama Pemilik', 'Nama Pemilik Usaha', 'Nama Responden',
    'Peserta', 'Name', 'Full Name', 'Participant'],
  organisation: ['Instansi', 'Instansi/Lembaga', 'Lembaga', 'Asal Instansi', 'Asal Lembaga', 'Usaha/Kelompok',
    'Nama Usaha', 'Nama Perusahaan', 'Perusahaan', 'Organisasi', 'Unit Kerja', 'Asal', 'Organisation',
    'Organization', 'Institution', 'Company', 'Business Name'],
  kind: ['Jenis', 'Kategori', 'Jenis Pemangku Kepentingan', 'Jenis Stakeholder', 'Kategori Peserta',
    'Unsur', 'Kind', 'Type', 'Category', 'Stakeholder Type'],
  role: ['Jabatan', 'Posisi', 'Peran', 'Jabatan/Posisi', 'Role', 'Position', 'Title'],
  village: ['Desa', 'Kelurahan', 'Desa/Kelurahan', 'Desa/Kel', 'Village'],
  district: ['Kecamatan', 'Kec', 'District', 'Sub-district', 'Subdistrict'],
  coreBusiness: ['Usaha Inti', 'Jenis Usaha', 'Bidang Usaha', 'Produk', 'Produk Utama', 'Komoditas',
    'Core Business', 'Business', 'Product', 'Line of Business'],
  phone: ['No. HP', 'No HP', 'Nomor HP', 'HP', 'Telepon', 'Telp', 'No. Telp', 'No Telp', 'No. Telp/HP',
    'No HP/WA', 'WA', 'WhatsApp', 'Kontak', 'Phone', 'Mobile', 'Phone Number', 'Contact'],
  smallGroup: ['Kelompok', 'Nama Kelompok', 'Kelompok Usaha', 'Kelompok Kecil', 'Group', 'Small Group'],
  groupLeader: ['Ketua Kelompok', 'Ketua', 'Group Leader', 'Leader'],
  clusterMember: ['Anggota Klaster', 'Anggota', 'Anggota Kluster', 'Cluster Member', 'Member'],
  interest: ['Kepentingan', 'Minat', 'Tingkat Kepentingan', 'Interest'],
  influence: ['Pengaruh', 'Tingkat Pengaruh', 'Influence', 'Power'],
  notes: ['Keterangan', 'Ket', 'Catatan', 'Notes', 'Note', 'Remarks', 'Comments'],
  // The manufacturers' directory (seed 001): optional columns a regency's list may carry.
  sector: ['Sektor', 'Sektor Usaha', 'Subsektor', 'Sector'],
  cooperativeName: ['Koperasi', 'Nama Koperasi', 'Anggota Koperasi', 'Cooperative', 'Cooperative Name'],
  salesVolume: ['Volume Penjualan', 'Omzet', 'Omset', 'Omzet per Bulan', 'Omset per Bulan', 'Penjualan', 'Penjualan per Bulan',
    'Sales', 'Sales Volume'],
  employees: ['Tenaga Kerja', 'Jumlah Tenaga Kerja', 'Jumlah TK', 'TK', 'Karyawan', 'Jumlah Karyawan', 'Pekerja', 'Employees',
    'Number of Employees'],
  yearFounded: ['Tahun Berdiri', 'Tahun Mulai Usaha', 'Tahun Mulai', 'Berdiri Sejak', 'Year Founded', 'Year of Establishment', 'Established'],
  productSpec: ['Spesifikasi Produk', 'Spesifikasi', 'Product Specification'],
  potential: ['Potensial', 'Usaha Potensial', 'Potential'],
};

/**
 * Words that hint at a field when no whole-header synonym matched ("No. Telp/WA Aktif").
 * Order matters: "Ketua Kelompok Tani" is a leader flag, not a group, so specific fields come first.
 */
const KEYWORDS: [ImportField, string[]][] = [
  ['phone', ['hp', 'telp', 'telepon', 'tlp', 'wa', 'whatsapp', 'ponsel', 'phone', 'mobile']],
  // Directory words before the general ones: "Omzet Usaha" is sales, "Anggota Koperasi" a cooperative.
  ['salesVolume', ['omzet', 'omset', 'penjualan']],
  ['employees', ['karyawan', 'pekerja', 'tenaga']],
  ['yearFounded', ['berdiri']],
  ['productSpec', ['spesifikasi']],
  ['potential', ['potensial']],
  ['cooperativeName', ['koperasi']],
  ['sector', ['sektor', 'subsektor']],
  ['groupLeader', ['ketua', 'leader']],
  ['clusterMember', ['anggota', 'member']],
  ['coreBusiness', ['produk', 'komoditas', 'komoditi', 'bidang', 'business']],
  ['smallGroup', ['kelompok', 'group']],
  ['organisation', ['instansi', 'lembaga', 'organisasi', 'perusahaan', 'usaha', 'company']],
  ['kind', ['kategori', 'jenis', 'type', 'category']],
  ['role', ['jabatan', 'posisi', 'role']],
  ['village', ['desa', 'kelurahan', 'village']],
  ['district', ['kecamatan', 'district']],
  ['interest', ['kepentingan', 'interest']],
  ['influence', ['pengaruh', 'influence']],
  ['notes', ['keterangan', 'catatan', 'notes']],
  ['name', ['nama', 'name']],
];

/** Used only when no other column claimed the field: "Alamat" is usually just the village. */
const FALLBACKS: [ImportField, string[]][] = [['village', ['Alamat', 'Address']]];

/** Columns that never hold stakeholder data, even when a keyword would match. */
const IGNORED = ['No', 'No.', 'Nomor', 'No Urut', 'Tanda Tangan', 'TTD', 'Paraf', 'Signature'];

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
/** "No. HP" and "no hp" and "NO-HP" all become "nohp". */
export const headerKey = (s: string) => fold(s).replace(/[^a-z0-9]/g, '');
const words = (s: string) => fold(s).split(/[^a-z0-9]+/).filter(Boolean);

const byKey = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) for (const s of HEADER_SYNONYMS[field]) byKey.set(headerKey(s), field);
const ignored = new Set(IGNORED.map(headerKey));

export function guessMapping(headers: string[]): Record<number, ImportField | null> {
  const mapping: Record<number, ImportField | null> = {};
  const taken = new Set<ImportField>();
  const open = new Set<number>();
  const claim = (i: number, field: ImportField | undefined) => {
    if (!field || taken.has(field)) return false;
    mapping[i] = field;
    taken.add(field);
    open.delete(i);
    return true;
  };
  headers.forEach((h, i) => {
    mapping[i] = null;
    if (headerKey(h) !== '' && !ignored.has(headerKey(h))) open.add(i);
  });
  // Passes from most to least certain, each leaving a field to the leftmost column claiming it.
  for (const i of [...open]) claim(i, byKey.get(headerKey(headers[i]!)));
  for (const i of [...open]) {
    const w = words(headers[i]!);
    for (const [field, keys] of KEYWORDS) if (keys.some((k) => w.includes(k)) && claim(i, field)) break;
  }
  for (const i of [...open]) {
    const key = headerKey(headers[i]!);
    for (const [field, syns] of FALLBACKS) if (syns.some((s) => headerKey(s) === key) && claim(i, field)) break;
  }
  return mapping;
}
