import { z } from 'zod';
import { IMPROVEMENT_AREAS, PDCA_STAGES, sourceTotals } from './actionPlan';

const id = z.string().uuid();

/** Guideline Step 4: the year's plans and their budget, summed, authorised by the general meeting. */
export const annualPlan = z.object({
  year: z.number().int(),
  /** Years that have plans, and this one: what the year picker offers. */
  years: z.array(z.number().int()),
  plans: z.array(z.object({
    id, title: z.string(), area: z.enum(IMPROVEMENT_AREAS), stage: z.enum(PDCA_STAGES), closed: z.boolean(),
    responsibleName: z.string(), startDate: z.string(), endDate: z.string(),
    totals: sourceTotals, budgetTotal: z.number().int(),
  })),
  totals: sourceTotals,
  total: z.number().int(),
  /** Plans without a start date belong to no year yet. */
  undated: z.number().int(),
  authorisation: z.object({
    meetingId: id, meetingTitle: z.string(), meetingDate: z.string(), authorisedAt: z.string(),
    total: z.number().int(), planCount: z.number().int(),
    /** The plans or their budget changed after the meeting: printed as a draft again. */
    changed: z.boolean(),
  }).nullable(),
});
export type AnnualPlan = z.infer<typeof annualPlan>;
