import type { actionPlanMethods } from '../../shared/contracts/actionPlans';
import { annualPlan, authoriseAnnualPlan } from '../services/actionPlans/annual';
import { addBudgetLine, deleteBudgetLine, updateBudgetLine } from '../services/actionPlans/budget';
import { exportPlansXlsx } from '../services/actionPlans/exportXlsx';
import { listIndicators } from '../services/actionPlans/indicatorRows';
import { createIndicator, deleteIndicator, setActual, updateIndicator } from '../services/actionPlans/indicators';
import { deleteEvaluation, saveEvaluation, setStage } from '../services/actionPlans/pdca';
import { listPlans, readPlan } from '../services/actionPlans/planRows';
import { createPlan, deletePlan, updatePlan } from '../services/actionPlans/plans';
import { project, workspace, type HandlerSlice } from './types';

const yearOf = (now: string) => Number(now.slice(0, 4));

export const actionPlanHandlers: HandlerSlice<keyof typeof actionPlanMethods> = {
  'actionPlans.create': project((db, { projectId: _p, ...input }, t) => createPlan(db, input, t)),
  'actionPlans.list': project((db) => listPlans(db)),
  'actionPlans.get': project((db, { id }) => readPlan(db, id)),
  'actionPlans.update': project((db, { projectId: _p, id, ...patch }, t) => updatePlan(db, id, patch, t)),
  'actionPlans.delete': project((db, { id }, t) => deletePlan(db, id, t)),
  'actionPlans.setStage': project((db, { id, stage }, t) => setStage(db, id, stage, t)),
  'actionPlans.saveEvaluation': project((db, { projectId: _p, planId, kind, ...fields }, t) => saveEvaluation(db, planId, kind, fields, t)),
  'actionPlans.deleteEvaluation': project((db, { planId, kind }, t) => deleteEvaluation(db, planId, kind, t)),
  // Writing XLSX is async; the export only reads, so it needs no transaction.
  'actionPlans.exportXlsx': workspace((ctx, { projectId, year }) => exportPlansXlsx(ctx.store.db(projectId), year)),

  'budgetLines.add': project((db, { projectId: _p, planId, ...fields }, t) => addBudgetLine(db, planId, fields, t)),
  'budgetLines.update': project((db, { projectId: _p, id, ...patch }, t) => updateBudgetLine(db, id, patch, t)),
  'budgetLines.delete': project((db, { id }, t) => deleteBudgetLine(db, id, t)),

  'indicators.create': project((db, { projectId: _p, planId, ...fields }, t) => createIndicator(db, planId, fields, t)),
  'indicators.list': project((db, { planId }) => {
    readPlan(db, planId);
    return listIndicators(db, planId);
  }),
  'indicators.update': project((db, { projectId: _p, id, ...patch }, t) => updateIndicator(db, id, patch, t)),
  'indicators.delete': project((db, { id }, t) => deleteIndicator(db, id, t)),
  'indicators.setActual': project((db, { id, period, value, note }, t) => setActual(db, id, period, value, note, t)),

  'annualPlans.get': project((db, { year }, t) => annualPlan(db, year ?? yearOf(t.now), yearOf(t.now))),
  'annualPlans.authorise': project((db, { year, meetingId }, t) => authoriseAnnualPlan(db, year, meetingId, yearOf(t.now), t)),
};
