import type { MeetingKind } from '../../../shared/domain/meeting';
import { AGENDA_TEMPLATES } from '../../../shared/domain/meetingTemplates';
import { step, type StoryStep } from './runStory';

export interface DemoAgendaItem {
  /** Replaces the template's title when given. */
  title?: string;
  discussion: string;
  decisions?: string[];
}

export interface DemoMeeting {
  /** The name later steps use for this meeting ("kickoff"). */
  as: string;
  kind: MeetingKind;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  chairName: string;
  chairRole: string;
  minuteTakerName: string;
  minuteTakerRole: string;
  nextMeetingDate?: string;
  nextMeetingAgenda?: string;
  /** Stakeholder keys invited from the registry. */
  invited: string[];
  /** Invited but did not come. */
  absent?: string[];
  walkIns?: { name: string; organisation: string; role: string; village: string; phone?: string }[];
  /** One entry per template item (in order); entries beyond the template are added. */
  agenda: DemoAgendaItem[];
  followUps?: { what: string; who: string; due: string; agendaIndex?: number }[];
}

/**
 * A meeting as the facilitator records it: created (with the guideline's agenda), the agenda
 * filled in, the invitations, who came, decisions and follow-ups, then closed.
 */
export function meetingSteps(m: DemoMeeting): StoryStep[] {
  const template = AGENDA_TEMPLATES[m.kind];
  const steps: StoryStep[] = [
    step('meetings.create')(() => ({
      kind: m.kind, title: m.title, date: m.date, startTime: m.startTime, endTime: m.endTime, timeZone: 'WIB', place: m.place,
      chairName: m.chairName, chairRole: m.chairRole, minuteTakerName: m.minuteTakerName, minuteTakerRole: m.minuteTakerRole,
    }), m.as),
  ];
  m.agenda.forEach((item, i) => {
    if (i < template.length) {
      steps.push(step('agenda.update')((r) => ({ id: r.agendaId(m.as, i), discussion: item.discussion, ...(item.title ? { title: item.title } : {}) })));
    } else {
      steps.push(step('agenda.add')((r) => ({ meetingId: r.id(m.as), title: item.title ?? `Agenda ${i + 1}`, discussion: item.discussion })));
    }
  });
  // Template items the meeting did not take up are struck from the agenda (last first).
  for (let i = template.length - 1; i >= m.agenda.length; i--) steps.push(step('agenda.delete')((r) => ({ id: r.agendaId(m.as, i) })));
  steps.push(step('attendees.invite')((r) => ({ meetingId: r.id(m.as), stakeholderIds: m.invited.map((k) => r.s(k)) })));
  for (const w of m.walkIns ?? []) {
    steps.push(step('attendees.add')((r) => ({ meetingId: r.id(m.as), walkIn: true, name: w.name, organisation: w.organisation, role: w.role, village: w.village, phone: w.phone ?? '' })));
  }
  // Read the record again: the agenda and attendees now carry the ids later steps refer to.
  steps.push(step('meetings.get')((r) => ({ id: r.id(m.as) }), m.as));
  for (const k of m.invited) {
    if (m.absent?.includes(k)) continue;
    steps.push(step('attendees.update')((r) => ({ id: r.attendeeId(m.as, k), present: true })));
  }
  m.agenda.forEach((item, i) => {
    for (const text of item.decisions ?? []) steps.push(step('decisions.add')((r) => ({ agendaItemId: r.agendaId(m.as, i), text })));
  });
  for (const f of m.followUps ?? []) {
    steps.push(step('followUps.add')((r) => ({
      meetingId: r.id(m.as), agendaItemId: f.agendaIndex === undefined ? null : r.agendaId(m.as, f.agendaIndex), what: f.what, who: f.who, due: f.due,
    })));
  }
  steps.push(step('meetings.update')((r) => ({
    id: r.id(m.as), closingTime: m.endTime, nextMeetingDate: m.nextMeetingDate ?? '', nextMeetingAgenda: m.nextMeetingAgenda ?? '',
  })));
  return steps;
}
