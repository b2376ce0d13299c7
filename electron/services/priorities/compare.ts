import type { Database } from 'better-sqlite3';
import { MAX_PRIORITY, rankPriorities, type PriorityRow } from '../../../shared/domain/clusterPriority';
import { gradeOf } from '../../../shared/diagnosis/scale';
import { AppError } from '../../errors';
import type { ServiceContext } from '../context';
import { readProject } from '../projectRows';
import { listProjects } from '../projects';
import { readAssessment } from './assessment';

const SUPPORTING_KINDS = ['supplier', 'subcontractor', 'related_industry', 'cooperative'];

/** One project on the five criteria and the two scores, read from its own file. */
function rowOf(db: Database): Omit<PriorityRow, 'rank' | 'unreadable'> {
  const p = readProject(db);
  const num = (sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { n: number | null }).n;
  const known = num("SELECT count(employees) AS n FROM stakeholders WHERE kind = 'core_firm'") ?? 0;
  const marks = SUPPORTING_KINDS.map(() => '?').join(', ');
  // Base 3 (market) of the latest round that answered all eight Bases.
  const market = db.prepare(`SELECT a.choice AS choice FROM questionnaire_rounds r JOIN questionnaire_answers a ON a.round_id = r.id AND a.base = 3
    WHERE (SELECT count(*) FROM questionnaire_answers x WHERE x.round_id = r.id AND x.choice IS NOT NULL) = 8
    ORDER BY r.date DESC, r.created_at DESC LIMIT 1`).get() as { choice: number } | undefined;
  const a = readAssessment(db);
  return {
    projectId: p.id, name: p.name, product: p.product, regency: p.regency,
    coreFirms: num("SELECT count(*) AS n FROM stakeholders WHERE kind = 'core_firm'") ?? 0,
    workforce: known ? num("SELECT sum(employees) AS n FROM stakeholders WHERE kind = 'core_firm'") : null,
    annualSales: a.annualSales,
    supportingIndustries: num(`SELECT count(*) AS n FROM stakeholders WHERE kind IN (${marks})`, ...SUPPORTING_KINDS) ?? 0,
    marketability: market ? gradeOf(market.choice) : null,
    growthScore: a.growthScore, capacityScore: a.capacityScore,
    percent: a.growthScore !== null && a.capacityScore !== null ? Math.round(((a.growthScore + a.capacityScore) / MAX_PRIORITY) * 1000) / 10 : null,
  };
}

/** Every project on this laptop, in priority order; a file that cannot be read is listed with its reason. */
export function comparePriorities(ctx: ServiceContext): PriorityRow[] {
  const rows: (Omit<PriorityRow, 'rank'>)[] = [];
  const unreadable: PriorityRow[] = [];
  for (const summary of listProjects(ctx)) {
    try {
      rows.push({ ...rowOf(ctx.store.db(summary.id)), unreadable: null });
    } catch (e) {
      const reason = e instanceof AppError ? (e.reason ?? e.code) : 'file_damaged';
      unreadable.push({
        projectId: summary.id, name: summary.name, product: summary.product, regency: summary.regency, coreFirms: 0, workforce: null, annualSales: null,
        supportingIndustries: 0, marketability: null, growthScore: null, capacityScore: null, percent: null, rank: null, unreadable: reason,
      });
    }
  }
  return [...rankPriorities(rows), ...unreadable];
}
