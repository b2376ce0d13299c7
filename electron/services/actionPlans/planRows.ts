import type { Database } from 'better-sqlite3';
import {
  assumptions as assumptionsSchema, type ActionPlan, type Assumptions, type BudgetLine, type EvaluationKind, type Milestone, type Supporter,
} from '../../../shared/domain/actionPlan';
import type { Evaluation } from '../../../shared/domain/evaluation';
import { grandTotal, totalsBySource } from '../../../shared/actionPlans/budget';
import { periodOf, readIndicator as reading } from '../../../shared/actionPlans/progress';
import { fromRow } from '../../db/rows';
import { notFound } from '../../errors';
import { listIndicators } from './indicatorRows';

type Row = Record<string, unknown>;
const EMPTY_ASSUMPTIONS: Assumptions = { goal: '', purpose: '', outputs: '', activities: '', inputs: '', preconditions: '' };

export function listBudgetLines(db: Database, planId: string): BudgetLine[] {
  return (db.prepare('SELECT * FROM plan_budget_lines WHERE plan_id = ? ORDER BY position, id').all(planId) as Row[]).map((r) => fromRow<BudgetLine>(r));
}

function readEvaluation(db: Database, planId: string, kind: EvaluationKind, schedule: { startDate: string; endDate: string }, indicators: ActionPlan['indicators']): Evaluation | null {
  const row = db.prepare(`SELECT e.*, m.title AS meeting_title, m.date AS meeting_date FROM plan_evaluations e
    LEFT JOIN meetings m ON m.id = e.meeting_id WHERE e.plan_id = ? AND e.kind = ?`).get(planId, kind) as Row | undefined;
  if (!row) return null;
  const { meetingTitle, meetingDate, ...e } = fromRow<Evaluation & { meetingTitle: string | null; meetingDate: string | null }>(row);
  // A meeting deleted since reads as none; undoing that deletion links it again.
  const meetingId = meetingTitle === null ? null : e.meetingId;
  const upTo = e.date ? periodOf(e.date) : undefined;
  return { ...e, meetingId, meetingTitle, meetingDate: meetingTitle === null ? null : meetingDate, readings: indicators.map((i) => reading(i, schedule, upTo)) };
}

function toPlan(db: Database, r: Row): ActionPlan {
  const id = String(r.id);
  const f = fromRow<Row>(r, [], ['milestones', 'supporters', 'assumptions', 'supportServices']);
  const schedule = { startDate: String(f.startDate), endDate: String(f.endDate) };
  const budgetLines = listBudgetLines(db, id);
  const totals = totalsBySource(budgetLines);
  const indicators = listIndicators(db, id);
  const source = r.source_workshop_id && r.source_target_id
    ? { workshopId: String(r.source_workshop_id), targetId: String(r.source_target_id), label: String(r.source_label), theme: String(r.source_theme) }
    : null;
  return {
    id, title: String(f.title), area: f.area as ActionPlan['area'], horizon: f.horizon as ActionPlan['horizon'],
    goal: String(f.goal), purpose: String(f.purpose), why: String(f.why), outputs: String(f.outputs), activities: String(f.activities),
    inputs: String(f.inputs), preconditions: String(f.preconditions), ...schedule,
    milestones: f.milestones as Milestone[], implementingBody: String(f.implementingBody),
    responsibleName: String(f.responsibleName), responsibleRole: String(f.responsibleRole),
    responsibleStakeholderId: (f.responsibleStakeholderId as string | null) ?? null,
    externalSupport: r.external_support === null ? null : r.external_support === 1, externalSupportNote: String(f.externalSupportNote),
    supportServices: f.supportServices as ActionPlan['supportServices'],
    supporters: f.supporters as Supporter[], governmentRules: String(f.governmentRules), monitoring: String(f.monitoring),
    assumptions: { ...EMPTY_ASSUMPTIONS, ...assumptionsSchema.partial().parse(f.assumptions) },
    stage: f.stage as ActionPlan['stage'], closedAt: (f.closedAt as string | null) ?? null, source,
    budgetLines, totals, budgetTotal: grandTotal(totals), indicators,
    readings: indicators.map((i) => reading(i, schedule)),
    midterm: readEvaluation(db, id, 'midterm', schedule, indicators),
    closing: readEvaluation(db, id, 'closing', schedule, indicators),
    createdAt: String(f.createdAt), updatedAt: String(f.updatedAt),
  };
}

export function readPlan(db: Database, id: string): ActionPlan {
  const row = db.prepare('SELECT * FROM action_plans WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw notFound('action_plan', id);
  return toPlan(db, row);
}

export function listPlans(db: Database): ActionPlan[] {
  return (db.prepare('SELECT * FROM action_plans ORDER BY created_at, id').all() as Row[]).map((r) => toPlan(db, r));
}
