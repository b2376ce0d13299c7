import type { Database } from 'better-sqlite3';
import type { Actual, Indicator } from '../../../shared/domain/indicator';
import { fromRow } from '../../db/rows';
import { notFound } from '../../errors';

type Row = Record<string, unknown>;

function actualsOf(db: Database, indicatorId: string): Actual[] {
  return (db.prepare('SELECT period, value, note FROM indicator_actuals WHERE indicator_id = ? ORDER BY period').all(indicatorId) as Actual[]);
}

const toIndicator = (db: Database, r: Row): Indicator => ({ ...fromRow<Omit<Indicator, 'actuals'>>(r), actuals: actualsOf(db, String(r.id)) });

export function listIndicators(db: Database, planId: string): Indicator[] {
  return (db.prepare('SELECT * FROM plan_indicators WHERE plan_id = ? ORDER BY position, id').all(planId) as Row[]).map((r) => toIndicator(db, r));
}

export function readIndicator(db: Database, id: string): Indicator {
  const row = db.prepare('SELECT * FROM plan_indicators WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw notFound('indicator', id);
  return toIndicator(db, row);
}
