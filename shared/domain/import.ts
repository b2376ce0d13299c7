import { z } from 'zod';
import { STAKEHOLDER_KINDS, stakeholderFields, type StakeholderFields } from './stakeholder';

export const IMPORT_FIELDS = [
  'name', 'organisation', 'kind', 'role', 'village', 'district', 'coreBusiness', 'phone',
  'smallGroup', 'groupLeader', 'clusterMember', 'interest', 'influence', 'notes',
  'sector', 'cooperativeName', 'salesVolume', 'employees', 'yearFounded', 'productSpec', 'potential',
] as const;
export type ImportFieldName = (typeof IMPORT_FIELDS)[number];

/** Column index (as a string key) -> the field it fills, or null to ignore the column. */
export const columnMapping = z.record(z.string().regex(/^\d+$/), z.enum(IMPORT_FIELDS).nullable());

/** Values as read from the sheet: rows with errors may hold values the schema would refuse. */
export const importRowValues = z.custom<Partial<StakeholderFields> & { smallGroupName?: string }>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
);

export const importPreview = z.object({
  fileName: z.string(),
  sheetName: z.string().optional(),
  headers: z.array(z.string()),
  mapping: columnMapping,
  rows: z.array(z.object({
    rowNumber: z.number().int(),
    values: importRowValues,
    errors: z.array(z.object({ field: z.enum(IMPORT_FIELDS), reason: z.string() })),
    duplicateOf: z.union([z.literal('existing'), z.number().int()]).optional(),
  })),
  summary: z.object({ total: z.number(), valid: z.number(), withErrors: z.number(), duplicates: z.number() }),
});
export type ImportPreviewData = z.infer<typeof importPreview>;

/** What the facilitator confirmed: complete stakeholder values plus a small-group name to resolve. */
export const importCommitRow = stakeholderFields
  .omit({ smallGroupId: true })
  .partial()
  .extend({ name: stakeholderFields.shape.name, kind: z.enum(STAKEHOLDER_KINDS), smallGroupName: z.string().trim().max(120).optional() });
export type ImportCommitRow = z.infer<typeof importCommitRow>;
