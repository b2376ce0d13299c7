import type { Database } from 'better-sqlite3';
import {
  DEFAULT_INITIATION, INITIATION_FUNDING, type InitiationActivity, type InitiationActivityFields, type InitiationPlan,
} from '../../../shared/domain/initiationPlan';
import { fromRow, toColumns } from '../../db/rows';
import { AppError, notFound } from '../../errors';
import type { ProjectTools } from '../../handlers/types';

type Row = Record<string, unknown>;

const DEFAULTS: Omit<InitiationActivityFields, 'title'> = {
  startDate: '', endDate: '', output: '', meetingKind: null, budget: 0, funding: 'apbd', note: '',
};

/** The plan with each activity's meetings (of its kind, by date) and the budget totals. */
export function readInitiationPlan(db: Database): InitiationPlan {
  const rows = db.prepare('SELECT * FROM initiation_activities ORDER BY position, created_at').all() as Row[];
  const meetingsOf = db.prepare(`SELECT id, title, date FROM meetings WHERE kind = ? ORDER BY date = '', date, created_at`);
  const activities = rows.map((r): InitiationActivity => {
    const a = fromRow<Omit<InitiationActivity, 'meetings'> & { createdAt?: string; updatedAt?: string }>(r);
    const { createdAt: _c, updatedAt: _u, ...fields } = a;
    return { ...fields, meetings: a.meetingKind ? (meetingsOf.all(a.meetingKind) as InitiationActivity['meetings']) : [] };
  });
  const bySource = INITIATION_FUNDING.map((funding) => ({ funding, amount: activities.filter((a) => a.funding === funding).reduce((s, a) => s + a.budget, 0) }));
  return {
    activities,
    budgetTotal: activities.reduce((s, a) => s + a.budget, 0),
    budgetBySource: bySource.filter((s) => s.amount > 0),
  };
}

function readActivity(db: Database, id: string): Row {
  const row = db.prepare('SELECT * FROM initiation_activities WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw notFound('initiation_activity', id);
  return row;
}

function checkDates(start: string, end: string): void {
  if (start && end && end < start) throw new AppError('invalid_input', 'initiation_end_before_start', 'The activity ends before it starts', { start, end });
}

export function addActivity(db: Database, f: Partial<InitiationActivityFields> & { title: string }, t: ProjectTools): InitiationPlan {
  const fields = { ...DEFAULTS, ...f };
  checkDates(fields.startDate, fields.endDate);
  const position = (db.prepare('SELECT coalesce(max(position) + 1, 0) AS p FROM initiation_activities').get() as { p: number }).p;
  t.rec.insert('initiation_activities', { id: t.newId(), position, ...toColumns(fields), created_at: t.now, updated_at: t.now });
  return readInitiationPlan(db);
}

export function prefillInitiation(db: Database, t: ProjectTools): InitiationPlan {
  const count = (db.prepare('SELECT count(*) AS n FROM initiation_activities').get() as { n: number }).n;
  if (count > 0) throw new AppError('invalid_state', 'initiation_not_empty', 'The initiation plan already has activities');
  for (const step of DEFAULT_INITIATION) addActivity(db, step, t);
  return readInitiationPlan(db);
}

export function updateActivity(db: Database, id: string, patch: Partial<InitiationActivityFields>, t: ProjectTools): InitiationPlan {
  const row = readActivity(db, id);
  checkDates(patch.startDate ?? String(row.start_date), patch.endDate ?? String(row.end_date));
  t.rec.update('initiation_activities', id, { ...toColumns(patch), updated_at: t.now });
  return readInitiationPlan(db);
}

export function moveActivity(db: Database, id: string, index: number, t: ProjectTools): InitiationPlan {
  readActivity(db, id);
  const order = (db.prepare('SELECT id FROM initiation_activities ORDER BY position, created_at').all() as { id: string }[]).map((r) => r.id).filter((x) => x !== id);
  order.splice(Math.min(index, order.length), 0, id);
  order.forEach((x, position) => t.rec.update('initiation_activities', x, { position }));
  return readInitiationPlan(db);
}

export function deleteActivity(db: Database, id: string, t: ProjectTools): InitiationPlan {
  readActivity(db, id);
  t.rec.delete('initiation_activities', id);
  return readInitiationPlan(db);
}
