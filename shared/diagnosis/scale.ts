// The seed's ANNEX-1 only asks which statement fits; it gives no points. To draw a profile and
// compare rounds, the workbench grades the statements itself, and says so wherever a grade or a
// total is shown, on screen and on paper.
import { ANNEX1_BASES, STATEMENT_COUNT, type Bilingual } from './annex1';

/** Choice 1 (the first, best statement) is worth 5, choice 5 (the last) is worth 1. */
export const gradeOf = (choice: number): number => STATEMENT_COUNT + 1 - choice;
export const MAX_GRADE = STATEMENT_COUNT;
export const MAX_TOTAL = MAX_GRADE * ANNEX1_BASES.length;

export const SCALE_NOTE: Bilingual = {
  id: `Nilai 5 (pernyataan pertama, terbaik) sampai 1 (pernyataan terakhir) per Base, dengan jumlah tertinggi ${MAX_TOTAL}, adalah ketentuan Klaster Workbench sendiri: ANNEX-1 pedoman tidak memberi nilai.`,
  en: `The grades 5 (first, best statement) to 1 (last statement) per Base, with a highest total of ${MAX_TOTAL}, are Klaster Workbench's own convention: the guideline's ANNEX-1 gives no points.`,
};

/** Sum of the grades of the Bases answered; null while none is. */
export function totalOf(choices: readonly (number | null)[]): number | null {
  const chosen = choices.filter((c): c is number => c !== null);
  return chosen.length ? chosen.reduce((sum, c) => sum + gradeOf(c), 0) : null;
}
