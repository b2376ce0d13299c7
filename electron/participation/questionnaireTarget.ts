import type { MeetingRecord } from '../../shared/domain/meeting';
import type { QuestionnaireRound } from '../../shared/domain/questionnaire';
import type { PhoneQuestionnaire } from '../../shared/participation/phone';
import type { Dispatch } from '../api';
import { dataOf, PhoneError } from './phoneError';
import type { Device, Session } from './session';
import type { JoinInput } from './workshopTarget';

/** What the facilitator named the sitting when opening it to phones. */
export interface Sitting { sittingId: string; title: string; meetingId: string | null; date: string }

/**
 * ANNEX-1 on participants' phones: each phone answers a questionnaire round of its own, every
 * round of the session sharing the sitting's id, title, meeting and date. A person picked from
 * the meeting's list who joins again (another phone, or the session reopened) goes on with the
 * same round; a typed name or an anonymous join always starts a new one.
 */
export class QuestionnaireTarget {
  constructor(private readonly dispatch: Dispatch, private readonly session: Session, readonly sitting: Sitting) {}

  private get projectId(): string {
    return this.session.projectId;
  }

  private async meeting(): Promise<MeetingRecord | null> {
    const { meetingId } = this.sitting;
    return meetingId ? dataOf<MeetingRecord>(await this.dispatch('meetings.get', { projectId: this.projectId, id: meetingId })) : null;
  }

  private async rounds(): Promise<QuestionnaireRound[]> {
    const all = dataOf<QuestionnaireRound[]>(await this.dispatch('questionnaires.list', { projectId: this.projectId }));
    return all.filter((r) => r.sittingId === this.sitting.sittingId);
  }

  /** A picked person's round is found by their name among the sitting's respondents. */
  private async roundOf(name: string): Promise<QuestionnaireRound | undefined> {
    return (await this.rounds()).find((r) => r.respondent === name);
  }

  async roster() {
    const m = await this.meeting();
    const mode = this.session.joinMode;
    const attendees = mode === 'anonymous' || !m ? [] : m.attendees.filter((a) => a.invited || a.present);
    const rounds = attendees.length ? await this.rounds() : [];
    return {
      kind: 'questionnaire' as const,
      title: this.sitting.title,
      joinMode: mode,
      people: attendees.map((a) => {
        const round = rounds.find((r) => r.respondent === a.name);
        return { id: a.id, name: a.name, organisation: a.organisation, taken: !!round && !!this.session.holderOf(round.id) };
      }),
    };
  }

  private async newRound(respondent: string): Promise<QuestionnaireRound> {
    const { sittingId, title, meetingId, date } = this.sitting;
    return dataOf<QuestionnaireRound>(await this.dispatch('questionnaires.create', { projectId: this.projectId, sittingId, title, respondent, meetingId, date }));
  }

  /** The round this phone will answer; the device speaks for the round (its participantId). */
  async participantFor(input: JoinInput): Promise<{ id: string; name: string }> {
    if (this.session.joinMode === 'anonymous') {
      // A reopened sitting numbers on after the respondents it already has.
      if (this.session.anonymousJoins === 0) this.session.anonymousJoins = (await this.rounds()).length;
      const name = `Responden ${++this.session.anonymousJoins}`;
      return { id: (await this.newRound(name)).id, name };
    }
    if (input.participantId) {
      const a = (await this.meeting())?.attendees.find((x) => x.id === input.participantId && (x.invited || x.present));
      if (!a) throw new PhoneError('not_found', 'participant_not_found', 'No such person on the meeting\'s list');
      const earlier = await this.roundOf(a.name);
      if (earlier && this.session.holderOf(earlier.id)) throw new PhoneError('conflict', 'name_taken', `${a.name} has joined from another phone`, { name: a.name });
      return { id: (earlier ?? (await this.newRound(a.name))).id, name: a.name };
    }
    if (this.session.joinMode !== 'pick_or_type' || !input.name) throw new PhoneError('invalid_input', 'pick_a_name', 'Pick your name from the list, or type it');
    const organisation = [input.organisation, input.village].filter(Boolean).join(', ');
    const round = await this.newRound(organisation ? `${input.name} (${organisation})` : input.name);
    return { id: round.id, name: input.name };
  }

  private async round(device: Device): Promise<QuestionnaireRound> {
    try {
      return dataOf<QuestionnaireRound>(await this.dispatch('questionnaires.get', { projectId: this.projectId, id: device.participantId }));
    } catch (e) {
      // The facilitator deleted this phone's round: its answers are gone, so is its place.
      if (e instanceof PhoneError && e.code === 'not_found') throw new PhoneError('not_found', 'round_deleted', 'The facilitator has deleted your answers; join again');
      throw e;
    }
  }

  async view(device: Device, revision: number): Promise<PhoneQuestionnaire> {
    const r = await this.round(device);
    device.answered = r.answered;
    return { kind: 'questionnaire', title: r.title, name: device.name, choices: r.answers.map((a) => a.choice), revision };
  }

  async setAnswer(device: Device, base: number, choice: number | null) {
    const r = dataOf<QuestionnaireRound>(await this.dispatch('questionnaires.answer', { projectId: this.projectId, roundId: device.participantId, base, choice }));
    device.answered = r.answered;
    return { base, choice, answered: r.answered };
  }
}
