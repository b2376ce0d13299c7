import { describe, expect, it } from 'vitest';
import { dateInWords, formatDayFirst, parseDayFirst } from '../../renderer/components/dateText';

describe('DateField text: day first, whatever the browser locale', () => {
  it('reads eight digits as ddmmyyyy', () => {
    expect(parseDayFirst('01032026')).toEqual({ ok: true, iso: '2026-03-01' });
  });

  it('accepts slashes, dashes and dots, with or without leading zeros', () => {
    expect(parseDayFirst('1/3/2026')).toEqual({ ok: true, iso: '2026-03-01' });
    expect(parseDayFirst('1-3-2026')).toEqual({ ok: true, iso: '2026-03-01' });
    expect(parseDayFirst('01.03.2026')).toEqual({ ok: true, iso: '2026-03-01' });
    expect(parseDayFirst(' 25/11/2026 ')).toEqual({ ok: true, iso: '2026-11-25' });
  });

  it('refuses a date that is not on the calendar', () => {
    expect(parseDayFirst('31/02/2026')).toEqual({ ok: false, reason: 'impossible' });
    expect(parseDayFirst('29/02/2026')).toEqual({ ok: false, reason: 'impossible' });
    expect(parseDayFirst('01/13/2026')).toEqual({ ok: false, reason: 'impossible' });
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseDayFirst('29/02/2028')).toEqual({ ok: true, iso: '2028-02-29' });
  });

  it('refuses text that is not a date', () => {
    expect(parseDayFirst('0103')).toEqual({ ok: false, reason: 'format' });
    expect(parseDayFirst('1 Maret 2026')).toEqual({ ok: false, reason: 'format' });
    expect(parseDayFirst('1/3/26')).toEqual({ ok: false, reason: 'format' });
  });

  it('treats empty as no date', () => {
    expect(parseDayFirst('')).toEqual({ ok: true, iso: '' });
    expect(parseDayFirst('   ')).toEqual({ ok: true, iso: '' });
    expect(formatDayFirst('')).toBe('');
    expect(dateInWords('', 'id')).toBe('');
  });

  it('shows ISO as dd/mm/yyyy and in words in the UI language', () => {
    expect(formatDayFirst('2026-03-01')).toBe('01/03/2026');
    expect(dateInWords('2026-03-01', 'id')).toBe('Minggu, 1 Maret 2026');
    expect(dateInWords('2026-03-01', 'en')).toBe('Sunday, 1 March 2026');
  });
});
