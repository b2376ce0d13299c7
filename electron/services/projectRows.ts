import type { Database } from 'better-sqlite3';
import type { Project, ProjectDetails } from '../../shared/domain/project';

interface ProjectRow {
  id: string;
  name: string;
  product: string;
  regency: string;
  province: string;
  facilitator_name: string;
  facilitator_office: string;
  start_date: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

const columnOf: Record<keyof ProjectDetails, keyof ProjectRow> = {
  name: 'name',
  product: 'product',
  regency: 'regency',
  province: 'province',
  facilitatorName: 'facilitator_name',
  facilitatorOffice: 'facilitator_office',
  startDate: 'start_date',
  notes: 'notes',
};

export function toColumns(details: Partial<ProjectDetails>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(details)) {
    if (value !== undefined) out[columnOf[key as keyof ProjectDetails]] = value;
  }
  return out;
}

export function readProject(db: Database): Project {
  const row = db.prepare('SELECT * FROM project LIMIT 1').get() as ProjectRow;
  return {
    id: row.id,
    name: row.name,
    product: row.product,
    regency: row.regency,
    province: row.province,
    facilitatorName: row.facilitator_name,
    facilitatorOffice: row.facilitator_office,
    startDate: row.start_date,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const summaryOf = (p: Project) => ({
  id: p.id,
  name: p.name,
  product: p.product,
  regency: p.regency,
  updatedAt: p.updatedAt,
});
