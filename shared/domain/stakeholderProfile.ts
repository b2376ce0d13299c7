import { z } from 'zod';

// Two groups of fields kept on the stakeholder row but apart in meaning: what a manufacturers'
// directory holds about a firm (seed 001, "Manufacturer's Directory"), and what the guideline's
// list of reachable BDS providers holds about a provider (seed 003, Step 5). The schemas have no
// defaults on purpose: a partial update must leave a missing field alone, never reset it. Rows and
// snapshots saved before these fields existed are completed with firmDefaults/bdsDefaults on read.

const text = (max: number) => z.string().trim().max(max);

/** The directory's fields, plus "potensial": willingness and passion to improve (seed 001). */
export const firmFields = z.object({
  sector: text(120),
  cooperativeName: text(200),
  /** Free text: offices write "± Rp 25 juta/bulan" or "300 kodi/bulan"; the seed names no unit. */
  salesVolume: text(120),
  employees: z.number().int().min(0).max(1_000_000).nullable(),
  yearFounded: z.number().int().min(1800).max(2100).nullable(),
  productSpec: text(2000),
  /** Kept apart from interest and influence: a small firm can be potensial and of little weight. */
  potential: z.boolean(),
});

/** The services the guideline names for BDS providers (definitions; 4.3.1 (2)). */
export const BDS_SERVICES = [
  'training', 'consultation', 'marketing', 'information', 'legal', 'accounting', 'design', 'testing', 'certification',
] as const;
export type BdsService = (typeof BDS_SERVICES)[number];

export const bdsFields = z.object({
  bdsServices: z.array(z.enum(BDS_SERVICES)).max(BDS_SERVICES.length),
  bdsArea: text(200),
  bdsContact: text(200),
  bdsFeeBasis: text(200),
  bdsTrackRecord: text(2000),
  /** "Reachable within one hour" (ANNEX-1 Base 6 asks the same of R&D institutions); null = not known. */
  bdsReachable: z.boolean().nullable(),
});

export type FirmFields = z.infer<typeof firmFields>;
export type BdsFields = z.infer<typeof bdsFields>;

export const firmDefaults: FirmFields = {
  sector: '', cooperativeName: '', salesVolume: '', employees: null, yearFounded: null, productSpec: '', potential: false,
};
export const bdsDefaults: BdsFields = {
  bdsServices: [], bdsArea: '', bdsContact: '', bdsFeeBasis: '', bdsTrackRecord: '', bdsReachable: null,
};
