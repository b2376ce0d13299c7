import type { Database } from 'better-sqlite3';
import type { Indicator, IndicatorFields } from '../../../shared/domain/indicator';
import { toColumns } from '../../db/rows';
import type { ProjectTools } from '../../handlers/types';
import { readIndicator } from './indicatorRows';
import { readPlan } from './planRows';

export function createIndicator(db: Database, planId: string, fields: Partial<IndicatorFields> & Pick<IndicatorFields, 'level' | 'description'>, t: ProjectTools): Indicator {
  readPlan(db, planId);
  const position = ((db.prepare('SELECT max(position) AS p FROM plan_indicators WHERE plan_id = ?').get(planId) as { p: number | null }).p ?? -1) + 1;
  const id = t.newId();
  t.rec.insert('plan_indicators', {
    id, plan_id: planId, position, level: fields.level, description: fields.description, unit: fields.unit ?? '',
    baseline: fields.baseline ?? null, target: fields.target ?? null, means: fields.means ?? '',
  });
  return readIndicator(db, id);
}

export function updateIndicator(db: Database, id: string, patch: Partial<IndicatorFields>, t: ProjectTools): Indicator {
  readIndicator(db, id);
  t.rec.update('plan_indicators', id, toColumns(patch));
  return readIndicator(db, id);
}

export function deleteIndicator(db: Database, id: string, t: ProjectTools): { deleted: true } {
  readIndicator(db, id);
  for (const a of db.prepare('SELECT id FROM indicator_actuals WHERE indicator_id = ?').all(id) as { id: string }[]) t.rec.delete('indicator_actuals', a.id);
  t.rec.delete('plan_indicators', id);
  return { deleted: true };
}

/** One value per month: a second entry for the same month replaces the first; null removes it. */
export function setActual(db: Database, id: string, period: string, value: number | null, note: string | undefined, t: ProjectTools): Indicator {
  readIndicator(db, id);
  const existing = db.prepare('SELECT id FROM indicator_actuals WHERE indicator_id = ? AND period = ?').get(id, period) as { id: string } | undefined;
  if (value === null) {
    if (existing) t.rec.delete('indicator_actuals', existing.id);
  } else if (existing) {
    t.rec.update('indicator_actuals', existing.id, { value, ...(note !== undefined ? { note } : {}) });
  } else {
    t.rec.insert('indicator_actuals', { id: t.newId(), indicator_id: id, period, value, note: note ?? '' });
  }
  return readIndicator(db, id);
}
