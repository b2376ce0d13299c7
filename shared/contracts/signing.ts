import { z } from 'zod';
import { regency, regencyCode } from '../domain/regions';
import { official, signingSettings, witnesses } from '../domain/signing';
import type { MethodSpec } from './spec';

const projectId = z.string().uuid();
const inMeeting = z.object({ projectId, meetingId: z.string().uuid() });

export const signingState = signingSettings.extend({
  /** The picked regency as the list has it; null until one is picked. */
  regency: regency.nullable(),
  /** What is printed for each official whose own title is empty. */
  titles: z.object({ kepalaDinas: z.string(), regionalHead: z.string(), kepalaBappeda: z.string() }),
});

/** Where and by whom the project's papers are signed; witnesses of an election. */
export const signingMethods = {
  /** Indonesia's kabupaten and kota with their provinces and seats (resources/regions). */
  'regions.list': { input: z.object({}).strict(), output: z.array(regency) },
  'signing.get': { input: z.object({ projectId }).strict(), output: signingState },
  /** Picking a regency also sets the project's regency and province, and moves a default place. */
  'signing.set': {
    input: z.object({
      projectId,
      regencyCode: regencyCode.or(z.literal('')).optional(),
      place: signingSettings.shape.place.optional(),
      officials: z.object({
        kepalaDinas: official.partial().optional(),
        regionalHead: official.partial().optional(),
        kepalaBappeda: official.partial().optional(),
      }).strict().optional(),
    }).strict(),
    output: signingState,
    undoable: true,
  },
  'signing.witnesses': { input: inMeeting.strict(), output: z.object({ witnesses }) },
  'signing.setWitnesses': { input: inMeeting.extend({ witnesses }).strict(), output: z.object({ witnesses }), undoable: true },
} as const satisfies Record<string, MethodSpec>;
