import type { Database } from 'better-sqlite3';
import { ANNEX1_BASES } from '../../../shared/diagnosis/annex1';
import { gradeOf } from '../../../shared/diagnosis/scale';
import type { MetricsRow } from '../../../shared/domain/relation';
import type { Project } from '../../../shared/domain/project';
import type { MapMetrics } from '../network/measure';
import { readProject } from '../projectRows';
import { listRelations } from '../relations';
import { listStakeholders } from '../stakeholderRows';
import { readAssessment } from '../priorities/assessment';

export type Measure = keyof Omit<MetricsRow, 'stakeholderId' | 'name'>;
export const MEASURES: readonly Measure[] = ['inDegree', 'outDegree', 'closeness', 'betweenness', 'eigenvector'];
const TOP = 3;

export interface ClusterProfileData {
  project: Project;
  /** Villages (with their district) and how many core firms each has, most first. */
  places: { village: string; district: string; firms: number }[];
  coreFirms: number;
  workforce: number | null;
  /** Firms whose number of workers is known, so "120 pekerja (di 14 usaha)" is honest. */
  workforceKnown: number;
  annualSales: number | null;
  /** Each firm's own sales entry ("Rp 25 juta/bulan"), as typed. */
  firmSales: { name: string; sales: string }[];
  history: string;
  annex1: { title: string; date: string; bases: { number: number; title: string; grade: number | null; statement: string }[] } | null;
  /** Leaders and the most influential: who the facilitator must work with. */
  keyStakeholders: { name: string; organisation: string; kind: string; why: string[] }[];
  /** The top actors per measure, with their values. */
  metrics: { measure: Measure; top: { name: string; value: number }[] }[];
  stakeholders: number;
  ties: number;
}

/** The guideline's cluster outline, gathered from the registry, the map, ANNEX-1 and the assessment. */
export function clusterProfileData(db: Database, mapMetrics: MapMetrics): ClusterProfileData {
  const stakeholders = listStakeholders(db);
  const relations = listRelations(db);
  const core = stakeholders.filter((s) => s.kind === 'core_firm');
  const byPlace = new Map<string, { village: string; district: string; firms: number }>();
  for (const s of core) {
    const key = `${s.village}|${s.district}`;
    const place = byPlace.get(key) ?? { village: s.village, district: s.district, firms: 0 };
    place.firms += 1;
    byPlace.set(key, place);
  }
  const withWorkers = core.filter((s) => s.employees !== null && s.employees !== undefined);
  const a = readAssessment(db);
  const round = db.prepare(`SELECT id, title, date FROM questionnaire_rounds r
    WHERE (SELECT count(*) FROM questionnaire_answers x WHERE x.round_id = r.id AND x.choice IS NOT NULL) > 0
    ORDER BY date DESC, created_at DESC LIMIT 1`).get() as { id: string; title: string; date: string } | undefined;
  const answers = round ? new Map((db.prepare('SELECT base, choice FROM questionnaire_answers WHERE round_id = ?').all(round.id) as { base: number; choice: number | null }[]).map((x) => [x.base, x.choice])) : null;
  const metrics = relations.length ? mapMetrics() : [];
  const key = stakeholders.map((s) => ({
    name: s.name, organisation: s.organisation, kind: s.kind,
    why: [
      ...(s.groupLeader ? ['ketua kelompok'] : []),
      ...(s.kind === 'leading_firm' ? ['perusahaan penggerak'] : []),
      ...((s.influence ?? 0) >= 4 ? [`pengaruh ${s.influence}`] : []),
      ...((s.interest ?? 0) >= 4 && (s.influence ?? 0) >= 4 ? [`minat ${s.interest}`] : []),
    ],
  })).filter((s) => s.why.length > 0);
  return {
    project: readProject(db),
    places: [...byPlace.values()].sort((x, y) => y.firms - x.firms || x.village.localeCompare(y.village, 'id')),
    coreFirms: core.length,
    workforce: withWorkers.length ? withWorkers.reduce((sum, s) => sum + (s.employees ?? 0), 0) : null,
    workforceKnown: withWorkers.length,
    annualSales: a.annualSales,
    firmSales: core.filter((s) => s.salesVolume?.trim()).map((s) => ({ name: s.name, sales: s.salesVolume })),
    history: a.history,
    annex1: round && answers ? {
      title: round.title, date: round.date,
      bases: ANNEX1_BASES.map((b) => {
        const choice = answers.get(b.number) ?? null;
        return { number: b.number, title: b.title.id, grade: choice === null ? null : gradeOf(choice), statement: choice === null ? '' : b.statements[choice - 1]!.id };
      }),
    } : null,
    keyStakeholders: key,
    metrics: MEASURES.map((measure) => ({
      measure,
      top: [...metrics].sort((x, y) => y[measure] - x[measure]).filter((m) => m[measure] > 0).slice(0, TOP).map((m) => ({ name: m.name, value: m[measure] })),
    })),
    stakeholders: stakeholders.length,
    ties: relations.length,
  };
}
