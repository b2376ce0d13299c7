import type { Regency } from '../../shared/domain/regions';
import data from '../../resources/regions/regencies.json';

// The list is bundled into the back end (about 80 KB): no file to find at run time, and it is
// the same in tests, the browser host and Electron. Built by scripts/build-regions.mjs.
const regencies: readonly Regency[] = (data as { regencies: Regency[] }).regencies;
const byCode = new Map(regencies.map((r) => [r.code, r]));

export const listRegencies = (): readonly Regency[] => regencies;
export const regencyByCode = (code: string): Regency | undefined => byCode.get(code);
