import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max);
/** ISO calendar date (YYYY-MM-DD) or empty when not known yet. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the form YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'Not a real calendar date');

export const projectId = z.string().uuid();

export const projectDetails = z.object({
  name: text(120).min(1),
  product: text(120),
  regency: text(120),
  province: text(120),
  facilitatorName: text(120),
  facilitatorOffice: text(200),
  startDate: isoDate.or(z.literal('')),
  notes: text(5000),
});
export type ProjectDetails = z.infer<typeof projectDetails>;

export const project = projectDetails.extend({
  id: projectId,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Project = z.infer<typeof project>;

export const projectSummary = z.object({
  id: projectId,
  name: z.string(),
  product: z.string(),
  regency: z.string(),
  updatedAt: z.string(),
  openedAt: z.string().nullable(),
});
export type ProjectSummary = z.infer<typeof projectSummary>;

export const emptyDetails: Omit<ProjectDetails, 'name'> = {
  product: '',
  regency: '',
  province: '',
  facilitatorName: '',
  facilitatorOffice: '',
  startDate: '',
  notes: '',
};
