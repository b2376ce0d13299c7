import type { Stakeholder } from '../../../shared/domain/stakeholder';

/**
 * The manufacturers' directory fields as spreadsheet columns, named in Indonesian like the others.
 * Only the CSV and XLSX carry them; graph tools get the map's own attributes (mapModel.ts).
 */
export function firmRecord(s: Stakeholder) {
  return {
    sektor: s.sector,
    koperasi: s.cooperativeName,
    volume_penjualan: s.salesVolume,
    tenaga_kerja: s.employees,
    tahun_berdiri: s.yearFounded,
    spesifikasi_produk: s.productSpec,
    potensial: s.potential,
  };
}

export const FIRM_COLUMNS: (keyof ReturnType<typeof firmRecord>)[] = [
  'sektor', 'koperasi', 'volume_penjualan', 'tenaga_kerja', 'tahun_berdiri', 'spesifikasi_produk', 'potensial',
];
