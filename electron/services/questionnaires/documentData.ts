import type { Database } from 'better-sqlite3';
import type { QuestionnaireProfile, QuestionnaireRound } from '../../../shared/domain/questionnaire';
import { listRounds, readRound } from './roundRows';
import { profileOf } from './profile';

/** Rounds printed in the profile table; more would make its columns too narrow to read. */
export const PRINTED_ROUNDS = 6;

export interface Annex1DocumentData {
  /** The round whose answers are marked; null prints a blank form to fill by hand. */
  round: QuestionnaireRound | null;
  /** The latest rounds, oldest first (at most PRINTED_ROUNDS). */
  profile: QuestionnaireProfile;
  /** How many rounds there are in all, so the document can say when it shows only the latest. */
  roundCount: number;
}

export function annex1DocumentData(db: Database, roundId?: string): Annex1DocumentData {
  const rounds = listRounds(db);
  const round = roundId ? readRound(db, roundId) : (rounds.at(-1) ?? null);
  return { round, profile: profileOf(rounds.slice(-PRINTED_ROUNDS)), roundCount: rounds.length };
}
