// Indonesian dates and times for official documents (DOCUMENTS.md): "Rabu, 25 November 2026",
// "09.00 WIB", and the berita acara sentence with the date spelled out in words.
import { terbilang } from './terbilang';
import type { ZonaWaktu } from './zonaWaktu';

export { zonaWaktuProvinsi, type ZonaWaktu } from './zonaWaktu';

const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
/** Indexed by Date.getUTCDay(): 0 = Sunday. */
const HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

export interface TanggalParts {
  year: number;
  month: number;
  day: number;
}

/** Parses 'YYYY-MM-DD' strictly (rejects 2026-02-30), so a typo never prints a wrong date. */
export function parseIsoDate(iso: string): TanggalParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) throw new RangeError(`Tanggal harus berformat YYYY-MM-DD: ${iso}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > hariDalamBulan(year, month)) {
    throw new RangeError(`Tanggal tidak ada: ${iso}`);
  }
  return { year, month, day };
}

export function isKabisat(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function hariDalamBulan(year: number, month: number): number {
  if (month === 2) return isKabisat(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Weekday of a calendar date. Computed in UTC from the date alone: a local-time Date would shift
 * the day for users east or west of the machine's zone (WIT vs. a UTC build server).
 */
export function namaHari(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year); // Date.UTC maps years 0..99 to 1900s; set the real year afterwards.
  return HARI[d.getUTCDay()]!;
}

/** namaBulan(11) -> "November". */
export function namaBulan(month: number): string {
  const nama = BULAN[month - 1];
  if (!Number.isInteger(month) || nama === undefined) throw new RangeError(`Bulan harus 1..12: ${month}`);
  return nama;
}

/** "25 November 2026" (no leading zero on the day, as in official letters). */
export function formatTanggal(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${day} ${namaBulan(month)} ${year}`;
}

/** "Rabu, 25 November 2026" */
export function formatHariTanggal(iso: string): string {
  return `${namaHari(iso)}, ${formatTanggal(iso)}`;
}

/** "Rabu tanggal dua puluh lima bulan November tahun dua ribu dua puluh enam" */
export function hariTanggalDalamKata(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${namaHari(iso)} tanggal ${terbilang(day)} bulan ${namaBulan(month)} tahun ${terbilang(year)}`;
}

/** The berita acara opening: "Pada hari ini Rabu tanggal dua puluh lima bulan November tahun ...". */
export function tanggalDalamKata(iso: string): string {
  return `Pada hari ini ${hariTanggalDalamKata(iso)}`;
}

/** Accepts "9:00", "09:00", "09.00", "09:00:00" (HTML time inputs give "HH:MM[:SS]"). */
function jamMenit(time: string): string {
  const m = /^(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?$/.exec(time.trim());
  const [h, min] = m ? [Number(m[1]), Number(m[2])] : [NaN, NaN];
  // 24.00 is allowed: minutes often end a day with "s.d. 24.00".
  if (!(h >= 0 && min >= 0 && min <= 59 && (h <= 23 || (h === 24 && min === 0)))) throw new RangeError(`Waktu harus HH:MM: ${time}`);
  // Indonesian style uses a dot between hours and minutes: 09.00.
  return `${String(h).padStart(2, '0')}.${String(min).padStart(2, '0')}`;
}

/** formatWaktu('09:00', 'WIB') -> "09.00 WIB"; without a zone just "09.00". */
export function formatWaktu(time: string, zona?: ZonaWaktu): string {
  return zona ? `${jamMenit(time)} ${zona}` : jamMenit(time);
}

/** "09.00 - 12.30 WIB", or "09.00 WIB - selesai" when the end is open. */
export function formatRentangWaktu(start: string, end: string | null | undefined, zona?: ZonaWaktu): string {
  if (!end || !end.trim()) return `${formatWaktu(start, zona)} - selesai`;
  return `${jamMenit(start)} - ${formatWaktu(end, zona)}`;
}
