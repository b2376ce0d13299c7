import type { Language } from '../i18n';

/** "Rabu, 25 November 2026 09.00" in Indonesian, the English equivalent otherwise. */
export function formatDateTime(iso: string, lang: Language): string {
  const d = new Date(iso);
  const locale = lang === 'id' ? 'id-ID' : 'en-GB';
  return d.toLocaleString(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function formatDate(isoDate: string, lang: Language): string {
  if (!isoDate) return '';
  const d = new Date(`${isoDate}T00:00:00`);
  return d.toLocaleDateString(lang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}
