import type { Database } from 'better-sqlite3';
import type { ActionPlan } from '../../../shared/domain/actionPlan';
import type { AnnualPlan } from '../../../shared/domain/annualPlan';
import type { Meeting } from '../../../shared/domain/meeting';
import type { SnapshotComparison, SnapshotInfo } from '../../../shared/domain/snapshot';
import { AppError } from '../../errors';
import { readMeeting } from '../meetings';
import { readOrganisation } from '../organisation';
import { listRelations } from '../relations';
import type { MapMetrics } from '../network/measure';
import { compareSnapshots, listSnapshots, readSnapshot } from '../snapshots';
import { listStakeholders } from '../stakeholderRows';
import { readAnnualPlan } from './annual';
import { listPlans, readPlan } from './planRows';

// What the plan documents print, read from the project at request time; the builders in
// export/documents get it ready-made and never read the database themselves.

/** The laptop's date: "today" on the schedule is the facilitator's day, not UTC's. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface OrganisationHead { name: string; chairName: string }

function organisationHead(db: Database): OrganisationHead {
  const o = readOrganisation(db);
  const chair = o.board.find((m) => /^ketua$/i.test(m.positionTitle.trim())) ?? o.board[0];
  return { name: o.name, chairName: chair?.name ?? '' };
}

export interface PlanDocumentData { plan: ActionPlan; organisation: OrganisationHead; today: string }

export function planDocumentData(db: Database, planId: string): PlanDocumentData {
  return { plan: readPlan(db, planId), organisation: organisationHead(db), today: localToday() };
}

export interface AnnualPlanDocumentData {
  annual: AnnualPlan;
  plans: ActionPlan[];
  meeting: Meeting | null;
  organisation: OrganisationHead;
  today: string;
}

export function annualPlanDocumentData(db: Database, year: number | undefined): AnnualPlanDocumentData {
  const today = localToday();
  const thisYear = Number(today.slice(0, 4));
  const { planList, ...annual } = readAnnualPlan(db, year ?? thisYear, thisYear);
  const meeting = annual.authorisation ? readMeeting(db, annual.authorisation.meetingId) : null;
  return { annual, plans: planList, meeting, organisation: organisationHead(db), today };
}

export interface MapProgress {
  snapshot: SnapshotInfo;
  comparison: SnapshotComparison;
  before: { stakeholders: number; members: number; relations: number; formal: number };
  now: { stakeholders: number; members: number; relations: number; formal: number };
}

export interface MonitoringData { plans: ActionPlan[]; map: MapProgress | null; organisation: OrganisationHead; today: string }

/** The map against the chosen snapshot (or the earliest one): the guideline's Step 7 output. */
function mapProgress(db: Database, snapshotId: string | undefined, metrics: MapMetrics): MapProgress | null {
  const chosen = snapshotId ?? listSnapshots(db).reduce<SnapshotInfo | null>((first, s) => (!first || s.takenAt < first.takenAt ? s : first), null)?.id;
  if (!chosen) return null;
  const { data, ...snapshot } = readSnapshot(db, chosen);
  const stakeholders = listStakeholders(db);
  const relations = listRelations(db);
  return {
    snapshot,
    comparison: compareSnapshots(db, chosen, 'current', metrics),
    before: { stakeholders: data.stakeholders.length, members: data.stakeholders.filter((s) => s.clusterMember).length, relations: data.relations.length, formal: data.relations.filter((r) => r.formality === 'formal').length },
    now: { stakeholders: stakeholders.length, members: stakeholders.filter((s) => s.clusterMember).length, relations: relations.length, formal: relations.filter((r) => r.formality === 'formal').length },
  };
}

export function monitoringData(db: Database, snapshotId: string | undefined, metrics: MapMetrics): MonitoringData {
  const plans = listPlans(db);
  if (plans.length === 0) throw new AppError('invalid_state', 'no_action_plans', 'There is no action plan to report on yet');
  return { plans, map: mapProgress(db, snapshotId, metrics), organisation: organisationHead(db), today: localToday() };
}
