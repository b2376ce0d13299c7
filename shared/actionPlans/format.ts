import { formatTanggal, namaBulan } from '../indonesian';

/** "2026-06" -> "Juni 2026". */
export const formatPeriod = (period: string): string => `${namaBulan(Number(period.slice(5, 7)))} ${period.slice(0, 4)}`;

/** "1 Maret 2026 s.d. 30 November 2026"; one end alone when the other is not set; '' with neither. */
export function scheduleText(startDate: string, endDate: string): string {
  if (startDate && endDate) return `${formatTanggal(startDate)} s.d. ${formatTanggal(endDate)}`;
  if (startDate) return `mulai ${formatTanggal(startDate)}`;
  return endDate ? `sampai ${formatTanggal(endDate)}` : '';
}

/** 12.5 -> "12,5", 1500 -> "1.500": figures as Indonesian readers write them. */
export function formatNumber(n: number | null): string {
  if (n === null) return '-';
  return n.toLocaleString('id-ID', { maximumFractionDigits: 2 });
}

/** 0.4959 -> "50%". */
export const formatPercent = (share: number | null): string => (share === null ? '-' : `${Math.round(share * 100)}%`);
