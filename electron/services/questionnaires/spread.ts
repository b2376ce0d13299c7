import type { Database } from 'better-sqlite3';
import { BASE_COUNT } from '../../../shared/diagnosis/annex1';
import { spreadOf } from '../../../shared/diagnosis/spread';
import type { QuestionnaireSpread } from '../../../shared/domain/questionnaire';
import { notFound } from '../../errors';
import { sittingRounds } from './roundRows';

/** How the phones of one sitting answered, per Base; a sitting nobody answered in does not exist. */
export function questionnaireSpread(db: Database, sittingId: string): QuestionnaireSpread {
  const rounds = sittingRounds(db, sittingId);
  const first = rounds[0];
  if (!first) throw notFound('questionnaire_sitting', sittingId);
  return {
    sittingId, title: first.title, date: first.date, meetingTitle: first.meetingTitle,
    respondents: rounds.length,
    complete: rounds.filter((r) => r.answered === BASE_COUNT).length,
    bases: spreadOf(rounds.map((r) => r.answers.map((a) => a.choice))),
  };
}
