import { z } from 'zod';
import { isoDate, projectId } from '../domain/project';
import { JOIN_MODES, participationStatus } from '../participation/facilitator';
import type { MethodSpec } from './spec';

const id = z.string().uuid();
const ipv4 = z.string().regex(/^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/, 'An IPv4 address');

/**
 * Participants' phones: the facilitator opens a workshop (or a meeting's self check-in) to the
 * laptop's Wi-Fi hotspot. The participant server is separate from this API and listens on the
 * chosen interface only; these methods start, watch and stop it.
 */
export const participationMethods = {
  /** The laptop's IPv4 network interfaces a phone could reach (loopback left out). */
  'participation.interfaces': {
    input: z.object({}).strict(),
    output: z.array(z.object({ name: z.string(), address: z.string() })),
  },
  'participation.start': {
    input: z.object({
      projectId,
      workshopId: id.optional(),
      meetingId: id.optional(),
      /**
       * ANNEX-1 on phones: each phone answers a round of its own, all sharing the sitting id (a new
       * one, or an earlier sitting's to go on with it), its title, meeting and date.
       */
      questionnaire: z.object({
        sittingId: id,
        title: z.string().trim().min(1).max(200),
        meetingId: id.nullable(),
        date: isoDate.or(z.literal('')),
      }).strict().optional(),
      /** Default 5180. */
      port: z.number().int().min(1024).max(65535).optional(),
      /** One of participation.interfaces (or 127.0.0.1 on this computer); needed when there are several. */
      address: ipv4.optional(),
      joinMode: z.enum(JOIN_MODES).optional(),
    }).strict().refine((i) => [i.workshopId, i.meetingId, i.questionnaire].filter(Boolean).length === 1, 'Give a workshopId, a meetingId or a questionnaire'),
    output: z.object({ url: z.string(), code: z.string().regex(/^\d{4}$/), port: z.number().int(), address: z.string(), qrSvg: z.string() }),
  },
  'participation.status': { input: z.object({ projectId }).strict(), output: participationStatus },
  'participation.stop': { input: z.object({ projectId }).strict(), output: z.object({ stopped: z.boolean() }) },
  /** Signs one phone out; its token stops working at once and it is told so. */
  'participation.removeDevice': { input: z.object({ projectId, deviceId: id }).strict(), output: z.object({ removed: z.literal(true) }) },
} as const satisfies Record<string, MethodSpec>;
