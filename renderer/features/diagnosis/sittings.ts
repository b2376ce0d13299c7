import type { QuestionnaireRound } from '../../../shared/domain/questionnaire';

/** The rounds of one phone sitting, with what the list and the reopening need. */
export interface Sitting {
  id: string;
  title: string;
  date: string;
  meetingId: string | null;
  meetingTitle: string | null;
  rounds: QuestionnaireRound[];
}

/** The round list in order: a round entered by hand, or a sitting at its first round's place. */
export type ListEntry = { kind: 'round'; round: QuestionnaireRound } | { kind: 'sitting'; sitting: Sitting };

export function listEntries(rounds: readonly QuestionnaireRound[]): ListEntry[] {
  const entries: ListEntry[] = [];
  const sittings = new Map<string, Sitting>();
  for (const r of rounds) {
    if (r.sittingId === null) { entries.push({ kind: 'round', round: r }); continue; }
    const known = sittings.get(r.sittingId);
    if (known) { known.rounds.push(r); continue; }
    const sitting: Sitting = { id: r.sittingId, title: r.title, date: r.date, meetingId: r.meetingId, meetingTitle: r.meetingTitle, rounds: [r] };
    sittings.set(r.sittingId, sitting);
    entries.push({ kind: 'sitting', sitting });
  }
  return entries;
}
