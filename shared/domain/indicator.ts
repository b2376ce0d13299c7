import { z } from 'zod';

/** Indicators sit on the rows of the PDM that are measured: overall goal, purpose, outputs. */
export const INDICATOR_LEVELS = ['goal', 'purpose', 'outputs'] as const;
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];
export const INDICATOR_STATUSES = ['no_data', 'behind', 'on_track', 'achieved'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

const id = z.string().uuid();
const text = (max: number) => z.string().trim().max(max);
/** A month, "2026-06": actual values are recorded per period. */
export const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use the form YYYY-MM');
export const measure = z.number().min(-1e12).max(1e12);

export const indicatorFields = z.object({
  level: z.enum(INDICATOR_LEVELS),
  description: text(500).min(1),
  /** Satuan: "kali", "%", "Rp/kg", "orang". */
  unit: text(60),
  baseline: measure.nullable(),
  target: measure.nullable(),
  /** Means of verification: where the figure is read (nota pembelian, buku kas...). */
  means: text(500),
});
export type IndicatorFields = z.infer<typeof indicatorFields>;

export const actual = z.object({ period, value: measure, note: text(500) });
export type Actual = z.infer<typeof actual>;

export const indicator = indicatorFields.extend({
  id, planId: id, position: z.number().int(),
  /** Oldest period first. */
  actuals: z.array(actual),
});
export type Indicator = z.infer<typeof indicator>;

/** One indicator read at a period: the latest actual up to it against the target. */
export const indicatorReading = z.object({
  indicatorId: id, description: z.string(), unit: z.string(), level: z.enum(INDICATOR_LEVELS),
  baseline: z.number().nullable(), target: z.number().nullable(),
  actual: z.number().nullable(), period: z.string().nullable(),
  /** Share of the way from baseline to target (1 = reached); null without the figures. */
  progress: z.number().nullable(),
  /** Share of the schedule gone by the end of the period (1 without dates). */
  expected: z.number(),
  status: z.enum(INDICATOR_STATUSES),
});
export type IndicatorReading = z.infer<typeof indicatorReading>;
