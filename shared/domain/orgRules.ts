import { z } from 'zod';

/** Board positions named in the guideline (FGD-1, agenda 3) and used by FGD-2 and the articles. */
export const STANDARD_POSITIONS = ['ketua', 'wakil_ketua', 'sekretaris', 'bendahara', 'audit', 'protokol', 'anggota'] as const;

export const rulePosition = z.object({
  /** A standard key, or 'custom' with its own title. */
  key: z.union([z.enum(STANDARD_POSITIONS), z.literal('custom')]),
  title: z.string().trim().min(1).max(120),
  count: z.number().int().min(1).max(50),
  duties: z.string().trim().max(4000),
});
export type RulePosition = z.infer<typeof rulePosition>;

/**
 * The draft rules of the cluster organisation as recorded in FGD-1: data, not prose, so that
 * FGD-2 takes its positions from here and the articles of association are generated from it.
 */
export const orgRulesFields = z.object({
  positions: z.array(rulePosition).max(30),
  termYears: z.number().int().min(1).max(10).nullable(),
  allowances: z.string().trim().max(4000),
  membershipEligibility: z.string().trim().max(4000),
  notes: z.string().trim().max(4000),
});
export type OrgRulesFields = z.infer<typeof orgRulesFields>;
export const orgRules = orgRulesFields.extend({
  meetingId: z.string().uuid(),
  /** Total board members: the sum of the position counts. */
  boardSize: z.number().int(),
  updatedAt: z.string(),
});
export type OrgRules = z.infer<typeof orgRules>;

/**
 * The seed's list, in its order and words (ANNEX-2 step 5): ketua, wakil ketua, kepala
 * administrasi, audit, akuntan, protokol. The keys stay the stored ones: the head of
 * administration is the 'sekretaris' seat (documents sign with it), the accountant 'bendahara'.
 */
export const DEFAULT_POSITIONS: RulePosition[] = [
  { key: 'ketua', title: 'Ketua', count: 1, duties: 'Memimpin organisasi klaster dan mewakilinya ke luar.' },
  { key: 'wakil_ketua', title: 'Wakil Ketua', count: 1, duties: 'Membantu ketua dan mewakilinya bila berhalangan.' },
  { key: 'sekretaris', title: 'Kepala Administrasi', count: 1, duties: 'Mengurus surat-menyurat, notulen dan daftar anggota.' },
  { key: 'audit', title: 'Audit', count: 1, duties: 'Memeriksa keuangan dan pelaksanaan program.' },
  { key: 'bendahara', title: 'Akuntan', count: 1, duties: 'Mengelola keuangan dan pembukuan organisasi.' },
  { key: 'protokol', title: 'Protokol', count: 1, duties: 'Mengatur acara dan hubungan dengan pihak luar.' },
];
