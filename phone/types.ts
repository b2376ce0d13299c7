import type { z } from 'zod';
import type { phoneMethods } from '../shared/participation/phone';

// Types only: the page carries no zod.
export type { PhoneBoard, PhoneCard, PhoneCheckIn, PhoneEvent } from '../shared/participation/phone';
export type Roster = z.infer<typeof phoneMethods.roster.output>;
export type RosterPerson = Roster['people'][number];
export type Joined = z.infer<typeof phoneMethods.join.output>;
export type JoinInput = z.input<typeof phoneMethods.join.input>;
