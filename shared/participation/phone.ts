import { z } from 'zod';
import { CARD_TEXT_MAX } from '../domain/workshop';
import { BASE_COUNT, STATEMENT_COUNT } from '../diagnosis/annex1';
import { JOIN_MODES, PARTICIPATION_KINDS } from './facilitator';

/**
 * The participant API: what a phone may send to the participant server (POST /p/api/<method>,
 * JSON, `Authorization: Bearer <token>` after joining) and what it gets back, in the same
 * { ok, data } / { ok: false, error } envelope as the facilitator's API. The phone page imports
 * the types only, so its bundle carries no zod.
 */
const clientId = z.string().min(8).max(64).regex(/^[\w-]+$/);
const id = z.string().uuid();
const code = z.string().regex(/^\d{4}$/);
const level = z.number().int().min(1).max(5).nullable();

export const phoneMethods = {
  /** Before joining: what is open, and the names to pick from. Needs the code, so no one outside learns the names. */
  roster: {
    input: z.object({ code }).strict(),
    output: z.object({
      kind: z.enum(PARTICIPATION_KINDS),
      title: z.string(),
      joinMode: z.enum(JOIN_MODES),
      people: z.array(z.object({ id, name: z.string(), organisation: z.string(), taken: z.boolean() })),
    }),
  },
  join: {
    input: z.object({
      code,
      participantId: id.optional(),
      name: z.string().trim().min(1).max(120).optional(),
      /** Organisation of a typed name (and of a walk-in at a meeting). */
      organisation: z.string().trim().max(200).optional(),
      village: z.string().trim().max(120).optional(),
      phone: z.string().trim().max(40).regex(/^[0-9+()\-.\s]*$/).optional(),
    }).strict(),
    output: z.object({ token: z.string(), deviceId: z.string(), name: z.string() }),
  },
  board: { input: z.object({}).strict(), output: z.unknown() },
  'cards.create': { input: z.object({ text: z.string().trim().min(1).max(CARD_TEXT_MAX), clientId }).strict(), output: z.unknown() },
  'cards.update': { input: z.object({ cardId: id, text: z.string().trim().min(1).max(CARD_TEXT_MAX), clientId }).strict(), output: z.unknown() },
  'votes.set': { input: z.object({ targetId: id, dots: z.number().int().min(0).max(20), clientId: clientId.optional() }).strict(), output: z.unknown() },
  /** This participant's importance and feasibility 1-5 of a card/group; both null take them back. Only when the workshop decides by scores. */
  'scores.set': { input: z.object({ targetId: id, importance: level, feasibility: level, clientId }).strict(), output: z.unknown() },
  /** This phone's statement for one ANNEX-1 Base; null takes it back. Only in a questionnaire sitting. */
  'answers.set': {
    input: z.object({ base: z.number().int().min(1).max(BASE_COUNT), choice: z.number().int().min(1).max(STATEMENT_COUNT).nullable(), clientId }).strict(),
    output: z.unknown(),
  },
  leave: { input: z.object({}).strict(), output: z.object({ left: z.literal(true) }) },
} as const;
export type PhoneMethod = keyof typeof phoneMethods;
export const isPhoneMethod = (m: string): m is PhoneMethod => Object.hasOwn(phoneMethods, m);

/** A card as a phone sees it: its own cards always, the others once revealed. */
export interface PhoneCard {
  id: string;
  text: string;
  groupId: string | null;
  mine: boolean;
  /** Still hidden from everyone else (private round not revealed yet); editable while true. */
  hidden: boolean;
  /** Dots this participant placed on it. */
  myDots: number;
  /** This participant's own scores 1-5, null until given. */
  myImportance: number | null;
  myFeasibility: number | null;
}

export interface PhoneBoard {
  kind: 'workshop';
  theme: string;
  name: string;
  rules: string[];
  privateWriting: boolean;
  groups: { id: string; name: string; colour: string; myDots: number; myImportance: number | null; myFeasibility: number | null }[];
  cards: PhoneCard[];
  /** What dots go on: cards or themes (groups). */
  rankTarget: 'card' | 'group';
  decision: 'dots' | 'scores';
  dotsPerParticipant: number;
  dotsLeft: number;
  /** The timer, if a round is on: seconds left when read, and whether it runs. */
  timer: { label: string; remainingSeconds: number; running: boolean } | null;
  revision: number;
}

export interface PhoneCheckIn {
  kind: 'meeting';
  title: string;
  name: string;
  checkedIn: boolean;
  revision: number;
}

/** An ANNEX-1 sitting as a phone sees it: its own answers; the statements are in the page itself. */
export interface PhoneQuestionnaire {
  kind: 'questionnaire';
  title: string;
  name: string;
  /** Base 1..8: the statement chosen (1..5), null while unanswered. */
  choices: (number | null)[];
  revision: number;
}

/** Server-sent events on GET /p/api/events: `changed` (fetch the board again), `closed`, `removed`. */
export type PhoneEvent = 'changed' | 'closed' | 'removed';
