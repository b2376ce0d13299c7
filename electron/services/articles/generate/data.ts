// What the first AD/ART draft is generated from: the organisation (FGD-2), the adopted vision
// and mission and the FGD-1 rules. Missing data becomes a visible placeholder, never a guess.
import type { Database } from 'better-sqlite3';
import type { RulePosition } from '../../../../shared/domain/orgRules';
import { formatTanggal, terbilang } from '../../../../shared/indonesian';
import { latestRules } from '../../orgRules';
import { readOrganisation } from '../../organisation';
import { readProject } from '../../projectRows';
import { adoptedVersion } from '../../vision';

export const PLACEHOLDER = {
  seat: '[Tempat kedudukan belum diisi]',
  foundingDate: '[Tanggal pendirian belum diisi]',
  vision: '[Visi belum ditetapkan]',
  missions: '[Misi belum ditetapkan]',
  eligibility: '[Syarat keanggotaan belum ditetapkan dalam FGD-1]',
  positions: '[Susunan pengurus belum ditetapkan dalam FGD-1]',
  term: '[Masa bakti belum ditetapkan]',
  allowances: '[Tunjangan pengurus belum ditetapkan dalam FGD-1]',
  duties: (title: string) => `[Tugas ${title} belum ditetapkan dalam FGD-1]`,
} as const;

export interface GenerationData {
  name: string;
  clusterName: string;
  seat: string;
  foundingDate: string;
  vision: string | null;
  missions: string[];
  eligibility: string | null;
  positions: RulePosition[];
  boardSize: number;
  /** "3 (tiga) tahun", or null when no term was set. */
  term: string | null;
  allowances: string | null;
}

/** "2 (dua)": numbers in legal text are written in figures and in words. */
export const inWords = (n: number) => `${n} (${terbilang(n)})`;

export function generationData(db: Database): GenerationData {
  const org = readOrganisation(db);
  const rules = latestRules(db);
  const vision = adoptedVersion(db);
  const years = org.termYears ?? rules?.termYears ?? null;
  const positions = (rules?.positions ?? []).filter((p) => p.key !== 'anggota' || p.count > 0);
  return {
    name: org.name,
    clusterName: readProject(db).name,
    seat: org.seat.trim() || PLACEHOLDER.seat,
    foundingDate: org.foundingDate ? formatTanggal(org.foundingDate) : PLACEHOLDER.foundingDate,
    vision: vision?.vision.trim() || null,
    missions: vision?.missions ?? [],
    eligibility: rules?.membershipEligibility.trim() || null,
    positions,
    boardSize: positions.reduce((n, p) => n + p.count, 0),
    term: years ? `${inWords(years)} tahun` : null,
    allowances: rules?.allowances.trim() || null,
  };
}

/** Ends a sentence taken from the facilitator's notes with exactly one full stop. */
export const sentence = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/**
 * Notes continue a sentence of the article: "Ketua bertugas memimpin ...", so their first letter
 * is lowered, unless the first word is an acronym or a name in capitals ("UD", "BDS").
 */
export const continuing = (s: string) => {
  const t = sentence(s);
  return /^\p{Lu}\p{Ll}/u.test(t) ? t[0]!.toLowerCase() + t.slice(1) : t;
};
