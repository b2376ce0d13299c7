// Strings of the stakeholder map and metrics (Bahasa Indonesia). map.en.ts has the same keys.
export const mapId = {
  relationKinds: {
    upstream: 'Pasokan (hulu)', downstream: 'Penjualan/pemasaran (hilir)', support: 'Dukungan/pelatihan',
    finance: 'Keuangan/modal', information: 'Informasi', coordination: 'Koordinasi/keanggotaan',
  } as Record<string, string>,
  formality: { traditional: 'Tradisional (kepercayaan)', formal: 'Formal (perjanjian tertulis)' } as Record<string, string>,
};
