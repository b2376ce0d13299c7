import { z } from 'zod';
import { isoDate } from './project';

export const organisationFields = z.object({
  name: z.string().trim().min(1).max(200),
  /** Seat (address) of the organisation. */
  seat: z.string().trim().max(300),
  foundingDate: isoDate.or(z.literal('')),
  termYears: z.number().int().min(1).max(10).nullable(),
  announcedMeetingId: z.string().uuid().nullable(),
  announcedAt: z.string().nullable(),
});
export type OrganisationFields = z.infer<typeof organisationFields>;

export const boardMember = z.object({
  id: z.string().uuid(),
  positionId: z.string().uuid(),
  /** The meeting that elected this holder (FGD-2, or a later general meeting). */
  meetingId: z.string().uuid().nullable(),
  positionTitle: z.string(),
  attendeeId: z.string().uuid().nullable(),
  stakeholderId: z.string().uuid().nullable(),
  name: z.string(),
  organisation: z.string(),
  termStart: z.string(),
  termEnd: z.string(),
});
export type BoardMember = z.infer<typeof boardMember>;

export const organisation = organisationFields.extend({ board: z.array(boardMember) });
export type Organisation = z.infer<typeof organisation>;
