import type { Database } from 'better-sqlite3';
import type { BudgetLine, FundSource } from '../../../shared/domain/actionPlan';
import { fromRow, toColumns } from '../../db/rows';
import { notFound } from '../../errors';
import type { ProjectTools } from '../../handlers/types';
import { readPlan } from './planRows';

type Fields = { description: string; source: FundSource; amount: number };

function readLine(db: Database, id: string): BudgetLine {
  const row = db.prepare('SELECT * FROM plan_budget_lines WHERE id = ?').get(id) as Record<string, unknown> | undefined;
  if (!row) throw notFound('budget_line', id);
  return fromRow<BudgetLine>(row);
}

export function addBudgetLine(db: Database, planId: string, fields: Fields, t: ProjectTools): BudgetLine {
  readPlan(db, planId);
  const position = ((db.prepare('SELECT max(position) AS p FROM plan_budget_lines WHERE plan_id = ?').get(planId) as { p: number | null }).p ?? -1) + 1;
  const id = t.newId();
  t.rec.insert('plan_budget_lines', { id, plan_id: planId, position, ...fields });
  return readLine(db, id);
}

export function updateBudgetLine(db: Database, id: string, patch: Partial<Fields>, t: ProjectTools): BudgetLine {
  readLine(db, id);
  t.rec.update('plan_budget_lines', id, toColumns(patch));
  return readLine(db, id);
}

export function deleteBudgetLine(db: Database, id: string, t: ProjectTools): { deleted: true } {
  readLine(db, id);
  t.rec.delete('plan_budget_lines', id);
  return { deleted: true };
}
