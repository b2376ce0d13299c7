import type { Database } from 'better-sqlite3';
import type { QuestionnaireRound } from '../../../shared/domain/questionnaire';
import type { ProjectTools } from '../../handlers/types';
import { readRound } from './roundRows';

export interface AnswerPatch { base: number; choice?: number | null; note?: string }

/**
 * Sets a Base's choice and/or note in one round. A row with neither left is removed, so an
 * answer taken back leaves the round as if never touched.
 */
export function answerBase(db: Database, roundId: string, patch: AnswerPatch, t: ProjectTools): QuestionnaireRound {
  readRound(db, roundId);
  const row = db.prepare('SELECT id, choice, note FROM questionnaire_answers WHERE round_id = ? AND base = ?').get(roundId, patch.base) as
    { id: string; choice: number | null; note: string } | undefined;
  const choice = patch.choice === undefined ? (row?.choice ?? null) : patch.choice;
  const note = patch.note ?? row?.note ?? '';
  if (choice === null && note === '') {
    if (row) t.rec.delete('questionnaire_answers', row.id);
  } else if (row) {
    t.rec.update('questionnaire_answers', row.id, { choice, note });
  } else {
    t.rec.insert('questionnaire_answers', { id: t.newId(), round_id: roundId, base: patch.base, choice, note });
  }
  t.rec.update('questionnaire_rounds', roundId, { updated_at: t.now });
  return readRound(db, roundId);
}
