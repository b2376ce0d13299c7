import type { Database } from 'better-sqlite3';
import type { QuestionnaireRound, RoundFields } from '../../../shared/domain/questionnaire';
import { toColumns } from '../../db/rows';
import type { ProjectTools } from '../../handlers/types';
import { readMeeting } from '../meetings';
import { answerRows, readRound } from './roundRows';

export type NewRound = Partial<RoundFields> & { title: string };

export function createRound(db: Database, input: NewRound, t: ProjectTools): QuestionnaireRound {
  if (input.meetingId) readMeeting(db, input.meetingId);
  const id = t.newId();
  t.rec.insert('questionnaire_rounds', { id, ...toColumns({ ...input }), created_at: t.now, updated_at: t.now });
  return readRound(db, id);
}

export function updateRound(db: Database, id: string, patch: Partial<RoundFields>, t: ProjectTools): QuestionnaireRound {
  readRound(db, id);
  if (patch.meetingId) readMeeting(db, patch.meetingId);
  t.rec.update('questionnaire_rounds', id, { ...toColumns(patch), updated_at: t.now });
  return readRound(db, id);
}

/** Answers first, through the change log, so one undo restores the round whole. */
export function deleteRound(db: Database, id: string, t: ProjectTools): { deleted: true } {
  readRound(db, id);
  for (const a of answerRows(db, id)) t.rec.delete('questionnaire_answers', a.id);
  t.rec.delete('questionnaire_rounds', id);
  return { deleted: true };
}
