import { create } from 'zustand';
import { z } from 'zod';
import { en } from './en';
import { id, type Dictionary } from './id';

export type Language = 'id' | 'en';
const dictionaries: Record<Language, Dictionary> = { id, en };
const STORAGE_KEY = 'klaster.language';

function applyLanguage(lang: Language): void {
  document.documentElement.lang = lang;
  // zod's own messages (shown for form validation) follow the chosen language.
  z.config(lang === 'id' ? z.locales.id() : z.locales.en());
}

const initial: Language = localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
applyLanguage(initial);

interface LanguageState {
  lang: Language;
  setLang: (lang: Language) => void;
}

export const useLanguage = create<LanguageState>((set) => ({
  lang: initial,
  setLang: (lang) => {
    localStorage.setItem(STORAGE_KEY, lang);
    applyLanguage(lang);
    set({ lang });
  },
}));

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends Record<string, string>
    ? string extends keyof T[K] ? `${P}${K}.${string}` : `${P}${K}.${keyof T[K] & string}`
    : T[K] extends object ? Leaves<T[K], `${P}${K}.`> : `${P}${K}`;
}[keyof T & string];
export type TKey = Leaves<Dictionary>;
export type Params = Record<string, string | number>;

/** Walks the dictionary; a leaf key may itself contain dots (method names such as projects.update). */
function lookup(node: unknown, parts: string[]): unknown {
  if (parts.length === 0) return node;
  if (typeof node !== 'object' || node === null) return undefined;
  const dict = node as Record<string, unknown>;
  const whole = parts.join('.');
  if (typeof dict[whole] === 'string') return dict[whole];
  return lookup(dict[parts[0]!], parts.slice(1));
}

export function translate(lang: Language, key: string, params: Params = {}): string {
  const node = lookup(dictionaries[lang], key.split('.'));
  if (typeof node !== 'string') {
    // Fall back to Indonesian, then to the key itself so a missing string is visible, not blank.
    if (lang !== 'id') return translate('id', key, params);
    return key;
  }
  return node.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export function hasTranslation(lang: Language, key: string): boolean {
  return translate(lang, key) !== key;
}

/** The translate function for the current language; re-renders on language change. */
export function useT(): (key: TKey, params?: Params) => string {
  const lang = useLanguage((s) => s.lang);
  return (key, params) => translate(lang, key, params);
}
