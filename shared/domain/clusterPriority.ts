import { z } from 'zod';

/**
 * Step 1 at the regency: which clusters to support first. The guideline compares candidate
 * clusters on five criteria (concentration of core firms, workforce, total sales, supporting
 * industries, marketability); the pilot study scored them on growth opportunity (Porter's four
 * determinants, at most 54 points) and action-taking capacity (the workshops, at most 36), ranked
 * by their share of 90.
 */
export const MAX_GROWTH = 54;
export const MAX_CAPACITY = 36;
export const MAX_PRIORITY = MAX_GROWTH + MAX_CAPACITY;

export const assessmentFields = z.object({
  /** Total sales of the cluster's firms per year, whole rupiah, as the facilitator estimates it. */
  annualSales: z.number().int().min(0).max(1e15).nullable(),
  growthScore: z.number().int().min(0).max(MAX_GROWTH).nullable(),
  capacityScore: z.number().int().min(0).max(MAX_CAPACITY).nullable(),
  note: z.string().trim().max(1000),
  /** How the cluster came to be, for the cluster profile. */
  history: z.string().trim().max(5000),
});
export type AssessmentFields = z.infer<typeof assessmentFields>;

export const priorityRow = z.object({
  projectId: z.string().uuid(),
  name: z.string(),
  product: z.string(),
  regency: z.string(),
  /** Stakeholders of kind core firm in the registry. */
  coreFirms: z.number().int(),
  /** Workers of the core firms whose number is known; null when none is. */
  workforce: z.number().int().nullable(),
  annualSales: z.number().int().nullable(),
  /** Suppliers, subcontractors, related industries and cooperatives in the registry. */
  supportingIndustries: z.number().int(),
  /** The grade (5 best to 1) of ANNEX-1 Base 3 (market) in the latest complete round; null without one. */
  marketability: z.number().int().nullable(),
  growthScore: z.number().int().nullable(),
  capacityScore: z.number().int().nullable(),
  /** Share of 90 points, once both scores are in. */
  percent: z.number().nullable(),
  rank: z.number().int().nullable(),
  /** Why a project file could not be read (newer version, damaged): listed, not compared. */
  unreadable: z.string().nullable(),
});
export type PriorityRow = z.infer<typeof priorityRow>;

/** Rank by share of the 90 points; projects not yet scored come last, unranked. Equal shares share a rank. */
export function rankPriorities<T extends { percent: number | null; name: string }>(rows: readonly T[]): (T & { rank: number | null })[] {
  const scored = rows.filter((r) => r.percent !== null).sort((a, b) => b.percent! - a.percent! || a.name.localeCompare(b.name, 'id'));
  const ranked = scored.map((r) => ({ ...r, rank: 1 + scored.filter((o) => o.percent! > r.percent!).length }));
  return [...ranked, ...rows.filter((r) => r.percent === null).map((r) => ({ ...r, rank: null }))];
}
