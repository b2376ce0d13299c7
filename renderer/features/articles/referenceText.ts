// The text a facilitator edits: stored tokens {{pasal:<id>}} / {{ayat:<id>}} shown as markers
// ⟦Pasal 12⟧ / ⟦ayat (2)⟧ with the current numbers, and turned back into tokens on save. An
// ayat marker means the ayat of the Pasal named just before it, or of its own Pasal (the usual
// "sebagaimana dimaksud pada ayat (1)"). Broken references keep their original token.
import type { ArticlesDraft } from '../../../shared/domain/articles';

const TOKEN = /\{\{(pasal|ayat):([0-9a-f-]{36})\}\}/g;
const MARKER = /⟦(Pasal|ayat) (\d+|\(\d+\)|\[dihapus\])⟧/g;

export interface RefIndex {
  pasalNumber: Map<string, number>;
  articleByNumber: Map<number, { id: string; paragraphIds: string[] }>;
  /** paragraph id -> its article id and ayat number */
  ayat: Map<string, { articleId: string; n: number }>;
}

export function refIndex(draft: ArticlesDraft): RefIndex {
  const idx: RefIndex = { pasalNumber: new Map(), articleByNumber: new Map(), ayat: new Map() };
  for (const c of draft.chapters) for (const a of c.articles) {
    idx.pasalNumber.set(a.id, a.number);
    idx.articleByNumber.set(a.number, { id: a.id, paragraphIds: a.paragraphs.map((p) => p.id) });
    for (const p of a.paragraphs) idx.ayat.set(p.id, { articleId: a.id, n: p.number });
  }
  return idx;
}

export function toEditable(raw: string, idx: RefIndex): string {
  return raw.replace(TOKEN, (_m, kind: string, id: string) => {
    if (kind === 'pasal') return idx.pasalNumber.has(id) ? `⟦Pasal ${idx.pasalNumber.get(id)}⟧` : '⟦Pasal [dihapus]⟧';
    const a = idx.ayat.get(id);
    return a ? `⟦ayat (${a.n})⟧` : '⟦ayat [dihapus]⟧';
  });
}

/** Markers back to tokens; `ownArticleId` resolves an ayat marker with no Pasal before it. */
export function fromEditable(text: string, original: string, idx: RefIndex, ownArticleId: string): string {
  const brokenOf = (kind: string) => [...original.matchAll(TOKEN)].filter((m) => m[1] === kind && !(kind === 'pasal' ? idx.pasalNumber.has(m[2]!) : idx.ayat.has(m[2]!))).map((m) => m[0]);
  const broken = { pasal: brokenOf('pasal'), ayat: brokenOf('ayat') };
  let context = ownArticleId;
  return text.replace(MARKER, (_m, kind: string, value: string) => {
    const key = kind === 'Pasal' ? 'pasal' : 'ayat';
    if (value === '[dihapus]') return broken[key].shift() ?? `${kind} ${value}`;
    const n = Number(value.replace(/[()]/g, ''));
    if (key === 'pasal') {
      const a = idx.articleByNumber.get(n);
      if (!a) return `Pasal ${n}`;
      context = a.id;
      return `{{pasal:${a.id}}}`;
    }
    const article = [...idx.articleByNumber.values()].find((a) => a.id === context);
    const pid = article?.paragraphIds[n - 1];
    return pid ? `{{ayat:${pid}}}` : `ayat (${n})`;
  });
}

/** The marker text the reference picker inserts. */
export const marker = (pasal: number, ayat?: number) => `⟦Pasal ${pasal}⟧${ayat ? ` ⟦ayat (${ayat})⟧` : ''}`;
