// ANNEX-1 answered on phones: every participant fills a round, and the room's answer to a Base is
// read from how the choices spread. The profile needs one statement per Base for the sitting: the
// median choice, and when the room splits evenly between two statements, the later (more
// cautious) of the two, so a divided room never reads better than half of it said.
import { BASE_COUNT, STATEMENT_COUNT } from './annex1';

/** The median choice (1 best .. 5), the later one of the middle two on an even count; null for none. */
export function medianChoice(choices: readonly (number | null)[]): number | null {
  const chosen = choices.filter((c): c is number => c !== null).sort((a, b) => a - b);
  if (chosen.length === 0) return null;
  return chosen[Math.floor(chosen.length / 2)]!;
}

export interface BaseSpread {
  base: number;
  /** How many chose statement 1..5 (index 0 is statement 1). */
  counts: number[];
  /** Respondents who answered this Base. */
  answered: number;
  median: number | null;
}

/** Per Base, the count of each statement over the answer sets (each an array of eight choices). */
export function spreadOf(answerSets: readonly (readonly (number | null)[])[]): BaseSpread[] {
  return Array.from({ length: BASE_COUNT }, (_, i) => {
    const choices = answerSets.map((set) => set[i] ?? null);
    const counts = Array.from({ length: STATEMENT_COUNT }, () => 0);
    for (const c of choices) if (c !== null) counts[c - 1]! += 1;
    return { base: i + 1, counts, answered: counts.reduce((a, b) => a + b, 0), median: medianChoice(choices) };
  });
}
