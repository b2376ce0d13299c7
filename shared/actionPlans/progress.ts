import type { Actual, Indicator, IndicatorReading, IndicatorStatus } from '../domain/indicator';

const DAY = 86_400_000;
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The last day of a "YYYY-MM" period, as an ISO date. */
export function periodEnd(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** "2026-06-14" -> "2026-06". */
export const periodOf = (isoDate: string): string => isoDate.slice(0, 7);

/** The latest actual recorded up to a period (all of them when none is given). */
export function latestActual(actuals: readonly Actual[], upTo?: string): Actual | null {
  const upToNow = upTo ? actuals.filter((a) => a.period <= upTo) : actuals;
  return upToNow.reduce<Actual | null>((last, a) => (!last || a.period > last.period ? a : last), null);
}

/**
 * Share of the schedule gone by the end of a period, 0..1, counting whole days; 1 without a
 * schedule, so an undated plan is held to its full target.
 */
export function expectedShare(schedule: { startDate: string; endDate: string }, period: string): number {
  if (!schedule.startDate || !schedule.endDate) return 1;
  const start = utc(schedule.startDate);
  const span = utc(schedule.endDate) - start + DAY;
  if (span <= 0) return 1;
  return Math.min(1, Math.max(0, (utc(periodEnd(period)) - start + DAY) / span));
}

/** How far from baseline to target an actual is; works for targets below the baseline too. */
export function progressOf(baseline: number | null, target: number | null, actual: number | null): number | null {
  if (target === null || actual === null) return null;
  const from = baseline ?? 0;
  if (target === from) return actual === target ? 1 : null;
  return (actual - from) / (target - from);
}

export function statusOf(progress: number | null, expected: number): IndicatorStatus {
  if (progress === null) return 'no_data';
  if (progress >= 1 - 1e-9) return 'achieved';
  return progress >= expected - 1e-9 ? 'on_track' : 'behind';
}

/** An indicator read at a period (or at its latest actual): actual against target, on time or behind. */
export function readIndicator(ind: Indicator, schedule: { startDate: string; endDate: string }, upTo?: string): IndicatorReading {
  const last = latestActual(ind.actuals, upTo);
  const progress = progressOf(ind.baseline, ind.target, last?.value ?? null);
  const expected = last ? expectedShare(schedule, last.period) : 1;
  return {
    indicatorId: ind.id, description: ind.description, unit: ind.unit, level: ind.level,
    baseline: ind.baseline, target: ind.target, actual: last?.value ?? null, period: last?.period ?? null,
    progress, expected, status: statusOf(progress, expected),
  };
}
