import type { Database } from 'better-sqlite3';
import type { MetricsRow, Relation, RelationKind } from '../../../shared/domain/relation';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { FORMALITY_LABELS_ID, RELATION_KIND_LABELS_ID } from '../../../shared/labels';
import type { MapMetrics } from '../network/measure';
import { listRelations } from '../relations';
import { listGroups, listStakeholders } from '../stakeholderRows';
import { positionsOf } from '../stakeholders';

export interface MapFilter {
  /** Only these stakeholders (what the screen shows); all when absent. */
  stakeholderIds?: string[];
  relationKinds?: RelationKind[];
}

export interface MapModel {
  stakeholders: Stakeholder[];
  relations: Relation[];
  groupName: Map<string, string>;
  metrics: Map<string, MetricsRow>;
  positions: Map<string, { x: number; y: number }>;
}

/**
 * What an export contains: the filtered stakeholders and the ties among them. Metrics are
 * those of the whole map, the same figures the metrics panel shows.
 */
export function mapModel(db: Database, filter: MapFilter, metrics: MapMetrics): MapModel {
  const all = listStakeholders(db);
  const allRelations = listRelations(db);
  const keep = filter.stakeholderIds ? new Set(filter.stakeholderIds) : null;
  const kinds = filter.relationKinds ? new Set(filter.relationKinds) : null;
  const stakeholders = keep ? all.filter((s) => keep.has(s.id)) : all;
  const shown = new Set(stakeholders.map((s) => s.id));
  return {
    stakeholders,
    relations: allRelations.filter((r) => shown.has(r.sourceId) && shown.has(r.targetId) && (!kinds || kinds.has(r.kind))),
    groupName: new Map(listGroups(db).map((g) => [g.id, g.name])),
    metrics: new Map(metrics().map((m) => [m.stakeholderId, m])),
    positions: new Map(positionsOf(db).map((p) => [p.id, { x: p.x, y: p.y }])),
  };
}

/**
 * Flat attributes of a stakeholder, shared by every format so the columns agree. Codes stay codes
 * here, for graph tools; the spreadsheets swap in labels (tables.ts).
 */
export function stakeholderRecord(model: MapModel, s: Stakeholder) {
  const m = model.metrics.get(s.id);
  return {
    nama: s.name,
    organisasi: s.organisation,
    jenis: s.kind,
    jabatan: s.role,
    desa: s.village,
    kecamatan: s.district,
    usaha_inti: s.coreBusiness,
    no_hp: s.phone,
    kelompok: s.smallGroupId ? (model.groupName.get(s.smallGroupId) ?? '') : '',
    ketua_kelompok: s.groupLeader,
    anggota_klaster: s.clusterMember,
    minat: s.interest,
    pengaruh: s.influence,
    in_degree: m?.inDegree ?? 0,
    out_degree: m?.outDegree ?? 0,
    closeness: m?.closeness ?? 0,
    betweenness: m?.betweenness ?? 0,
    eigenvector: m?.eigenvector ?? 0,
  };
}
export type StakeholderRecord = ReturnType<typeof stakeholderRecord>;

export const STAKEHOLDER_COLUMNS: (keyof StakeholderRecord)[] = [
  'nama', 'organisasi', 'jenis', 'jabatan', 'desa', 'kecamatan', 'usaha_inti', 'no_hp', 'kelompok', 'ketua_kelompok',
  'anggota_klaster', 'minat', 'pengaruh', 'in_degree', 'out_degree', 'closeness', 'betweenness', 'eigenvector',
];

/** A tie as a spreadsheet row, with the Indonesian labels a reader knows rather than codes. */
export function relationRecord(name: Map<string, string>, r: Relation) {
  return {
    dari: name.get(r.sourceId) ?? '',
    ke: name.get(r.targetId) ?? '',
    jenis: RELATION_KIND_LABELS_ID[r.kind],
    sifat: FORMALITY_LABELS_ID[r.formality],
    kekuatan: r.strength,
    timbal_balik: r.mutual,
    sejak: r.since ?? '',
    catatan: r.note,
  };
}
