import type { Language } from '../../i18n';

const formats = new Map<Language, Intl.NumberFormat>();

/** Three decimals in the reader's convention: "0,412" in Indonesian, "0.412" in English. */
export function formatMetric(value: number, lang: Language): string {
  let f = formats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: 3, maximumFractionDigits: 3 });
    formats.set(lang, f);
  }
  return f.format(value);
}
