import { z } from 'zod';

/**
 * How a phone joins: picking a name from the workshop's participants (or the meeting's invited
 * list), picking or typing one, or anonymously (a numbered participant whose cards carry no name).
 */
export const JOIN_MODES = ['pick', 'pick_or_type', 'anonymous'] as const;
export type JoinMode = (typeof JOIN_MODES)[number];
export const DEFAULT_PARTICIPANT_PORT = 5180;
/** What phones join: a workshop, a meeting's self check-in, or an ANNEX-1 sitting (one answer set per phone). */
export const PARTICIPATION_KINDS = ['workshop', 'meeting', 'questionnaire'] as const;
export type ParticipationKind = (typeof PARTICIPATION_KINDS)[number];

export const participationDevice = z.object({
  id: z.string(),
  /** The participant's name as joined; "Peserta 3" when anonymous. */
  name: z.string(),
  participantId: z.string().nullable(),
  joinedAt: z.string(),
  lastSeenAt: z.string(),
  /** Listening for live updates right now. */
  connected: z.boolean(),
  cards: z.number().int(),
  /** ANNEX-1 Bases answered from this phone (a questionnaire sitting). */
  answered: z.number().int(),
});
export type ParticipationDevice = z.infer<typeof participationDevice>;

export const participationStatus = z.object({
  open: z.boolean(),
  kind: z.enum(PARTICIPATION_KINDS).nullable(),
  targetId: z.string().nullable(),
  url: z.string().nullable(),
  code: z.string().nullable(),
  port: z.number().int().nullable(),
  qrSvg: z.string().nullable(),
  joinMode: z.enum(JOIN_MODES).nullable(),
  /** Devices signed in, and the number of participants (or invited people) expected. */
  joined: z.number().int(),
  expected: z.number().int(),
  devices: z.array(participationDevice),
});
export type ParticipationStatus = z.infer<typeof participationStatus>;
