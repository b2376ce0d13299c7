import type { ActionPlan } from '../../../shared/domain/actionPlan';
import { formatTanggal } from '../../../shared/indonesian';
import { LIST, numberedList, para } from '../docx';
import type { ScheduleRow } from '../../../shared/actionPlans/schedule';
import { linesOf } from '../../../shared/actionPlans/labels';

/** A typed answer as paragraphs: several lines become a numbered list, nothing becomes "-". */
export function answer(text: string) {
  const lines = linesOf(text);
  if (lines.length === 0) return [para('-')];
  return lines.length === 1 ? [para(lines[0]!)] : numberedList(LIST.angka, lines);
}

export const scheduleRowOf = (p: ActionPlan): ScheduleRow => ({ id: p.id, label: p.title, startDate: p.startDate, endDate: p.endDate, milestones: p.milestones });

/** "Cirebon, 14 Juli 2026" above a signature. */
export const placeDate = (town: string, iso: string) => `${town || '...........'}, ${iso ? formatTanggal(iso) : '...........'}`;
