import type { z } from 'zod';

/** One method of the API: its input and output schemas, and whether it is an undoable edit. */
export interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
  undoable?: boolean;
  /** Largest request body the HTTP host accepts for this method; most calls are small. */
  maxBodyBytes?: number;
}

/** Enough for any form, list of ids or text a person types. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/** Lists that scale with a big map (positions, ids of a filtered map, open votes). */
export const BULK_MAX_BODY_BYTES = 16 * 1024 * 1024;
/** base64 of a file of `bytes`, plus room for the JSON around it. */
export const uploadBodyBytes = (bytes: number): number => Math.ceil((bytes * 4) / 3) + 64 * 1024;
