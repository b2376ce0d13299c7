import { z } from 'zod';

/** The kop surat printed on top of official documents, set once per project. */
export const letterhead = z.object({
  institution: z.string().trim().max(200),
  subInstitution: z.string().trim().max(200),
  address: z.string().trim().max(300),
  contact: z.string().trim().max(200),
  /** PNG or JPEG, at most 1 MB. */
  logoBase64: z.string().max(1_400_000).nullable(),
  logoType: z.enum(['png', 'jpg']).nullable(),
});
export type Letterhead = z.infer<typeof letterhead>;
