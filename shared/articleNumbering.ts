// Numbers of the AD/ART are derived from the tree on every read, never stored: inserting a
// Pasal in BAB IV renumbers every later Pasal, and references (tokens holding the target's id)
// are rendered with the numbers as they are now. Pure: used by the back end, documents and tests.
import type { ArticleTree, BrokenReference, NumberedTree } from './domain/articles';
import { hurufPoin, romawi } from './indonesian';

/** `{{pasal:<articleId>}}` -> "Pasal 7"; `{{ayat:<paragraphId>}}` -> "ayat (2)". */
export const REFERENCE = /\{\{(pasal|ayat):([0-9a-f-]{36})\}\}/g;
export const pasalToken = (articleId: string) => `{{pasal:${articleId}}}`;
export const ayatToken = (paragraphId: string) => `{{ayat:${paragraphId}}}`;
export const DELETED_PASAL = 'Pasal [dihapus]';
export const DELETED_AYAT = 'ayat [dihapus]';

export interface NumberIndex {
  pasal: Map<string, number>;
  /** paragraph id -> its ayat number within its Pasal */
  ayat: Map<string, number>;
}

export function indexTree(tree: ArticleTree): NumberIndex {
  const pasal = new Map<string, number>();
  const ayat = new Map<string, number>();
  let n = 0;
  for (const c of tree.chapters) for (const a of c.articles) {
    pasal.set(a.id, ++n);
    a.paragraphs.forEach((p, k) => ayat.set(p.id, k + 1));
  }
  return { pasal, ayat };
}

/** The text with references resolved; `broken` lists the targets that no longer exist. */
export function renderReferences(text: string, index: NumberIndex): { text: string; broken: { target: 'pasal' | 'ayat'; id: string }[] } {
  const broken: { target: 'pasal' | 'ayat'; id: string }[] = [];
  const out = text.replace(REFERENCE, (_m, kind: 'pasal' | 'ayat', id: string) => {
    const n = kind === 'pasal' ? index.pasal.get(id) : index.ayat.get(id);
    if (n === undefined) {
      broken.push({ target: kind, id });
      return kind === 'pasal' ? DELETED_PASAL : DELETED_AYAT;
    }
    return kind === 'pasal' ? `Pasal ${n}` : `ayat (${n})`;
  });
  return { text: out, broken };
}

/**
 * Chapters I, II...; Pasal continuous across chapters; ayat (1), (2) numbered only when the
 * Pasal has more than one paragraph (Indonesian drafting); points a., b. within a paragraph.
 */
export function numberTree(tree: ArticleTree): NumberedTree {
  const index = indexTree(tree);
  const warnings: BrokenReference[] = [];
  const render = (text: string, nodeId: string, level: 'paragraph' | 'point', articleNumber: number) => {
    const r = renderReferences(text, index);
    for (const b of r.broken) warnings.push({ nodeId, level, articleNumber, targetId: b.id, target: b.target });
    return r.text;
  };
  let n = 0;
  const chapters = tree.chapters.map((c, ci) => ({
    id: c.id, number: ci + 1, numeral: romawi(ci + 1), title: c.title,
    articles: c.articles.map((a) => {
      const number = ++n;
      return {
        id: a.id, number, title: a.title,
        paragraphs: a.paragraphs.map((p, pi) => ({
          id: p.id, number: pi + 1, numbered: a.paragraphs.length > 1, text: p.text,
          rendered: render(p.text, p.id, 'paragraph', number),
          points: p.points.map((pt, k) => ({ id: pt.id, letter: hurufPoin(k), text: pt.text, rendered: render(pt.text, pt.id, 'point', number) })),
        })),
      };
    }),
  }));
  return { chapters, warnings };
}

/** Every Pasal in order, for the reference picker: "Pasal 7 — Rapat Anggota". */
export function articleList(tree: ArticleTree): { id: string; number: number; title: string; chapter: string }[] {
  const out: { id: string; number: number; title: string; chapter: string }[] = [];
  tree.chapters.forEach((c, ci) => c.articles.forEach((a) => out.push({ id: a.id, number: out.length + 1, title: a.title, chapter: `BAB ${romawi(ci + 1)}` })));
  return out;
}
