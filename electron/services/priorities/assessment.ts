import type { Database } from 'better-sqlite3';
import type { AssessmentFields } from '../../../shared/domain/clusterPriority';
import { toColumns } from '../../db/rows';
import type { ProjectTools } from '../../handlers/types';

const ROW_ID = 'assessment';
const EMPTY: AssessmentFields = { annualSales: null, growthScore: null, capacityScore: null, note: '', history: '' };

export function readAssessment(db: Database): AssessmentFields {
  const row = db.prepare('SELECT * FROM cluster_assessment WHERE id = ?').get(ROW_ID) as
    { annual_sales: number | null; growth_score: number | null; capacity_score: number | null; note: string; history: string } | undefined;
  return row ? { annualSales: row.annual_sales, growthScore: row.growth_score, capacityScore: row.capacity_score, note: row.note, history: row.history } : EMPTY;
}

/** The one row is created on the first edit, through the change log like any other. */
export function setAssessment(db: Database, patch: Partial<AssessmentFields>, t: ProjectTools): AssessmentFields {
  const exists = db.prepare('SELECT 1 FROM cluster_assessment WHERE id = ?').get(ROW_ID);
  if (exists) t.rec.update('cluster_assessment', ROW_ID, { ...toColumns(patch), updated_at: t.now });
  else t.rec.insert('cluster_assessment', { id: ROW_ID, ...toColumns({ ...EMPTY, ...patch }), updated_at: t.now });
  return readAssessment(db);
}
