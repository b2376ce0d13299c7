import { z } from 'zod';

export const historyState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});
export type HistoryState = z.infer<typeof historyState>;

export const backupInfo = z.object({
  id: z.string(),
  createdAt: z.string(),
  reason: z.enum(['open', 'before-restore']),
  sizeBytes: z.number(),
});
export type BackupInfo = z.infer<typeof backupInfo>;
