import type { Milestone } from '../domain/actionPlan';

/** What a timeline draws: one bar per plan with its milestones. */
export interface ScheduleRow { id: string; label: string; startDate: string; endDate: string; milestones: readonly Milestone[] }

/** The longest stretch drawn; longer schedules are cut at the right, never squeezed illegibly. */
export const MAX_MONTHS = 36;

const monthIndex = (period: string) => Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
const periodAt = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** "2026-03" .. "2026-06" -> the four months, at most MAX_MONTHS. */
export function monthsBetween(from: string, to: string): string[] {
  const [a, b] = [monthIndex(from), monthIndex(to)];
  return Array.from({ length: Math.max(0, Math.min(MAX_MONTHS, b - a + 1)) }, (_, i) => periodAt(a + i));
}

/** A plan with only an end is drawn in that month; with only a start, in its first month. */
export function rowSpanOf(r: Pick<ScheduleRow, 'startDate' | 'endDate'>): { from: string; to: string } | null {
  const from = (r.startDate || r.endDate).slice(0, 7);
  const to = (r.endDate || r.startDate).slice(0, 7);
  return from ? { from, to } : null;
}

/** The months a timeline covers: from the earliest start to the latest end of its rows. */
export function scheduleMonths(rows: readonly ScheduleRow[]): string[] {
  const spans = rows.map(rowSpanOf).filter((s): s is { from: string; to: string } => s !== null);
  if (spans.length === 0) return [];
  const from = spans.reduce((m, s) => (s.from < m ? s.from : m), spans[0]!.from);
  const to = spans.reduce((m, s) => (s.to > m ? s.to : m), spans[0]!.to);
  return monthsBetween(from, to);
}

/** Whether a row's bar covers a month. */
export function covers(r: Pick<ScheduleRow, 'startDate' | 'endDate'>, month: string): boolean {
  const span = rowSpanOf(r);
  return span !== null && span.from <= month && month <= span.to;
}
