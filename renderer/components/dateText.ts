// Day-first date text for DateField, independent of the browser's locale: the facilitator types
// dd/mm/yyyy, the API keeps ISO YYYY-MM-DD.
import { formatHariTanggal, parseIsoDate } from '../../shared/indonesian';

export type DateParse = { ok: true; iso: string } | { ok: false; reason: 'format' | 'impossible' };

const pad = (n: string) => n.padStart(2, '0');

/** '01032026', '1/3/2026', '1-3-2026', '1.3.2026' -> '2026-03-01'; '' -> '' (an empty optional date). */
export function parseDayFirst(text: string): DateParse {
  const s = text.trim();
  if (s === '') return { ok: true, iso: '' };
  let parts: [string, string, string] | null = null;
  const digits = /^(\d{2})(\d{2})(\d{4})$/.exec(s);
  const separated = /^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s); // a pasted ISO date is unambiguous
  if (digits) parts = [digits[1]!, digits[2]!, digits[3]!];
  else if (separated) parts = [separated[1]!, separated[2]!, separated[3]!];
  else if (iso) parts = [iso[3]!, iso[2]!, iso[1]!];
  if (!parts) return { ok: false, reason: 'format' };
  const candidate = `${parts[2]}-${pad(parts[1])}-${pad(parts[0])}`;
  try {
    parseIsoDate(candidate);
  } catch {
    return { ok: false, reason: 'impossible' };
  }
  return { ok: true, iso: candidate };
}

/** '2026-03-01' -> '01/03/2026'; anything that is not a real ISO date is shown as it is. */
export function formatDayFirst(iso: string): string {
  if (!iso) return '';
  try {
    const { year, month, day } = parseIsoDate(iso);
    return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
  } catch {
    return iso;
  }
}

/** The date in words in the UI language: "Minggu, 1 Maret 2026" / "Sunday, 1 March 2026". */
export function dateInWords(iso: string, lang: 'id' | 'en'): string {
  if (!iso) return '';
  try {
    if (lang === 'id') return formatHariTanggal(iso);
    const { year, month, day } = parseIsoDate(iso);
    const d = new Date(Date.UTC(2000, month - 1, day));
    d.setUTCFullYear(year);
    // en-GB fixes the order (day month year) whatever the browser's own locale is.
    return d.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  } catch {
    return '';
  }
}
