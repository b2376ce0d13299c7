import type { Language } from '../../i18n';

/** Metric values with three decimals, in the reader's convention (0,412 in Indonesian). */
export function formatMetric(value: number | undefined | null, lang: Language): string {
  if (value === undefined || value === null) return '—';
  return value.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: 3, maximumFractionDigits: 3 });
}
