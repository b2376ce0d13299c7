import type { Database } from 'better-sqlite3';
import type { ActionPlan } from '../../../shared/domain/actionPlan';
import type { AnnualPlan } from '../../../shared/domain/annualPlan';
import { addTotals, grandTotal, noTotals } from '../../../shared/actionPlans/budget';
import { formatRupiah } from '../../../shared/indonesian';
import { AppError } from '../../errors';
import type { ProjectTools } from '../../handlers/types';
import { addAgendaItem, addDecision, listAgenda } from '../agenda';
import { readMeeting } from '../meetings';
import { listPlans } from './planRows';

type Row = Record<string, unknown>;
const yearOf = (p: ActionPlan) => (p.startDate ? Number(p.startDate.slice(0, 4)) : null);

function authorisationRow(db: Database, year: number) {
  return db.prepare(`SELECT a.*, m.title AS meeting_title, m.date AS meeting_date FROM annual_plans a
    LEFT JOIN meetings m ON m.id = a.authorised_meeting_id WHERE a.year = ?`).get(year) as Row | undefined;
}

/** A meeting deleted since reads as no authorisation; undoing that deletion brings it back. */
function authorisationOf(row: Row | undefined, planIds: readonly string[], total: number): AnnualPlan['authorisation'] {
  if (!row || row.meeting_title === null || row.meeting_title === undefined) return null;
  const ids = JSON.parse(String(row.authorised_plan_ids)) as string[];
  const samePlans = ids.length === planIds.length && ids.every((id) => planIds.includes(id));
  return {
    meetingId: String(row.authorised_meeting_id), meetingTitle: String(row.meeting_title), meetingDate: String(row.meeting_date ?? ''),
    authorisedAt: String(row.authorised_at), total: Number(row.authorised_total), planCount: ids.length,
    changed: !samePlans || Number(row.authorised_total) !== total,
  };
}

/** A plan belongs to the year it starts in: the guideline's programmes are short and start-dated. */
export function readAnnualPlan(db: Database, year: number, thisYear: number): AnnualPlan & { planList: ActionPlan[] } {
  const all = listPlans(db);
  const planList = all.filter((p) => yearOf(p) === year);
  const totals = planList.reduce((sum, p) => addTotals(sum, p.totals), noTotals());
  const total = grandTotal(totals);
  const years = [...new Set([thisYear, year, ...all.map(yearOf).filter((y): y is number => y !== null)])].sort((a, b) => a - b);
  const authorisation = authorisationOf(authorisationRow(db, year), planList.map((p) => p.id), total);
  return {
    year, years, totals, total, undated: all.filter((p) => !p.startDate).length, authorisation, planList,
    plans: planList.map((p) => ({
      id: p.id, title: p.title, area: p.area, stage: p.stage, closed: p.closedAt !== null, responsibleName: p.responsibleName,
      startDate: p.startDate, endDate: p.endDate, totals: p.totals, budgetTotal: p.budgetTotal,
    })),
  };
}

export function annualPlan(db: Database, year: number, thisYear: number): AnnualPlan {
  const { planList: _plans, ...out } = readAnnualPlan(db, year, thisYear);
  return out;
}

/**
 * The general meeting authorises the year's plans and budget as they stand; the decision is
 * written into that meeting (as the AD/ART's is), so its minutes carry it.
 */
export function authoriseAnnualPlan(db: Database, year: number, meetingId: string, thisYear: number, t: ProjectTools): AnnualPlan {
  const meeting = readMeeting(db, meetingId);
  if (meeting.kind !== 'general') throw new AppError('invalid_state', 'annual_plan_needs_general_meeting', 'The annual plan is authorised by the general meeting');
  const plan = annualPlan(db, year, thisYear);
  if (plan.plans.length === 0) throw new AppError('invalid_state', 'annual_plan_empty', `No action plan starts in ${year}`, { year });
  const columns = {
    authorised_meeting_id: meetingId, authorised_at: t.now, authorised_total: plan.total,
    authorised_plan_ids: JSON.stringify(plan.plans.map((p) => p.id)),
  };
  const row = authorisationRow(db, year);
  if (row) t.rec.update('annual_plans', String(row.id), columns);
  else t.rec.insert('annual_plans', { id: t.newId(), year, ...columns });
  const title = `Pengesahan Rencana Kegiatan dan Anggaran Tahun ${year}`;
  const item = listAgenda(db, meetingId).find((i) => i.title === title) ?? addAgendaItem(db, meetingId, { title }, t);
  addDecision(db, item.id, `Rencana kegiatan dan anggaran tahun ${year} (${plan.plans.length} kegiatan, jumlah anggaran ${formatRupiah(plan.total)}) disahkan oleh rapat.`, t);
  return annualPlan(db, year, thisYear);
}
