import { useState } from 'react';

/**
 * The fields of a row typed under a list (a budget line, an agenda item, a small group). Sent,
 * they are emptied at once, so the next row can be typed while this one is saved (emptied only
 * after the save, what was typed meanwhile was wiped); refused, they come back, except where
 * something new was typed meanwhile.
 */
export function useNewRow<T extends Record<string, string>>(empty: T) {
  const [fields, setFields] = useState<T>(empty);
  const set = (name: keyof T, value: string) => setFields((now) => ({ ...now, [name]: value }));
  const send = async (save: (sent: T) => Promise<unknown>): Promise<void> => {
    const sent = fields;
    setFields(empty);
    if (await save(sent)) return;
    setFields((now) => Object.fromEntries(Object.keys(empty).map((k) => [k, now[k] || sent[k]])) as T);
  };
  return { fields, set, send };
}
