import type { MeetingRecord } from '../../shared/domain/meeting';
import type { PhoneCheckIn } from '../../shared/participation/phone';
import type { Dispatch } from '../api';
import { dataOf, PhoneError } from './phoneError';
import type { Device, Session } from './session';
import type { JoinInput } from './workshopTarget';

/**
 * "Daftar hadir mandiri": phones check in at a meeting. An invited person picks their name; a
 * walk-in types name, organisation, village and phone and lands in the attendance as a walk-in,
 * which the facilitator can then put in the registry with one tap.
 */
export class MeetingTarget {
  constructor(private readonly dispatch: Dispatch, private readonly session: Session) {}

  private async record(): Promise<MeetingRecord> {
    return dataOf<MeetingRecord>(await this.dispatch('meetings.get', { projectId: this.session.projectId, id: this.session.targetId }));
  }

  async roster() {
    const m = await this.record();
    return {
      kind: 'meeting' as const,
      title: m.title,
      joinMode: this.session.joinMode,
      people: m.attendees.filter((a) => a.invited).map((a) => ({ id: a.id, name: a.name, organisation: a.organisation, taken: a.present || !!this.session.holderOf(a.id) })),
    };
  }

  async participantFor(input: JoinInput): Promise<{ id: string; name: string }> {
    const { projectId, targetId: meetingId } = this.session;
    if (input.participantId) {
      const a = (await this.record()).attendees.find((x) => x.id === input.participantId && x.invited);
      if (!a) throw new PhoneError('not_found', 'participant_not_found', 'No such person on the invited list');
      if (this.session.holderOf(a.id)) throw new PhoneError('conflict', 'name_taken', `${a.name} has checked in from another phone`, { name: a.name });
      dataOf(await this.dispatch('attendees.update', { projectId, id: a.id, present: true }));
      return a;
    }
    if (!input.name) throw new PhoneError('invalid_input', 'pick_a_name', 'Pick your name from the list, or type it');
    const walkIn = dataOf<{ id: string; name: string }>(await this.dispatch('attendees.add', {
      projectId, meetingId, walkIn: true, name: input.name,
      organisation: input.organisation ?? '', village: input.village ?? '', phone: input.phone ?? '',
    }));
    dataOf(await this.dispatch('attendees.update', { projectId, id: walkIn.id, present: true }));
    return walkIn;
  }

  async view(device: Device, revision: number): Promise<PhoneCheckIn> {
    const m = await this.record();
    const a = m.attendees.find((x) => x.id === device.participantId);
    return { kind: 'meeting', title: m.title, name: device.name, checkedIn: !!a?.present, revision };
  }
}
