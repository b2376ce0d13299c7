import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { MeetingRecord } from '../../../shared/domain/meeting';
import type { Dispatch } from '../../api';

/** What a step's input may refer to: the project, the base demo's stakeholders, earlier results. */
export interface Refs {
  projectId: string;
  /** A base-demo stakeholder's id by its key in demo-project.json ("s1"). */
  s(key: string): string;
  /** The result of an earlier step, by the name it was kept under (`as`). */
  out<M extends MethodName>(name: string): MethodOutput<M>;
  /** The id of an earlier step's result. */
  id(name: string): string;
  /** An agenda item of a meeting kept under `meeting` (its record as last read), by position. */
  agendaId(meeting: string, index: number): string;
  /** A meeting's attendee: by stakeholder key ("s1") or, for walk-ins, by the name as typed. */
  attendeeId(meeting: string, who: string): string;
}

type InputOf<M extends MethodName> = Omit<MethodInput<M>, 'projectId'>;
/** One public API call; `projectId` is added by the runner. */
export interface StoryStep {
  method: MethodName;
  input: (r: Refs) => object;
  as?: string;
}

/**
 * One call of the story: `step('meetings.create')((r) => ({ ... }), 'kickoff')`. The method is
 * given first so the input is checked against that method's contract (literals included).
 */
export function step<M extends MethodName>(method: M): (input: (r: Refs) => InputOf<M>, as?: string) => StoryStep {
  return (input, as) => ({ method, input, as });
}

export class StoryError extends Error {}

/**
 * Runs the story call by call through the dispatcher (validation, rules, one transaction each).
 * A step that fails stops the story with an error naming it: the story is data we ship, so a
 * broken step is our bug and a unit test runs them all.
 */
export async function runStory(dispatch: Dispatch, projectId: string, stakeholderIds: ReadonlyMap<string, string>, steps: readonly StoryStep[]): Promise<Map<string, unknown>> {
  const results = new Map<string, unknown>();
  const need = (name: string) => {
    if (!results.has(name)) throw new StoryError(`no earlier result named "${name}"`);
    return results.get(name);
  };
  const meetingRecord = (name: string) => need(name) as MeetingRecord;
  const refs: Refs = {
    projectId,
    s: (key) => {
      const id = stakeholderIds.get(key);
      if (!id) throw new StoryError(`no demo stakeholder "${key}"`);
      return id;
    },
    out: <M extends MethodName>(name: string) => need(name) as MethodOutput<M>,
    id: (name) => {
      const id = (need(name) as { id?: unknown }).id;
      if (typeof id !== 'string') throw new StoryError(`result "${name}" has no id`);
      return id;
    },
    agendaId: (meeting, index) => {
      const item = [...meetingRecord(meeting).agenda].sort((a, b) => a.position - b.position)[index];
      if (!item) throw new StoryError(`meeting "${meeting}" has no agenda item ${index + 1}`);
      return item.id;
    },
    attendeeId: (meeting, who) => {
      const stakeholderId = stakeholderIds.get(who);
      const found = meetingRecord(meeting).attendees.find((a) => (stakeholderId ? a.stakeholderId === stakeholderId : a.name === who));
      if (!found) throw new StoryError(`meeting "${meeting}" has no attendee "${who}"`);
      return found.id;
    },
  };
  for (const [i, s] of steps.entries()) {
    const label = `demo story step ${i + 1} (${s.method}${s.as ? ` as "${s.as}"` : ''})`;
    let input: object;
    try {
      input = { projectId, ...s.input(refs) };
    } catch (e) {
      throw new StoryError(`${label}: its input cannot be resolved: ${(e as Error).message}`);
    }
    const answer = await dispatch(s.method, input);
    if (!answer.ok) throw new StoryError(`${label} failed: ${answer.error.reason}: ${answer.error.message}${'issues' in answer.error && answer.error.issues ? ` ${JSON.stringify(answer.error.issues)}` : ''}`);
    if (s.as) results.set(s.as, answer.data);
  }
  return results;
}
