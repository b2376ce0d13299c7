import { formatRupiah } from '../../../shared/indonesian';

/** "45.000.000": an amount as typed and shown in the budget table (its header says Rp). */
export const figures = (n: number): string => formatRupiah(n).replace(/^Rp /, '');

/** "45.000.000", "45000000" or "Rp 45.000.000" -> 45000000; null for anything else (commas, letters). */
export function parseRupiah(text: string): number | null {
  const t = text.trim().replace(/^rp\.?\s*/i, '');
  if (!/^\d[\d.\s]*$/.test(t)) return null;
  const n = Number(t.replace(/[.\s]/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}

/** "12,5", "15.000", "12.5" or "-3" -> a number; '' -> null; NaN for anything that is not one. */
export function parseMeasure(text: string): number | null {
  const t = text.trim().replace(/\s/g, '');
  if (!t) return null;
  const normal = t.includes(',') ? t.replace(/\./g, '').replace(',', '.') : /^-?\d{1,3}(\.\d{3})+$/.test(t) ? t.replace(/\./g, '') : t;
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}

/** A measure as Indonesian readers write it ("12,5", "15.000"); '' for none. */
export const showMeasure = (n: number | null): string => (n === null ? '' : n.toLocaleString('id-ID', { maximumFractionDigits: 4 }));
