import type { Database } from 'better-sqlite3';
import { BASE_COUNT } from '../../../shared/diagnosis/annex1';
import { gradeOf, totalOf } from '../../../shared/diagnosis/scale';
import type { Answer, QuestionnaireRound } from '../../../shared/domain/questionnaire';
import { notFound } from '../../errors';

type Row = Record<string, unknown>;
interface AnswerRow { id: string; base: number; choice: number | null; note: string }

export function answerRows(db: Database, roundId: string): AnswerRow[] {
  return db.prepare('SELECT id, base, choice, note FROM questionnaire_answers WHERE round_id = ? ORDER BY base').all(roundId) as AnswerRow[];
}

/** All eight Bases, an unanswered one with choice null, so screens and documents never look one up. */
function answersOf(rows: readonly AnswerRow[]): Answer[] {
  return Array.from({ length: BASE_COUNT }, (_, i) => {
    const r = rows.find((a) => a.base === i + 1);
    const choice = r?.choice ?? null;
    return { base: i + 1, choice, grade: choice === null ? null : gradeOf(choice), note: r?.note ?? '' };
  });
}

function toRound(db: Database, r: Row): QuestionnaireRound {
  const answers = answersOf(answerRows(db, String(r.id)));
  // A meeting deleted since reads as none; undoing that deletion links it again.
  const linked = r.meeting_title !== null && r.meeting_title !== undefined;
  return {
    id: String(r.id), title: String(r.title), respondent: String(r.respondent), date: String(r.date), note: String(r.note),
    meetingId: linked ? String(r.meeting_id) : null,
    sittingId: r.sitting_id === null || r.sitting_id === undefined ? null : String(r.sitting_id),
    meetingTitle: linked ? String(r.meeting_title) : null,
    meetingDate: linked ? String(r.meeting_date) : null,
    answers,
    answered: answers.filter((a) => a.choice !== null).length,
    total: totalOf(answers.map((a) => a.choice)),
    createdAt: String(r.created_at), updatedAt: String(r.updated_at),
  };
}

const SELECT = `SELECT q.*, m.title AS meeting_title, m.date AS meeting_date FROM questionnaire_rounds q
  LEFT JOIN meetings m ON m.id = q.meeting_id`;

export function readRound(db: Database, id: string): QuestionnaireRound {
  const row = db.prepare(`${SELECT} WHERE q.id = ?`).get(id) as Row | undefined;
  if (!row) throw notFound('questionnaire_round', id);
  return toRound(db, row);
}

/** Oldest first by the date answered; rounds without a date after them, in the order made. */
export function listRounds(db: Database): QuestionnaireRound[] {
  return (db.prepare(`${SELECT} ORDER BY q.date = '', q.date, q.created_at, q.id`).all() as Row[]).map((r) => toRound(db, r));
}

/** The rounds of one phone sitting, in the order the phones joined. */
export function sittingRounds(db: Database, sittingId: string): QuestionnaireRound[] {
  return (db.prepare(`${SELECT} WHERE q.sitting_id = ? ORDER BY q.created_at, q.id`).all(sittingId) as Row[]).map((r) => toRound(db, r));
}
