import type { Database } from 'better-sqlite3';
import { BASE_COUNT } from '../../../shared/diagnosis/annex1';
import { suggestBase2, type Base2Suggestion } from '../../../shared/diagnosis/base2';
import { gradeOf, MAX_GRADE, MAX_TOTAL, totalOf } from '../../../shared/diagnosis/scale';
import { medianChoice } from '../../../shared/diagnosis/spread';
import type { QuestionnaireProfile, QuestionnaireRound } from '../../../shared/domain/questionnaire';
import { listRounds, readRound } from './roundRows';

interface Column { id: string; title: string; date: string; respondent: string; meetingTitle: string | null; respondents: number; choices: (number | null)[] }

/** A round entered by hand is a column; the rounds of a phone sitting are one, at its first round's place. */
function columnsOf(rounds: readonly QuestionnaireRound[]): Column[] {
  const columns: Column[] = [];
  const sittings = new Map<string, QuestionnaireRound[]>();
  for (const r of rounds) {
    if (r.sittingId === null) {
      columns.push({ ...r, respondents: 1, choices: r.answers.map((a) => a.choice) });
      continue;
    }
    const members = sittings.get(r.sittingId);
    if (members) { members.push(r); continue; }
    sittings.set(r.sittingId, [r]);
    columns.push({ id: r.sittingId, title: r.title, date: r.date, respondent: '', meetingTitle: r.meetingTitle, respondents: 0, choices: [] });
  }
  for (const c of columns) {
    const members = sittings.get(c.id);
    if (!members) continue;
    c.respondents = members.length;
    c.choices = Array.from({ length: BASE_COUNT }, (_, i) => medianChoice(members.map((m) => m.answers[i]!.choice)));
  }
  return columns;
}

/** The grade of each Base in each round (or sitting), oldest first, for a chart or a table over time. */
export function profileOf(rounds: readonly QuestionnaireRound[]): QuestionnaireProfile {
  const columns = columnsOf(rounds);
  return {
    rounds: columns.map((c) => ({
      id: c.id, title: c.title, date: c.date, respondent: c.respondent, meetingTitle: c.meetingTitle, respondents: c.respondents,
      answered: c.choices.filter((x) => x !== null).length, total: totalOf(c.choices),
    })),
    bases: Array.from({ length: BASE_COUNT }, (_, i) => ({
      base: i + 1,
      cells: columns.map((c) => {
        const choice = c.choices[i] ?? null;
        return { roundId: c.id, choice, grade: choice === null ? null : gradeOf(choice) };
      }),
    })),
    maxGrade: MAX_GRADE,
    maxTotal: MAX_TOTAL,
  };
}

/** The profile's last n columns (a sitting is one column, never cut in half). */
export function lastColumns(profile: QuestionnaireProfile, n: number): QuestionnaireProfile {
  return { ...profile, rounds: profile.rounds.slice(-n), bases: profile.bases.map((b) => ({ ...b, cells: b.cells.slice(-n) })) };
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
