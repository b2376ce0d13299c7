import type { z } from 'zod';

/** One method of the API: its input and output schemas, and whether it is an undoable edit. */
export interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
  undoable?: boolean;
}
