import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en';
import { id } from '../../renderer/i18n/id';
import { ERROR_CODES } from '../../shared/errors';
import { methodNames, isUndoable } from '../../shared/contract';

/** Every leaf as [path, text]; method names contain dots, so paths are joined with '/'. */
function leaves(obj: object, prefix = ''): [string, unknown][] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' ? leaves(v, `${prefix}${k}/`) : [[`${prefix}${k}`, v] as [string, unknown]]));
}

describe('translations', () => {
  it('English has exactly the Indonesian keys, none left empty', () => {
    expect(leaves(en).map(([k]) => k).sort()).toEqual(leaves(id).map(([k]) => k).sort());
    for (const dict of [id, en]) for (const [key, text] of leaves(dict)) expect(text, key).toMatch(/\S/);
  });

  it('every error code and every undoable method has a sentence in both languages', () => {
    for (const dict of [id, en]) {
      for (const code of ERROR_CODES) expect(dict.errors[code], code).toBeTruthy();
      for (const method of methodNames.filter(isUndoable)) expect(dict.methods[method], method).toBeTruthy();
    }
  });
});
