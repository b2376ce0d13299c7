import { formatPeriod } from '../../../shared/actionPlans/format';
import type { Language } from '../../i18n';

/** This month on the laptop, "2026-07". */
export function thisMonth(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/** Today on the laptop, "2026-07-14". */
export const today = (now = new Date()): string => `${thisMonth(now)}-${String(now.getDate()).padStart(2, '0')}`;

/** "Juni 2026" or "June 2026". */
export function monthLabel(period: string, lang: Language): string {
  if (lang === 'id') return formatPeriod(period);
  return new Date(`${period}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}
