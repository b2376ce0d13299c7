import type { Database } from 'better-sqlite3';
import type { ActionPlan, EvaluationKind, PdcaStage } from '../../../shared/domain/actionPlan';
import type { EvaluationFields } from '../../../shared/domain/evaluation';
import { stageRefusal } from '../../../shared/actionPlans/pdca';
import { toColumns } from '../../db/rows';
import { AppError } from '../../errors';
import type { ProjectTools } from '../../handlers/types';
import { readMeeting } from '../meetings';
import { readPlan } from './planRows';

const refuse = (reason: string, to: string) => new AppError('invalid_state', reason, `The plan cannot move to ${to} now`, { stage: to });

export function setStage(db: Database, id: string, stage: PdcaStage, t: ProjectTools): ActionPlan {
  const p = readPlan(db, id);
  if (p.stage === stage) return p;
  const reason = stageRefusal({ stage: p.stage, closed: p.closedAt !== null, startDate: p.startDate, hasMidterm: p.midterm !== null }, stage);
  if (reason) throw refuse(reason, stage);
  t.rec.update('action_plans', id, { stage, updated_at: t.now });
  return readPlan(db, id);
}

/**
 * The mid-term evaluation is the Check of the cycle, so a plan still in Do moves to Check with
 * it (one undo step). The closing record ends the plan; removing it opens the plan again.
 */
export function saveEvaluation(db: Database, planId: string, kind: EvaluationKind, fields: Partial<EvaluationFields>, t: ProjectTools): ActionPlan {
  const p = readPlan(db, planId);
  if (p.stage === 'plan') throw new AppError('invalid_state', 'plan_not_started', 'A plan is evaluated once it has started (Do)');
  if (fields.meetingId) readMeeting(db, fields.meetingId);
  const existing = kind === 'midterm' ? p.midterm : p.closing;
  const columns = toColumns(fields);
  if (existing) t.rec.update('plan_evaluations', existing.id, columns);
  else t.rec.insert('plan_evaluations', { id: t.newId(), plan_id: planId, kind, ...columns, created_at: t.now });
  if (kind === 'midterm' && p.stage === 'do') t.rec.update('action_plans', planId, { stage: 'check', updated_at: t.now });
  if (kind === 'closing' && !p.closedAt) t.rec.update('action_plans', planId, { closed_at: t.now, updated_at: t.now });
  return readPlan(db, planId);
}

export function deleteEvaluation(db: Database, planId: string, kind: EvaluationKind, t: ProjectTools): ActionPlan {
  const p = readPlan(db, planId);
  const existing = kind === 'midterm' ? p.midterm : p.closing;
  if (existing) t.rec.delete('plan_evaluations', existing.id);
  if (kind === 'closing' && p.closedAt) t.rec.update('action_plans', planId, { closed_at: null, updated_at: t.now });
  return readPlan(db, planId);
}
