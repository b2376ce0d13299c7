import { describe, expect, it } from 'vitest';
import {
  formatHariTanggal, formatRentangWaktu, formatTanggal, formatWaktu, hariTanggalDalamKata, hurufPoin, isKabisat,
  namaBulan, namaHari, parseIsoDate, romawi, tanggalDalamKata, terbilang, terbilangRupiah, urutanKata, zonaWaktuProvinsi,
} from '../../shared/indonesian';

describe('dates', () => {
  it('formats the DOCUMENTS.md example: 25 November 2026 is a Wednesday', () => {
    expect(namaHari('2026-11-25')).toBe('Rabu');
    expect(formatTanggal('2026-11-25')).toBe('25 November 2026');
    expect(formatHariTanggal('2026-11-25')).toBe('Rabu, 25 November 2026');
  });

  it('spells the berita acara date exactly as DOCUMENTS.md', () => {
    expect(tanggalDalamKata('2026-11-25')).toBe(
      'Pada hari ini Rabu tanggal dua puluh lima bulan November tahun dua ribu dua puluh enam');
    expect(hariTanggalDalamKata('2026-11-25')).toBe('Rabu tanggal dua puluh lima bulan November tahun dua ribu dua puluh enam');
    expect(hariTanggalDalamKata('2026-01-01')).toBe('Kamis tanggal satu bulan Januari tahun dua ribu dua puluh enam');
    expect(hariTanggalDalamKata('2025-08-17')).toBe('Minggu tanggal tujuh belas bulan Agustus tahun dua ribu dua puluh lima');
  });

  it.each([
    ['1945-08-17', 'Jumat'], ['2026-01-01', 'Kamis'], ['2024-02-29', 'Kamis'], ['2000-02-29', 'Selasa'],
    ['2000-01-01', 'Sabtu'], ['0001-01-01', 'Senin'], ['2026-12-31', 'Kamis'], ['2027-01-03', 'Minggu'],
  ])('weekday of %s is %s', (iso, hari) => {
    expect(namaHari(iso)).toBe(hari);
  });

  it('does not depend on the machine time zone (UTC arithmetic)', () => {
    // A local-midnight Date in UTC+9 (WIT) or UTC-x would shift the day; the date string alone decides.
    expect(formatHariTanggal('2026-01-01')).toBe('Kamis, 1 Januari 2026');
    expect(formatTanggal('2026-03-05')).toBe('5 Maret 2026');
  });

  it('knows leap years and rejects dates that do not exist', () => {
    expect(isKabisat(2024)).toBe(true);
    expect(isKabisat(2000)).toBe(true);
    expect(isKabisat(1900)).toBe(false);
    expect(isKabisat(2026)).toBe(false);
    expect(formatTanggal('2028-02-29')).toBe('29 Februari 2028');
    for (const bad of ['2026-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '25-11-2026', '2026-11-5', '']) {
      expect(() => parseIsoDate(bad), bad).toThrow(RangeError);
    }
  });

  it('names all months and refuses others', () => {
    expect(Array.from({ length: 12 }, (_, i) => namaBulan(i + 1))).toEqual([
      'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
    ]);
    expect(() => namaBulan(0)).toThrow(RangeError);
    expect(() => namaBulan(13)).toThrow(RangeError);
  });

  it('formats times with a dot and the zone', () => {
    expect(formatWaktu('09:00', 'WIB')).toBe('09.00 WIB');
    expect(formatWaktu('9:05', 'WITA')).toBe('09.05 WITA');
    expect(formatWaktu('13:30:00', 'WIT')).toBe('13.30 WIT');
    expect(formatWaktu('14.15')).toBe('14.15');
    expect(formatRentangWaktu('09:00', '12:30', 'WIB')).toBe('09.00 - 12.30 WIB');
    expect(formatRentangWaktu('09:00', null, 'WIB')).toBe('09.00 WIB - selesai');
    expect(formatRentangWaktu('09:00', '', 'WITA')).toBe('09.00 WITA - selesai');
    expect(formatRentangWaktu('19:00', '24:00')).toBe('19.00 - 24.00');
    for (const bad of ['25:00', '9', '09:60', 'pagi', '24:30']) expect(() => formatWaktu(bad), bad).toThrow(RangeError);
  });
});

describe('zonaWaktuProvinsi', () => {
  const WIB = ['Aceh', 'Sumatera Utara', 'Sumatera Barat', 'Riau', 'Kepulauan Riau', 'Jambi', 'Bengkulu', 'Sumatera Selatan',
    'Kepulauan Bangka Belitung', 'Lampung', 'Banten', 'DKI Jakarta', 'Jawa Barat', 'Jawa Tengah', 'DI Yogyakarta', 'Jawa Timur',
    'Kalimantan Barat', 'Kalimantan Tengah'];
  const WITA = ['Bali', 'Nusa Tenggara Barat', 'Nusa Tenggara Timur', 'Kalimantan Selatan', 'Kalimantan Timur', 'Kalimantan Utara',
    'Sulawesi Utara', 'Gorontalo', 'Sulawesi Tengah', 'Sulawesi Barat', 'Sulawesi Selatan', 'Sulawesi Tenggara'];
  const WIT = ['Maluku', 'Maluku Utara', 'Papua', 'Papua Barat', 'Papua Barat Daya', 'Papua Selatan', 'Papua Tengah', 'Papua Pegunungan'];

  it('covers all 38 provinces', () => {
    expect(WIB.length + WITA.length + WIT.length).toBe(38);
    for (const p of WIB) expect(zonaWaktuProvinsi(p), p).toBe('WIB');
    for (const p of WITA) expect(zonaWaktuProvinsi(p), p).toBe('WITA');
    for (const p of WIT) expect(zonaWaktuProvinsi(p), p).toBe('WIT');
  });

  it('tolerates prefixes, case and common abbreviations', () => {
    expect(zonaWaktuProvinsi('Prov. Kalimantan Timur')).toBe('WITA');
    expect(zonaWaktuProvinsi('PROVINSI SULAWESI SELATAN')).toBe('WITA');
    expect(zonaWaktuProvinsi('  kaltim ')).toBe('WITA');
    expect(zonaWaktuProvinsi('NTB')).toBe('WITA');
    expect(zonaWaktuProvinsi('N.T.T.')).toBe('WITA');
    expect(zonaWaktuProvinsi('Sulsel')).toBe('WITA');
    expect(zonaWaktuProvinsi('Malut')).toBe('WIT');
    expect(zonaWaktuProvinsi('Provinsi Papua Barat Daya')).toBe('WIT');
    expect(zonaWaktuProvinsi('Kalbar')).toBe('WIB');
    expect(zonaWaktuProvinsi('Sumatera Selatan')).toBe('WIB');
    expect(zonaWaktuProvinsi('D.I. Yogyakarta')).toBe('WIB');
    expect(zonaWaktuProvinsi('')).toBe('WIB');
  });
});

describe('terbilang', () => {
  it.each([
    [0, 'nol'], [1, 'satu'], [10, 'sepuluh'], [11, 'sebelas'], [12, 'dua belas'], [19, 'sembilan belas'], [20, 'dua puluh'],
    [25, 'dua puluh lima'], [99, 'sembilan puluh sembilan'], [100, 'seratus'], [101, 'seratus satu'], [110, 'seratus sepuluh'],
    [111, 'seratus sebelas'], [200, 'dua ratus'], [999, 'sembilan ratus sembilan puluh sembilan'], [1000, 'seribu'],
    [1001, 'seribu satu'], [1100, 'seribu seratus'], [1999, 'seribu sembilan ratus sembilan puluh sembilan'],
    [2000, 'dua ribu'], [2026, 'dua ribu dua puluh enam'], [10000, 'sepuluh ribu'], [11000, 'sebelas ribu'],
    [100000, 'seratus ribu'], [101000, 'seratus satu ribu'], [1000000, 'satu juta'], [1000001, 'satu juta satu'],
    [2500000, 'dua juta lima ratus ribu'],
    [999999999, 'sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan'],
    [1000000000, 'satu miliar'], [1000000000000, 'satu triliun'], [-5, 'minus lima'], [-1000, 'minus seribu'],
  ])('%d -> %s', (n, words) => {
    expect(terbilang(n)).toBe(words);
  });

  it('reaches 999 999 999 999 999 and refuses beyond, fractions and NaN', () => {
    expect(terbilang(999_999_999_999_999)).toMatch(/^sembilan ratus sembilan puluh sembilan triliun .* sembilan puluh sembilan$/);
    expect(terbilang(1_000_001_000_000)).toBe('satu triliun satu juta');
    for (const bad of [1e15, 1.5, NaN, Infinity]) expect(() => terbilang(bad), String(bad)).toThrow(RangeError);
  });

  it('spells money in rupiah', () => {
    expect(terbilangRupiah(1_500_000)).toBe('satu juta lima ratus ribu rupiah');
    expect(terbilangRupiah(0)).toBe('nol rupiah');
  });
});

describe('romawi, urutanKata, hurufPoin', () => {
  it('writes Roman numerals for BAB numbers', () => {
    const expected = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
    expect(expected.map((_, i) => romawi(i + 1))).toEqual(expected);
    expect(romawi(40)).toBe('XL');
    expect(romawi(1994)).toBe('MCMXCIV');
    expect(romawi(3999)).toBe('MMMCMXCIX');
    for (const bad of [0, 4000, 2.5, -1]) expect(() => romawi(bad)).toThrow(RangeError);
  });

  it('writes decree dictum ordinals KESATU ... KETIGA PULUH', () => {
    expect([1, 2, 3, 4, 9, 10, 11, 12, 19, 20, 21, 30].map(urutanKata)).toEqual([
      'KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KESEMBILAN', 'KESEPULUH', 'KESEBELAS', 'KEDUA BELAS', 'KESEMBILAN BELAS',
      'KEDUA PULUH', 'KEDUA PULUH SATU', 'KETIGA PULUH',
    ]);
    expect(() => urutanKata(0)).toThrow(RangeError);
  });

  it('letters points a..z, then aa', () => {
    expect([0, 1, 2, 25, 26, 27, 51, 52].map(hurufPoin)).toEqual(['a', 'b', 'c', 'z', 'aa', 'ab', 'az', 'ba']);
    expect(() => hurufPoin(-1)).toThrow(RangeError);
  });
});
