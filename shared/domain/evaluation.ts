import { z } from 'zod';
import { isoDate } from './project';
import { indicatorReading } from './indicator';

export const EVALUATION_KINDS = ['midterm', 'closing'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];

const id = z.string().uuid();
const text = (max: number) => z.string().trim().max(max);

/**
 * The mid-term evaluation (Check: actual against target, problems, improvement plan, decision)
 * and the closing record (outputs shared with the stakeholders, lessons for future plans).
 */
export const evaluationFields = z.object({
  date: isoDate.or(z.literal('')),
  meetingId: id.nullable(),
  problems: text(4000),
  improvementPlan: text(4000),
  decision: text(4000),
  outputsShared: text(4000),
  lessons: text(4000),
});
export type EvaluationFields = z.infer<typeof evaluationFields>;

export const evaluation = evaluationFields.extend({
  id, planId: id, kind: z.enum(EVALUATION_KINDS),
  /** The meeting as it is now; null when none was named or it has since been deleted. */
  meetingTitle: z.string().nullable(), meetingDate: z.string().nullable(),
  /** Each indicator at the evaluation's month (its date, else the latest actual). */
  readings: z.array(indicatorReading),
  createdAt: z.string(),
});
export type Evaluation = z.infer<typeof evaluation>;
