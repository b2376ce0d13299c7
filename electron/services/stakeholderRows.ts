import type { Database } from 'better-sqlite3';
import type { SmallGroup, Stakeholder, StakeholderFields } from '../../shared/domain/stakeholder';
import { BDS_SERVICES, type BdsService } from '../../shared/domain/stakeholderProfile';
import { notFound } from '../errors';

interface StakeholderRow {
  id: string;
  name: string;
  organisation: string;
  kind: string;
  role: string;
  village: string;
  district: string;
  core_business: string;
  phone: string;
  small_group_id: string | null;
  group_leader: number;
  cluster_member: number;
  interest: number | null;
  influence: number | null;
  notes: string;
  sector: string;
  cooperative_name: string;
  sales_volume: string;
  employees: number | null;
  year_founded: number | null;
  product_spec: string;
  potential: number;
  bds_services: string;
  bds_area: string;
  bds_contact: string;
  bds_fee_basis: string;
  bds_track_record: string;
  bds_reachable: number | null;
  created_at: string;
  updated_at: string;
}

const columnOf: Record<keyof StakeholderFields, keyof StakeholderRow> = {
  name: 'name', organisation: 'organisation', kind: 'kind', role: 'role', village: 'village',
  district: 'district', coreBusiness: 'core_business', phone: 'phone', smallGroupId: 'small_group_id',
  groupLeader: 'group_leader', clusterMember: 'cluster_member', interest: 'interest', influence: 'influence', notes: 'notes',
  sector: 'sector', cooperativeName: 'cooperative_name', salesVolume: 'sales_volume', employees: 'employees',
  yearFounded: 'year_founded', productSpec: 'product_spec', potential: 'potential',
  bdsServices: 'bds_services', bdsArea: 'bds_area', bdsContact: 'bds_contact', bdsFeeBasis: 'bds_fee_basis',
  bdsTrackRecord: 'bds_track_record', bdsReachable: 'bds_reachable',
};

/** Services as stored: each code once, in the guideline's order, so equal choices compare equal. */
const servicesColumn = (services: readonly string[]) => JSON.stringify(BDS_SERVICES.filter((s) => services.includes(s)));

function servicesOf(json: string): BdsService[] {
  try {
    const list = JSON.parse(json) as unknown;
    return Array.isArray(list) ? BDS_SERVICES.filter((s) => list.includes(s)) : [];
  } catch {
    return [];
  }
}

/** Field values as SQLite columns (booleans as 0/1). */
export function stakeholderColumns(fields: Partial<StakeholderFields>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    out[columnOf[key as keyof StakeholderFields]] = typeof value === 'boolean' ? Number(value) : Array.isArray(value) ? servicesColumn(value) : value;
  }
  return out;
}

export function toStakeholder(row: StakeholderRow): Stakeholder {
  return {
    id: row.id, name: row.name, organisation: row.organisation, kind: row.kind as Stakeholder['kind'],
    role: row.role, village: row.village, district: row.district, coreBusiness: row.core_business,
    phone: row.phone, smallGroupId: row.small_group_id, groupLeader: row.group_leader === 1,
    clusterMember: row.cluster_member === 1, interest: row.interest, influence: row.influence,
    notes: row.notes, createdAt: row.created_at, updatedAt: row.updated_at,
    sector: row.sector, cooperativeName: row.cooperative_name, salesVolume: row.sales_volume, employees: row.employees,
    yearFounded: row.year_founded, productSpec: row.product_spec, potential: row.potential === 1,
    bdsServices: servicesOf(row.bds_services), bdsArea: row.bds_area, bdsContact: row.bds_contact, bdsFeeBasis: row.bds_fee_basis,
    bdsTrackRecord: row.bds_track_record, bdsReachable: row.bds_reachable === null ? null : row.bds_reachable === 1,
  };
}

export function readStakeholder(db: Database, id: string): Stakeholder {
  const row = db.prepare('SELECT * FROM stakeholders WHERE id = ?').get(id) as StakeholderRow | undefined;
  if (!row) throw notFound('stakeholder', id);
  return toStakeholder(row);
}

export function listStakeholders(db: Database): Stakeholder[] {
  return (db.prepare('SELECT * FROM stakeholders ORDER BY name COLLATE NOCASE, id').all() as StakeholderRow[]).map(toStakeholder);
}

export function readGroup(db: Database, id: string): SmallGroup {
  const row = db.prepare('SELECT id, name, area FROM small_groups WHERE id = ?').get(id) as SmallGroup | undefined;
  if (!row) throw notFound('group', id);
  return row;
}

export function listGroups(db: Database): SmallGroup[] {
  return db.prepare('SELECT id, name, area FROM small_groups ORDER BY name COLLATE NOCASE, id').all() as SmallGroup[];
}
