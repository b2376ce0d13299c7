import type { Database } from 'better-sqlite3';
import type { QuestionnaireProfile, QuestionnaireRound, QuestionnaireSpread } from '../../../shared/domain/questionnaire';
import { listRounds, readRound } from './roundRows';
import { lastColumns, profileOf } from './profile';
import { questionnaireSpread } from './spread';

/** Columns (rounds, or sittings) printed in the profile table; more would make them too narrow to read. */
export const PRINTED_ROUNDS = 6;

export interface Annex1DocumentData {
  /** The round whose answers are marked; null prints a blank form to fill by hand (or a sitting's spread). */
  round: QuestionnaireRound | null;
  /** A phone sitting: the count of respondents per statement instead of one round's ticks. */
  spread: QuestionnaireSpread | null;
  /** The latest columns, oldest first (at most PRINTED_ROUNDS). */
  profile: QuestionnaireProfile;
  /** How many columns there are in all, so the document can say when it shows only the latest. */
  roundCount: number;
}

export function annex1DocumentData(db: Database, opts: { roundId?: string; sittingId?: string } = {}): Annex1DocumentData {
  const rounds = listRounds(db);
  const profile = profileOf(rounds);
  // Neither named: the latest column, a round or a sitting.
  const latest = opts.roundId || opts.sittingId ? undefined : profile.rounds.at(-1);
  const latestSitting = latest && profile.rounds.length && !rounds.some((r) => r.id === latest.id) ? latest.id : undefined;
  const sittingId = opts.sittingId ?? latestSitting;
  const spread = sittingId ? questionnaireSpread(db, sittingId) : null;
  const round = spread ? null : opts.roundId ? readRound(db, opts.roundId) : latest ? readRound(db, latest.id) : null;
  return { round, spread, profile: lastColumns(profile, PRINTED_ROUNDS), roundCount: profile.rounds.length };
}
