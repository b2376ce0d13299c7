import type { Database } from 'better-sqlite3';
import { BASE_COUNT } from '../../../shared/diagnosis/annex1';
import { suggestBase2, type Base2Suggestion } from '../../../shared/diagnosis/base2';
import { MAX_GRADE, MAX_TOTAL } from '../../../shared/diagnosis/scale';
import type { QuestionnaireProfile, QuestionnaireRound } from '../../../shared/domain/questionnaire';
import { listRounds, readRound } from './roundRows';

/** The grade of each Base in each round, oldest round first, for a chart or a table over time. */
export function profileOf(rounds: readonly QuestionnaireRound[]): QuestionnaireProfile {
  return {
    rounds: rounds.map((r) => ({ id: r.id, title: r.title, date: r.date, respondent: r.respondent, meetingTitle: r.meetingTitle, answered: r.answered, total: r.total })),
    bases: Array.from({ length: BASE_COUNT }, (_, i) => ({
      base: i + 1,
      cells: rounds.map((r) => ({ roundId: r.id, choice: r.answers[i]!.choice, grade: r.answers[i]!.grade })),
    })),
    maxGrade: MAX_GRADE,
    maxTotal: MAX_TOTAL,
  };
}

/** The named rounds (each must exist) in the profile's order, or all of them. */
export function questionnaireProfile(db: Database, roundIds?: readonly string[]): QuestionnaireProfile {
  if (!roundIds) return profileOf(listRounds(db));
  for (const id of roundIds) readRound(db, id);
  const wanted = new Set(roundIds);
  return profileOf(listRounds(db).filter((r) => wanted.has(r.id)));
}

/** Base 2 from the registry: every stakeholder recorded as a core firm counts. */
export function base2FromRegistry(db: Database): Base2Suggestion {
  const { n } = db.prepare("SELECT count(*) AS n FROM stakeholders WHERE kind = 'core_firm'").get() as { n: number };
  return suggestBase2(n);
}
