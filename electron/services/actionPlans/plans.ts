import type { Database } from 'better-sqlite3';
import type { ActionPlan, Assumptions, Horizon, ImprovementArea, PlanFields, Supporter } from '../../../shared/domain/actionPlan';
import { toColumns } from '../../db/rows';
import { AppError } from '../../errors';
import type { ProjectTools } from '../../handlers/types';
import { readStakeholder } from '../stakeholderRows';
import { listBudgetLines, readPlan } from './planRows';
import { listIndicators } from './indicatorRows';
import { shortlistedItem } from './source';

export interface NewPlan { title: string; area: ImprovementArea; horizon?: Horizon; shortlistItemId?: string }

export function createPlan(db: Database, input: NewPlan, t: ProjectTools): ActionPlan {
  const source = input.shortlistItemId ? shortlistedItem(db, input.shortlistItemId) : null;
  const id = t.newId();
  t.rec.insert('action_plans', {
    id, title: input.title, area: input.area, horizon: input.horizon ?? 'short',
    source_workshop_id: source?.workshopId ?? null, source_target_id: source?.targetId ?? null,
    source_label: source?.label ?? '', source_theme: source?.theme ?? '',
    created_at: t.now, updated_at: t.now,
  });
  return readPlan(db, id);
}

export type PlanPatch = Partial<PlanFields> & { supporterIds?: string[]; assumptions?: Partial<Assumptions> };

/**
 * Supporters as the registry names them now, each once; one deleted from the registry since
 * keeps the name the plan already had, so editing the list never loses it.
 */
function supportersOf(db: Database, ids: readonly string[], kept: readonly Supporter[]): Supporter[] {
  return [...new Set(ids)].map((sid) => {
    const known = kept.find((k) => k.stakeholderId === sid);
    if (known && !db.prepare('SELECT 1 FROM stakeholders WHERE id = ?').get(sid)) return known;
    const s = readStakeholder(db, sid);
    return { stakeholderId: s.id, name: s.name, organisation: s.organisation, kind: s.kind };
  });
}

export function updatePlan(db: Database, id: string, patch: PlanPatch, t: ProjectTools): ActionPlan {
  const plan = readPlan(db, id);
  const { supporterIds, assumptions, ...fields } = patch;
  const start = fields.startDate ?? plan.startDate;
  const end = fields.endDate ?? plan.endDate;
  if (start && end && end < start) throw new AppError('invalid_input', 'plan_end_before_start', 'The plan cannot end before it starts');
  if (fields.responsibleStakeholderId) readStakeholder(db, fields.responsibleStakeholderId);
  const columns = toColumns({
    ...fields,
    ...(supporterIds ? { supporters: supportersOf(db, supporterIds, plan.supporters) } : {}),
    ...(assumptions ? { assumptions: { ...plan.assumptions, ...assumptions } } : {}),
  }, ['milestones', 'supporters', 'assumptions', 'supportServices']);
  t.rec.update('action_plans', id, { ...columns, updated_at: t.now });
  return readPlan(db, id);
}

/** Children first, through the change log, so one undo restores the plan whole. */
export function deletePlan(db: Database, id: string, t: ProjectTools): { deleted: true } {
  readPlan(db, id);
  for (const ind of listIndicators(db, id)) {
    for (const a of db.prepare('SELECT id FROM indicator_actuals WHERE indicator_id = ?').all(ind.id) as { id: string }[]) t.rec.delete('indicator_actuals', a.id);
    t.rec.delete('plan_indicators', ind.id);
  }
  for (const line of listBudgetLines(db, id)) t.rec.delete('plan_budget_lines', line.id);
  for (const e of db.prepare('SELECT id FROM plan_evaluations WHERE plan_id = ?').all(id) as { id: string }[]) t.rec.delete('plan_evaluations', e.id);
  t.rec.delete('action_plans', id);
  return { deleted: true };
}
