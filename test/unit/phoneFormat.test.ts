import { describe, expect, it } from 'vitest';
import { asciiDigits, codeFromUrl, formatClock, remainingAt, shorten } from '../../phone/format';

describe('phone formatting', () => {
  it('shows a clock and counts down only while running', () => {
    expect(formatClock(305)).toBe('5:05');
    expect(formatClock(0.2)).toBe('0:01');
    expect(formatClock(-4)).toBe('0:00');
    expect(formatClock(3723)).toBe('1:02:03');
    expect(remainingAt({ remainingSeconds: 120, running: true }, 1000, 31000)).toBe(90);
    expect(remainingAt({ remainingSeconds: 120, running: false }, 1000, 31000)).toBe(120);
  });

  it('reads a code from the link and digits from any keyboard', () => {
    expect(codeFromUrl('?code=4821', '')).toBe('4821');
    expect(codeFromUrl('?lang=id&code=0042', '')).toBe('0042');
    expect(codeFromUrl('', '#4821')).toBe('4821');
    expect(codeFromUrl('', '#code=4821')).toBe('4821');
    expect(codeFromUrl('?code=48211', '#12')).toBeNull();
    expect(asciiDigits('٤٨٢١')).toBe('4821');
    expect(asciiDigits('４８２１')).toBe('4821');
  });

  it('cuts long card texts for a message', () => {
    expect(shorten('  satu\n dua  ')).toBe('satu dua');
    expect(shorten('x'.repeat(80), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
