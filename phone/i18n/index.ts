import type { PhoneError } from '../api';
import { en } from './en';
import { id, type Key } from './id';

export type Lang = 'id' | 'en';
export type { Key };
const dictionaries: Record<Lang, Record<Key, string>> = { id, en };
const LANG_KEY = 'klaster.phone.lang';

function stored(): Lang {
  try { return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'id'; } catch { return 'id'; }
}

let current: Lang = typeof localStorage === 'undefined' ? 'id' : stored();

export const lang = (): Lang => current;

export function setLang(next: Lang): void {
  current = next;
  try { localStorage.setItem(LANG_KEY, next); } catch { /* the choice lasts until reload */ }
  document.documentElement.lang = next;
  document.title = t('app.title');
}

export function format(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => (params[name] !== undefined ? String(params[name]) : '…'));
}

export function t(key: Key, params?: Record<string, string | number>, language: Lang = current): string {
  return format(dictionaries[language][key], params);
}

const has = (key: string): key is Key => Object.prototype.hasOwnProperty.call(id, key);

/** A refusal in words: by its reason, else its code, else a general sentence. */
export function errorText(e: PhoneError): string {
  const key = has(`err.${e.reason}`) ? `err.${e.reason}` : has(`err.${e.code}`) ? `err.${e.code}` : 'err.unknown';
  return t(key as Key, e.params);
}
