import { describe, expect, it } from 'vitest';
import { en } from '../../phone/i18n/en';
import { id } from '../../phone/i18n/id';
import { errorText, format, t } from '../../phone/i18n';

const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();

describe('phone translations', () => {
  it('English has exactly the Indonesian keys, none empty, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const key of Object.keys(id) as (keyof typeof id)[]) {
      expect(id[key], key).toMatch(/\S/);
      expect(en[key], key).toMatch(/\S/);
      expect(placeholders(en[key]), key).toEqual(placeholders(id[key]));
    }
  });

  it('has a sentence for every refusal the participant server gives', () => {
    const reasons = ['invalid_input', 'wrong_code', 'too_many_attempts', 'rate_limited', 'session_closed', 'unauthorized',
      'name_taken', 'workshop_dots_exceeded', 'card_not_editable', 'too_large', 'network', 'internal'];
    for (const reason of reasons) expect(Object.keys(id), reason).toContain(`err.${reason}`);
  });

  it('speaks Indonesian by default and fills in parameters', () => {
    expect(t('votes.left', { left: 2, limit: 5 })).toBe('Sisa titik: 2 dari 5');
    expect(t('votes.left', { left: 2, limit: 5 }, 'en')).toBe('Dots left: 2 of 5');
    const error = { code: 'forbidden', reason: 'too_many_attempts', message: '', params: { seconds: 30 }, status: 429 };
    expect(errorText(error)).toBe('Terlalu banyak percobaan. Coba lagi dalam 30 detik.');
    expect(errorText({ ...error, reason: 'something_new', code: 'conflict' })).toBe(id['err.conflict']);
    expect(errorText({ ...error, reason: 'something_new', code: 'odd' })).toBe(id['err.unknown']);
    expect(format('{a} dan {b}', { a: 1 })).toBe('1 dan …');
  });
});
