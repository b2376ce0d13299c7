import { describe, expect, it } from 'vitest';
import { formatRupiah, rupiahInWords } from '../../shared/indonesian';
import { monthsBetween, scheduleMonths } from '../../shared/actionPlans/schedule';
import { parseMeasure, parseRupiah } from '../../renderer/features/actionPlans/format';

describe('rupiah', () => {
  it('is written with dots between thousands, and in words while terbilang reaches', () => {
    expect(formatRupiah(45_000_000)).toBe('Rp 45.000.000');
    expect(formatRupiah(0)).toBe('Rp 0');
    expect(rupiahInWords(45_000_000)).toBe('empat puluh lima juta rupiah');
    expect(rupiahInWords(1_500_250)).toBe('satu juta lima ratus ribu dua ratus lima puluh rupiah');
    expect(rupiahInWords(10 ** 16)).toBe('');
  });

  it('is read back as typed by a facilitator, refusing cents and letters', () => {
    expect(['45.000.000', '45000000', 'Rp 45.000.000', ' 45 000 000 '].map(parseRupiah)).toEqual([45_000_000, 45_000_000, 45_000_000, 45_000_000]);
    expect(['45,5', 'empat', '', '-5'].map(parseRupiah)).toEqual([null, null, null, null]);
    expect(['12,5', '15.000', '12.5', '-3', ''].map(parseMeasure)).toEqual([12.5, 15000, 12.5, -3, null]);
    expect(parseMeasure('dua')).toBeNaN();
  });
});

describe('schedule months', () => {
  it('run from the earliest start to the latest end, at most three years', () => {
    const row = (startDate: string, endDate: string) => ({ id: 'x', label: 'x', startDate, endDate, milestones: [] });
    expect(scheduleMonths([row('2026-11-15', '2027-02-01'), row('2026-12-01', '')])).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(scheduleMonths([row('', '')])).toEqual([]);
    expect(monthsBetween('2000-01', '2100-12')).toHaveLength(36);
  });
});
