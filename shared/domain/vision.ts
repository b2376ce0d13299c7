import { z } from 'zod';

const id = z.string().uuid();
export const visionFields = z.object({
  vision: z.string().trim().min(1).max(1000),
  missions: z.array(z.string().trim().min(1).max(1000)).max(20),
  proposedBy: z.string().trim().max(200),
  /** The meeting in which it was proposed, when there was one. */
  meetingId: id.nullable(),
  note: z.string().trim().max(2000),
});
export type VisionFields = z.infer<typeof visionFields>;

export const visionVersion = visionFields.extend({
  id,
  number: z.number().int(),
  createdAt: z.string(),
  adoptedAt: z.string().nullable(),
  adoptedMeetingId: id.nullable(),
});
export type VisionVersion = z.infer<typeof visionVersion>;

/** Phrases from workshop cards or earlier drafts, offered while drafting. */
export const visionComparison = z.object({
  vision: z.array(z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() })),
  missions: z.array(z.object({ kind: z.enum(['same', 'added', 'removed', 'changed']), before: z.string().nullable(), after: z.string().nullable() })),
});
export type VisionComparison = z.infer<typeof visionComparison>;
