import { z } from 'zod';
import { isoDate } from './project';

const text = (max: number) => z.string().trim().max(max);
/** The most lines a letter or decree list holds (paragraphs, Tembusan, Menimbang...). */
export const MAX_LIST_ITEMS = 40;
const list = (max: number) => z.array(z.string().trim().min(1).max(max)).max(MAX_LIST_ITEMS);
export const REGIONAL_HEADS = ['bupati', 'walikota', 'gubernur'] as const;
export type RegionalHead = (typeof REGIONAL_HEADS)[number];
/** Who asks the regional head for the committee and signs the letter (guideline: Bappeda or the Dinas). */
export const CEDC_INITIATORS = ['bappeda', 'dinas', 'cluster'] as const;
export type CedcInitiator = (typeof CEDC_INITIATORS)[number];

/** The request letter from the cluster organisation to the regional head (DOCUMENTS.md). */
export const requestLetter = z.object({
  number: text(120),
  /** Sifat: Biasa / Penting / Segera. */
  nature: text(40),
  /** Lampiran, e.g. "1 (satu) berkas". */
  attachment: text(120),
  subject: text(300),
  place: text(120),
  date: isoDate.or(z.literal('')),
  /** Background and request, one paragraph each; the closing sentence is fixed. */
  body: list(3000),
  signerName: text(120),
  signerPosition: text(200),
  copies: list(300),
});
export type RequestLetter = z.infer<typeof requestLetter>;

/** The draft decree (Keputusan Bupati/Walikota/Gubernur) forming the committee. */
export const decreeDraft = z.object({
  number: text(60),
  year: z.string().regex(/^(\d{4})?$/),
  /** TENTANG ... (the subject in capitals on the title page). */
  subject: text(300),
  considerations: list(2000),
  legalBases: list(1000),
  dictums: list(3000),
  place: text(120),
  copies: list(300),
});
export type DecreeDraft = z.infer<typeof decreeDraft>;

export const cedcSettings = z.object({
  committeeName: text(300),
  regionalHead: z.enum(REGIONAL_HEADS),
  regionName: text(120),
  regionalHeadName: text(120),
  initiator: z.enum(CEDC_INITIATORS),
  letter: requestLetter,
  decree: decreeDraft,
});
export type CedcSettings = z.infer<typeof cedcSettings>;

export const cedcMemberFields = z.object({
  institution: text(200).min(1),
  /** Position in the committee: Ketua, Wakil Ketua, Sekretaris, Anggota... */
  committeePosition: text(120).min(1),
  /** Position in the institution, e.g. "Kepala Dinas". */
  officialPosition: text(200),
  person: text(120),
  stakeholderId: z.string().uuid().nullable(),
});
/** The meeting whose election filled this seat ("dipilih dalam <rapat>"); null for a hand entry. */
export const cedcElectedIn = z.object({ meetingId: z.string().uuid(), title: z.string(), date: z.string() });
export const cedcMember = cedcMemberFields.extend({ id: z.string().uuid(), position: z.number().int(), electedIn: cedcElectedIn.nullable() });
export type CedcMember = z.infer<typeof cedcMember>;

export const cedc = cedcSettings.extend({ members: z.array(cedcMember) });
export type Cedc = z.infer<typeof cedc>;
