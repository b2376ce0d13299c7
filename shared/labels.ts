import type { FORMALITIES, RelationKind } from './domain/relation';
import type { StakeholderKind } from './domain/stakeholder';
import type { BdsService } from './domain/stakeholderProfile';
import type { CARD_COLOURS } from './domain/workshop';

/**
 * The Indonesian words the screens show for stored codes, for files the back end writes
 * (CSV and XLSX for Excel), since a facilitator reads "Perusahaan inti", not `core_firm`.
 * The renderer has its own dictionaries; test/unit/labels.test.ts keeps the two equal.
 */
export const KIND_LABELS_ID: Record<StakeholderKind, string> = {
  core_firm: 'Perusahaan inti', leading_firm: 'Perusahaan pemimpin / pedagang', supplier: 'Pemasok', subcontractor: 'Subkontraktor',
  distributor: 'Distributor', buyer: 'Pembeli', gov_central: 'Pemerintah pusat', gov_provincial: 'Pemerintah provinsi',
  gov_regency: 'Pemerintah kabupaten/kota', association: 'Asosiasi', kadin: 'Kadin', ngo: 'LSM', university: 'Perguruan tinggi',
  bank: 'Bank', consultant: 'Konsultan', rnd_institute: 'Lembaga litbang/uji', training_centre: 'Balai pelatihan',
  committee: 'Komite/forum', facilitator: 'Fasilitator',
  cooperative: 'Koperasi', related_industry: 'Industri terkait', media: 'Media', investor: 'Investor',
};

export const RELATION_KIND_LABELS_ID: Record<RelationKind, string> = {
  upstream: 'Pasokan (hulu)', downstream: 'Penjualan/pemasaran (hilir)', support: 'Dukungan/pelatihan',
  finance: 'Keuangan/modal', information: 'Informasi', coordination: 'Koordinasi/keanggotaan',
};

export const FORMALITY_LABELS_ID: Record<(typeof FORMALITIES)[number], string> = {
  traditional: 'Tradisional (kepercayaan)', formal: 'Formal (perjanjian tertulis)',
};

export const CARD_COLOUR_LABELS_ID: Record<(typeof CARD_COLOURS)[number], string> = {
  yellow: 'Kuning', orange: 'Oranye', pink: 'Merah muda', green: 'Hijau', blue: 'Biru', purple: 'Ungu', white: 'Putih',
};

export const BDS_SERVICE_LABELS_ID: Record<BdsService, string> = {
  training: 'Pelatihan', consultation: 'Konsultasi', marketing: 'Pemasaran', information: 'Informasi', legal: 'Hukum',
  accounting: 'Akuntansi', design: 'Desain', testing: 'Pengujian', certification: 'Sertifikasi',
};

export const YES_ID = 'Ya';
export const NO_ID = 'Tidak';
