import { formatHariTanggal, formatRentangWaktu, formatWaktu } from '../../../shared/indonesian';
import type { Meeting } from '../../../shared/domain/meeting';
import type { Language } from '../../i18n';

/** "Rabu, 2 Desember 2026" (as in the minutes) or "Wednesday, 2 December 2026"; '' when unset or invalid. */
export function meetingDate(iso: string, lang: Language): string {
  if (!iso) return '';
  try {
    if (lang === 'id') return formatHariTanggal(iso);
    return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  } catch {
    return iso;
  }
}

/** "09.00 - 12.30 WIB"; with no end time `openEnd` words it ("09.00 WIB - selesai"); '' with no start. */
export function meetingTime(m: Pick<Meeting, 'startTime' | 'endTime' | 'timeZone'>, openEnd: (start: string) => string): string {
  if (!m.startTime) return '';
  try {
    return m.endTime ? formatRentangWaktu(m.startTime, m.endTime, m.timeZone) : openEnd(formatWaktu(m.startTime, m.timeZone));
  } catch {
    return m.startTime;
  }
}

/** The label of a meeting in selects: "FGD 1 — Rabu, 2 Desember 2026". */
export function meetingLabel(m: Pick<Meeting, 'title' | 'date'>, lang: Language): string {
  const date = meetingDate(m.date, lang);
  return date ? `${m.title} — ${date}` : m.title;
}
