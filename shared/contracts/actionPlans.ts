import { z } from 'zod';
import { actionPlan, assumptions, budgetLine, budgetLineFields, EVALUATION_KINDS, HORIZONS, IMPROVEMENT_AREAS, PDCA_STAGES, planFields } from '../domain/actionPlan';
import { annualPlan } from '../domain/annualPlan';
import { evaluationFields } from '../domain/evaluation';
import { binaryFile } from '../domain/files';
import { indicator, indicatorFields, measure, period } from '../domain/indicator';
import type { MethodSpec } from './spec';

const projectId = z.string().uuid();
const id = z.string().uuid();
const withId = z.object({ projectId, id });
const inPlan = z.object({ projectId, planId: id });
const deleted = z.object({ deleted: z.literal(true) });
export const planYear = z.number().int().min(2000).max(2100);

/**
 * Action plans (guideline Step 6): the nine questions, the budget, the PDM with its indicators,
 * the PDCA stage with the mid-term and closing records, and the year's plan authorised by the
 * general meeting (Step 4). Every edit is one undo step.
 */
export const actionPlanMethods = {
  /** From a short-listed card or theme of a workshop (its id as the short list gives it), or from scratch. */
  'actionPlans.create': {
    input: z.object({ projectId, title: planFields.shape.title, area: z.enum(IMPROVEMENT_AREAS), horizon: z.enum(HORIZONS).optional(), shortlistItemId: id.optional() }).strict(),
    output: actionPlan,
    undoable: true,
  },
  'actionPlans.list': { input: z.object({ projectId }).strict(), output: z.array(actionPlan) },
  'actionPlans.get': { input: withId.strict(), output: actionPlan },
  /** Supporters are chosen from the registry by id; their names are copied onto the plan. */
  'actionPlans.update': {
    input: withId.extend(planFields.partial().shape)
      .extend({ supporterIds: z.array(id).max(50).optional(), assumptions: assumptions.partial().optional() }).strict(),
    output: actionPlan,
    undoable: true,
  },
  /** The plan with its budget, indicators and records, as one undo step. */
  'actionPlans.delete': { input: withId.strict(), output: deleted, undoable: true },
  /** One step along Plan -> Do -> Check -> Action -> Do. */
  'actionPlans.setStage': { input: withId.extend({ stage: z.enum(PDCA_STAGES) }).strict(), output: actionPlan, undoable: true },
  /** Writes the mid-term evaluation (a plan in Do moves to Check) or the closing record (the plan ends). */
  'actionPlans.saveEvaluation': {
    input: inPlan.extend({ kind: z.enum(EVALUATION_KINDS) }).extend(evaluationFields.partial().shape).strict(),
    output: actionPlan,
    undoable: true,
  },
  'actionPlans.deleteEvaluation': { input: inPlan.extend({ kind: z.enum(EVALUATION_KINDS) }).strict(), output: actionPlan, undoable: true },
  /** Plans, budget lines and indicators (with actuals per period) for Excel; one year or all. */
  'actionPlans.exportXlsx': { input: z.object({ projectId, year: planYear.optional() }).strict(), output: binaryFile },

  'budgetLines.add': { input: inPlan.extend(budgetLineFields.shape).strict(), output: budgetLine, undoable: true },
  'budgetLines.update': { input: withId.extend(budgetLineFields.partial().shape).strict(), output: budgetLine, undoable: true },
  'budgetLines.delete': { input: withId.strict(), output: deleted, undoable: true },

  'indicators.create': {
    input: inPlan.extend(indicatorFields.partial().shape).extend({ level: indicatorFields.shape.level, description: indicatorFields.shape.description }).strict(),
    output: indicator,
    undoable: true,
  },
  'indicators.list': { input: inPlan.strict(), output: z.array(indicator) },
  'indicators.update': { input: withId.extend(indicatorFields.partial().shape).strict(), output: indicator, undoable: true },
  /** With its actual values. */
  'indicators.delete': { input: withId.strict(), output: deleted, undoable: true },
  /** The actual value of a period (replacing one recorded before); null removes it. */
  'indicators.setActual': {
    input: withId.extend({ period, value: measure.nullable(), note: z.string().trim().max(500).optional() }).strict(),
    output: indicator,
    undoable: true,
  },

  /** The year's plans (by start date) and their budget, summed; the current year when none is given. */
  'annualPlans.get': { input: z.object({ projectId, year: planYear.optional() }).strict(), output: annualPlan },
  /** Authorised by the general meeting; recorded as a decision of that meeting. */
  'annualPlans.authorise': { input: z.object({ projectId, year: planYear, meetingId: id }).strict(), output: annualPlan, undoable: true },
} as const satisfies Record<string, MethodSpec>;
