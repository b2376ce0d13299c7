import { terbilangRupiah, TERBILANG_MAX } from './terbilang';

/** 45000000 -> "Rp 45.000.000" (dots between thousands, as Indonesian offices write amounts). */
export function formatRupiah(n: number): string {
  const digits = Math.abs(Math.trunc(n)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}Rp ${digits}`;
}

/** "empat puluh lima juta rupiah"; empty for an amount beyond the words' range, never a throw. */
export function rupiahInWords(n: number): string {
  if (!Number.isInteger(n) || Math.abs(n) > TERBILANG_MAX) return '';
  return terbilangRupiah(n);
}
