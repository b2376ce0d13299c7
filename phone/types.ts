import type { z } from 'zod';
import type { PhoneBoard, PhoneCheckIn, PhoneQuestionnaire, phoneMethods } from '../shared/participation/phone';

// Types only: the page carries no zod.
export type { PhoneBoard, PhoneCard, PhoneCheckIn, PhoneEvent, PhoneQuestionnaire } from '../shared/participation/phone';
/** What the laptop shows this phone, by the kind of session. */
export type PhoneView = PhoneBoard | PhoneCheckIn | PhoneQuestionnaire;
export type Roster = z.infer<typeof phoneMethods.roster.output>;
export type RosterPerson = Roster['people'][number];
export type Joined = z.infer<typeof phoneMethods.join.output>;
export type JoinInput = z.input<typeof phoneMethods.join.input>;
