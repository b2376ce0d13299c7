// Base 2 counts the core firms; the registry already knows them (kind "core_firm"), so the
// questionnaire can suggest the statement the count falls under. The bands are the seed's own
// statements: 200 or more / 100-199 / 50-99 / 15-49 / fewer than 15.
import { ANNEX1_BASES } from './annex1';

interface Band {
  choice: number;
  min: number;
  /** Inclusive; null for "or more". */
  max: number | null;
}

export const BASE2_BANDS: readonly Band[] = [
  { choice: 1, min: 200, max: null },
  { choice: 2, min: 100, max: 199 },
  { choice: 3, min: 50, max: 99 },
  { choice: 4, min: 15, max: 49 },
  { choice: 5, min: 0, max: 14 },
];

export interface Base2Suggestion extends Band {
  base: 2;
  coreFirms: number;
  /** In Indonesian, as a document would say it; the screens word it from the fields. */
  reason: string;
}

export function suggestBase2(coreFirms: number): Base2Suggestion {
  const band = BASE2_BANDS.find((b) => coreFirms >= b.min && (b.max === null || coreFirms <= b.max)) ?? BASE2_BANDS[BASE2_BANDS.length - 1]!;
  const statement = ANNEX1_BASES[1]!.statements[band.choice - 1]!.id;
  return { base: 2, ...band, coreFirms, reason: `Daftar pemangku kepentingan mencatat ${coreFirms} perusahaan inti: "${statement}".` };
}
