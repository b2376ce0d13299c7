import { z } from 'zod';

export const REGENCY_KINDS = ['kabupaten', 'kota'] as const;
export type RegencyKind = (typeof REGENCY_KINDS)[number];

/** Kemendagri code of a regency or city, e.g. "32.09" (Kabupaten Cirebon). */
export const regencyCode = z.string().regex(/^\d{2}\.\d{2}$/, 'Use the Kemendagri code, e.g. 32.09');

/** One kabupaten or kota of resources/regions/regencies.json (see SOURCE.md there). */
export const regency = z.object({
  code: regencyCode,
  /** Without the prefix: "Cirebon". */
  name: z.string(),
  /** As the regulation writes it: "Kabupaten Cirebon", "Kota Administrasi Jakarta Pusat". */
  fullName: z.string(),
  kind: z.enum(REGENCY_KINDS),
  /** Ibukota: where the regency's papers are signed unless the facilitator says otherwise. */
  seat: z.string(),
  provinceCode: z.string(),
  provinceName: z.string(),
});
export type Regency = z.infer<typeof regency>;

/** A kabupaten is headed by a Bupati, a kota by a Walikota. */
export const headTitleOf = (kind: RegencyKind): 'Bupati' | 'Walikota' => (kind === 'kota' ? 'Walikota' : 'Bupati');

/** "Kabupaten Cirebon" / "Kota Cirebon": the short form used in official titles. */
export const regencyTitle = (r: Pick<Regency, 'kind' | 'name'>) => `${r.kind === 'kota' ? 'Kota' : 'Kabupaten'} ${r.name}`;
