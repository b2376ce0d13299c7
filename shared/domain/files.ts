import { z } from 'zod';

/** A binary file travelling through the API (documents, project copies). */
export const binaryFile = z.object({
  fileName: z.string().min(1).max(255),
  mimeType: z.string().min(1),
  base64: z.string(),
});
export type BinaryFile = z.infer<typeof binaryFile>;

export const PROJECT_FILE_EXTENSION = '.klaster';
export const PROJECT_FILE_MIME = 'application/vnd.klaster-workbench.project+sqlite';
/** Upload limit for project files sent through the API (a project is small; this is generous). */
export const MAX_PROJECT_FILE_BYTES = 200 * 1024 * 1024;
/** A sign-in sheet (CSV/XLSX) sent for import; 20,000 rows fit well within it. */
export const MAX_IMPORT_FILE_BYTES = 32 * 1024 * 1024;
/** A letterhead logo (PNG/JPEG), checked again by the letterhead schema. */
export const MAX_LOGO_BYTES = 1024 * 1024;
