import { z } from 'zod';
import { REGENCY_KINDS, regencyCode } from './regions';

const text = (max: number) => z.string().trim().max(max);

/** NIP of a civil servant: 18 digits (birth date, appointment, sex, serial). Empty when unknown. */
export const NIP_PATTERN = /^\d{18}$/;
/** Spaces people type to group the digits are dropped before checking. */
export const normaliseNip = (s: string) => s.replace(/\s+/g, '');
export const nip = z.string().transform(normaliseNip).pipe(z.string().regex(NIP_PATTERN, 'NIP has 18 digits').or(z.literal('')));

export const official = z.object({
  name: text(120),
  nip,
  /** Empty: the title is derived (Kepala Dinas ..., Bupati/Walikota ..., Kepala Bappeda ...). */
  title: text(200),
});
export type Official = z.infer<typeof official>;

export const OFFICIAL_ROLES = ['kepalaDinas', 'regionalHead', 'kepalaBappeda'] as const;
export type OfficialRole = (typeof OFFICIAL_ROLES)[number];
export const officials = z.object({ kepalaDinas: official, regionalHead: official, kepalaBappeda: official });
export type Officials = z.infer<typeof officials>;

/** Where and by whom the project's papers are signed, set once per project. */
export const signingSettings = z.object({
  /** Kemendagri code from resources/regions; '' until a regency is picked. */
  regencyCode: regencyCode.or(z.literal('')),
  /** Copied from the list when the regency is picked, so documents need not read the list. */
  regencyKind: z.enum(REGENCY_KINDS).or(z.literal('')),
  /** The town in "Sumber, 25 November 2026"; defaults to the regency's seat. */
  place: text(120),
  officials,
});
export type SigningSettings = z.infer<typeof signingSettings>;

export const emptyOfficial: Official = { name: '', nip: '', title: '' };
export const emptySigning: SigningSettings = {
  regencyCode: '', regencyKind: '', place: '',
  officials: { kepalaDinas: emptyOfficial, regionalHead: emptyOfficial, kepalaBappeda: emptyOfficial },
};

/** Witnesses of an election (berita acara "Saksi-saksi"), kept per meeting. */
export const witnesses = z.array(text(120).min(1)).max(6);
