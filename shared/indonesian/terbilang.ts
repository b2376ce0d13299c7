// Numbers in Indonesian words (terbilang), Roman numerals and ordinal words, as used in
// berita acara dates, money amounts, BAB headings and the KESATU / KEDUA dictums of decrees.

const SATUAN = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];

/** Scales above a thousand; 10^15 is out of range so every amount fits a double exactly. */
const SKALA: readonly [number, string][] = [
  [1e12, 'triliun'],
  [1e9, 'miliar'],
  [1e6, 'juta'],
];

export const TERBILANG_MAX = 999_999_999_999_999;

function assertInteger(n: number, max: number): void {
  if (!Number.isInteger(n) || Math.abs(n) > max) throw new RangeError(`Angka di luar jangkauan: ${n}`);
}

/** Words for 1..999 999 999 999 999 (0 handled by the caller, so "nol" never appears inside). */
function kata(n: number): string {
  if (n < 12) return SATUAN[n]!;
  if (n < 20) return `${SATUAN[n - 10]} belas`;
  if (n < 100) return join(`${SATUAN[Math.floor(n / 10)]} puluh`, n % 10);
  // "seratus", "seribu": Indonesian uses the se- prefix for exactly one hundred / thousand.
  if (n < 200) return join('seratus', n - 100);
  if (n < 1000) return join(`${SATUAN[Math.floor(n / 100)]} ratus`, n % 100);
  if (n < 2000) return join('seribu', n - 1000);
  if (n < 1e6) return join(`${kata(Math.floor(n / 1000))} ribu`, n % 1000);
  for (const [nilai, nama] of SKALA) {
    if (n >= nilai) return join(`${kata(Math.floor(n / nilai))} ${nama}`, n % nilai);
  }
  throw new RangeError(`Angka di luar jangkauan: ${n}`);
}

function join(head: string, rest: number): string {
  return rest === 0 ? head : `${head} ${kata(rest)}`;
}

/** terbilang(2026) -> "dua ribu dua puluh enam"; negative numbers get "minus". */
export function terbilang(n: number): string {
  assertInteger(n, TERBILANG_MAX);
  if (n === 0) return 'nol';
  return n < 0 ? `minus ${kata(-n)}` : kata(n);
}

/** terbilangRupiah(1500000) -> "satu juta lima ratus ribu rupiah". */
export function terbilangRupiah(n: number): string {
  return `${terbilang(n)} rupiah`;
}

const ROMAWI: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** Roman numerals 1..3999, for "BAB IV" and roman-numbered annexes. */
export function romawi(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`Angka romawi di luar jangkauan: ${n}`);
  let out = '';
  let rest = n;
  for (const [nilai, huruf] of ROMAWI) {
    while (rest >= nilai) {
      out += huruf;
      rest -= nilai;
    }
  }
  return out;
}

/**
 * Ordinal words for decree dictums (Law 12/2011 drafting technique): KESATU, KEDUA, ...,
 * KESEBELAS, KEDUA BELAS, KEDUA PULUH SATU. "KESATU" (not "PERTAMA") is the legal form.
 */
export function urutanKata(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Urutan harus bilangan bulat positif: ${n}`);
  return `KE${terbilang(n).toUpperCase()}`;
}

/** Letter points a., b., ... z., aa., ab. (0-based, bijective base 26 like spreadsheet columns). */
export function hurufPoin(i: number): string {
  if (!Number.isInteger(i) || i < 0) throw new RangeError(`Indeks poin tidak sah: ${i}`);
  let n = i + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(97 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
