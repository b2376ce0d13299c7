import { z } from 'zod';
import { isoDate } from './project';
import { evaluation, EVALUATION_KINDS, type EvaluationKind } from './evaluation';
import { indicator, indicatorReading } from './indicator';
import { BDS_SERVICES } from './stakeholderProfile';

/** The guideline's five improvement areas (Step 6 purpose): bahan baku, produksi, akses pasar, SDM, keuangan. */
export const IMPROVEMENT_AREAS = ['raw_material', 'production', 'market_access', 'human_resources', 'finance'] as const;
export type ImprovementArea = (typeof IMPROVEMENT_AREAS)[number];
/** Where the money comes from: members' contributions, the regional budget, a bank, CSR, others. */
export const FUND_SOURCES = ['members', 'apbd', 'bank', 'csr', 'others'] as const;
export type FundSource = (typeof FUND_SOURCES)[number];
export const PDCA_STAGES = ['plan', 'do', 'check', 'action'] as const;
export type PdcaStage = (typeof PDCA_STAGES)[number];
/** A short-term programme first, within a 3-year medium plan under the vision (guideline note). */
export const HORIZONS = ['short', 'medium'] as const;
export type Horizon = (typeof HORIZONS)[number];
/** Rows of the PDM (project design matrix), top to bottom. */
export const PDM_LEVELS = ['goal', 'purpose', 'outputs', 'activities', 'inputs', 'preconditions'] as const;
export type PdmLevel = (typeof PDM_LEVELS)[number];
export { EVALUATION_KINDS, type EvaluationKind };

const id = z.string().uuid();
const text = (max: number) => z.string().trim().max(max);
/** Whole rupiah; a line stays far below the range the words of terbilang cover. */
export const MAX_AMOUNT = 100_000_000_000;
export const rupiah = z.number().int().min(0).max(MAX_AMOUNT);

export const milestone = z.object({ title: text(300).min(1), date: isoDate.or(z.literal('')) });
export type Milestone = z.infer<typeof milestone>;

/** A supporter as named when chosen; the copy keeps documents readable if the registry changes. */
export const supporter = z.object({ stakeholderId: id.nullable(), name: z.string(), organisation: z.string(), kind: z.string() });
export type Supporter = z.infer<typeof supporter>;

const cell = text(4000);
/** The "important assumptions" column of the PDM, one cell a row. */
export const assumptions = z.object({ goal: cell, purpose: cell, outputs: cell, activities: cell, inputs: cell, preconditions: cell });
export type Assumptions = z.infer<typeof assumptions>;

/** What the facilitator edits on a plan; supporters are set by registry ids (see the contract). */
export const planFields = z.object({
  title: text(300).min(1),
  area: z.enum(IMPROVEMENT_AREAS),
  horizon: z.enum(HORIZONS),
  goal: text(4000),
  purpose: text(4000),
  /** Question 1: why, and what will change or be reached. */
  why: text(4000),
  /** Question 2, and the outputs row of the PDM: one output a line. */
  outputs: text(4000),
  activities: text(4000),
  inputs: text(4000),
  preconditions: text(4000),
  startDate: isoDate.or(z.literal('')),
  endDate: isoDate.or(z.literal('')),
  milestones: z.array(milestone).max(50),
  implementingBody: text(300),
  responsibleName: text(120),
  responsibleRole: text(200),
  responsibleStakeholderId: id.nullable(),
  /** Question 5; null while not answered. */
  externalSupport: z.boolean().nullable(),
  externalSupportNote: text(2000),
  /** Question 5: the kinds of outside support needed, the services BDS providers offer; each once. */
  supportServices: z.array(z.enum(BDS_SERVICES)).max(BDS_SERVICES.length).refine((a) => new Set(a).size === a.length, 'Each service once'),
  /** Question 7. */
  governmentRules: text(4000),
  /** Question 9. */
  monitoring: text(4000),
});
export type PlanFields = z.infer<typeof planFields>;

export const budgetLineFields = z.object({ description: text(300).min(1), source: z.enum(FUND_SOURCES), amount: rupiah });
export const budgetLine = budgetLineFields.extend({ id, planId: id, position: z.number().int() });
export type BudgetLine = z.infer<typeof budgetLine>;

const sum = z.number().int();
export const sourceTotals = z.object({ members: sum, apbd: sum, bank: sum, csr: sum, others: sum });
export type SourceTotals = z.infer<typeof sourceTotals>;

/** Where a plan came from: a short-listed card or theme of a workshop (copied, so it outlives edits there). */
export const planSource = z.object({ workshopId: id, targetId: id, label: z.string(), theme: z.string() });

/** A plan with everything its screens and documents show, read in one go. */
export const actionPlan = planFields.extend({
  id,
  stage: z.enum(PDCA_STAGES),
  /** Set by the closing record: outputs shared, lessons kept. */
  closedAt: z.string().nullable(),
  assumptions,
  supporters: z.array(supporter),
  source: planSource.nullable(),
  budgetLines: z.array(budgetLine),
  totals: sourceTotals,
  budgetTotal: z.number().int(),
  indicators: z.array(indicator),
  /** Each indicator at its latest actual. */
  readings: z.array(indicatorReading),
  midterm: evaluation.nullable(),
  closing: evaluation.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ActionPlan = z.infer<typeof actionPlan>;
