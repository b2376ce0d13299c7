import { z } from 'zod';
import { isoDate } from './project';

export const MEETING_KINDS = ['kickoff', 'small_group', 'fgd1', 'fgd2', 'general', 'other'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const TIME_ZONES = ['WIB', 'WITA', 'WIT'] as const;

const text = (max: number) => z.string().trim().max(max);
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM');
const id = z.string().uuid();

export const meetingFields = z.object({
  kind: z.enum(MEETING_KINDS),
  title: text(200).min(1),
  date: isoDate.or(z.literal('')),
  startTime: clockTime.or(z.literal('')),
  endTime: clockTime.or(z.literal('')),
  timeZone: z.enum(TIME_ZONES),
  place: text(200),
  chairName: text(120),
  chairRole: text(120),
  minuteTakerName: text(120),
  minuteTakerRole: text(120),
  /** Time the meeting was closed, written in the minutes ("Rapat ditutup pukul ..."). */
  closingTime: clockTime.or(z.literal('')),
  nextMeetingDate: isoDate.or(z.literal('')),
  nextMeetingAgenda: text(2000),
});
export type MeetingFields = z.infer<typeof meetingFields>;
export const meeting = meetingFields.extend({ id, createdAt: z.string(), updatedAt: z.string() });
export type Meeting = z.infer<typeof meeting>;

export const agendaItemFields = z.object({ title: text(300).min(1), discussion: text(20_000) });
export const agendaItem = agendaItemFields.extend({ id, meetingId: id, position: z.number().int() });
export type AgendaItem = z.infer<typeof agendaItem>;

export const decisionFields = z.object({ text: text(2000).min(1) });
export const decision = decisionFields.extend({ id, agendaItemId: id, position: z.number().int() });
export type Decision = z.infer<typeof decision>;

export const followUpFields = z.object({ what: text(1000).min(1), who: text(200), due: isoDate.or(z.literal('')) });
export const followUp = followUpFields.extend({ id, meetingId: id, agendaItemId: id.nullable(), position: z.number().int() });
export type FollowUp = z.infer<typeof followUp>;

export const attendeeFields = z.object({
  name: text(120).min(1),
  organisation: text(200),
  role: text(120),
  village: text(120),
  phone: text(40).regex(/^[0-9+()\-.\s]*$/, 'Only digits, spaces and + ( ) - .'),
});
export const attendee = attendeeFields.extend({
  id,
  meetingId: id,
  stakeholderId: id.nullable(),
  invited: z.boolean(),
  present: z.boolean(),
  /** Came without an invitation; may be added to the registry later. */
  walkIn: z.boolean(),
  position: z.number().int(),
});
export type Attendee = z.infer<typeof attendee>;

/** Everything the meeting screen and its documents need, in one read. */
export const meetingRecord = meeting.extend({
  agenda: z.array(agendaItem.extend({ decisions: z.array(decision) })),
  followUps: z.array(followUp),
  attendees: z.array(attendee),
});
export type MeetingRecord = z.infer<typeof meetingRecord>;
