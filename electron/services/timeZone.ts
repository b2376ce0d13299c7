import { zonaWaktuProvinsi } from '../../shared/indonesian/zonaWaktu';

/** The meeting's default time zone follows the project's province; WIB when unknown. */
export function zoneOfProvince(province: string): 'WIB' | 'WITA' | 'WIT' {
  return province.trim() ? zonaWaktuProvinsi(province) : 'WIB';
}
