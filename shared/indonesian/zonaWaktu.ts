// Which of Indonesia's three time zones a province uses, for "09.00 WITA" on documents.
// WIB is the default: it covers Sumatra, Java, West/Central Kalimantan, i.e. most provinces.

export type ZonaWaktu = 'WIB' | 'WITA' | 'WIT';

/** Normalised names (and common abbreviations) of the WITA provinces. */
const WITA = [
  'bali', 'nusa tenggara barat', 'ntb', 'nusa tenggara timur', 'ntt',
  'kalimantan selatan', 'kalsel', 'kalimantan timur', 'kaltim', 'kalimantan utara', 'kaltara',
  'gorontalo', 'sulut', 'sulteng', 'sulsel', 'sultra', 'sulbar',
];
/** Names of the WIT provinces other than the Papua / Maluku families matched by prefix. */
const WIT = ['malut', 'pabar', 'pbd', 'irian jaya'];

/** Lower case, without "Provinsi"/"Prov.", punctuation and repeated spaces. */
function normalise(province: string): string {
  return province
    .toLowerCase()
    .replace(/[.,\-_/()]/g, ' ')
    .replace(/\b(provinsi|propinsi|prov)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // Dotted initials "N.T.T." became "n t t": join them back into "ntt".
    .replace(/^(?:[a-z] )+[a-z]$/, (s) => s.replace(/ /g, ''));
}

/**
 * zonaWaktuProvinsi('Prov. Kalimantan Timur') -> 'WITA'. All Sulawesi provinces (and Gorontalo),
 * Bali, NTB, NTT and South/East/North Kalimantan are WITA; Maluku, Maluku Utara and every Papua
 * province are WIT; everything else, including unknown names, is WIB.
 */
export function zonaWaktuProvinsi(province: string): ZonaWaktu {
  const p = normalise(province);
  if (/^(papua|maluku)\b/.test(p) || WIT.includes(p)) return 'WIT';
  if (/^sulawesi\b/.test(p) || WITA.includes(p)) return 'WITA';
  return 'WIB';
}
