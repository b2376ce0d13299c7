import { headTitleOf, type RegencyKind } from './regions';
import type { OfficialRole, SigningSettings } from './signing';

export type SigningTitles = Record<OfficialRole, string>;

/** "Kabupaten Rembang" -> "Rembang"; "Kota Administrasi Jakarta Pusat" -> "Jakarta Pusat". */
export const shortRegencyName = (regency: string) =>
  regency.replace(/^(kabupaten|kab\.|kota|kotamadya)\s+(administrasi\s+)?/i, '').trim();

/**
 * The titles printed under the officials' names when the facilitator left theirs empty:
 * "Kepala Dinas Perindustrian dan Perdagangan Kabupaten Cirebon", "Bupati Cirebon" (Walikota for
 * a kota), "Kepala Badan Perencanaan Pembangunan Daerah Kabupaten Cirebon".
 */
export function signingTitles(s: Pick<SigningSettings, 'regencyKind' | 'officials'>, project: { regency: string; facilitatorOffice: string }): SigningTitles {
  const kind: RegencyKind = s.regencyKind || (/^kota\b/i.test(project.regency.trim()) ? 'kota' : 'kabupaten');
  const name = shortRegencyName(project.regency);
  const area = name ? ` ${kind === 'kota' ? 'Kota' : 'Kabupaten'} ${name}` : '';
  const office = project.facilitatorOffice.trim();
  const derived: SigningTitles = {
    kepalaDinas: office ? (/^kepala\b/i.test(office) ? office : `Kepala ${office}`) : `Kepala Dinas ..............................${area}`,
    regionalHead: `${headTitleOf(kind)}${name ? ` ${name}` : ''}`,
    kepalaBappeda: `Kepala Badan Perencanaan Pembangunan Daerah${area}`,
  };
  return {
    kepalaDinas: s.officials.kepalaDinas.title || derived.kepalaDinas,
    regionalHead: s.officials.regionalHead.title || derived.regionalHead,
    kepalaBappeda: s.officials.kepalaBappeda.title || derived.kepalaBappeda,
  };
}
