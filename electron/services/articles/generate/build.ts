// A small builder for generated drafts: chapters, articles, paragraphs with points, each with a
// fresh id, so a generated reference can name an article before the tree is written.
import type { ArticleNode, ArticleTree, ChapterNode, ParagraphNode } from '../../../../shared/domain/articles';

/** A paragraph: its text, or its text followed by points a., b., c. */
export type ParagraphSpec = string | readonly [string, readonly string[]];

export function treeBuilder(newId: () => string) {
  const chapters: ChapterNode[] = [];
  let current: ChapterNode | null = null;
  const paragraph = (p: ParagraphSpec): ParagraphNode => {
    const [text, points] = typeof p === 'string' ? [p, []] : p;
    return { id: newId(), text, points: points.map((x) => ({ id: newId(), text: x })) };
  };
  return {
    chapter(title: string): void {
      current = { id: newId(), title, articles: [] };
      chapters.push(current);
    },
    /** Adds a Pasal to the current chapter; `id` when a reference to it was made beforehand. */
    article(title: string, paragraphs: readonly ParagraphSpec[], id = newId()): ArticleNode {
      if (!current) throw new Error('article() before chapter()');
      const a: ArticleNode = { id, title, paragraphs: paragraphs.map(paragraph) };
      current.articles.push(a);
      return a;
    },
    tree: (): ArticleTree => ({ chapters }),
  };
}

/** Points end with ";", the one before last with "; dan", the last with "." (Indonesian drafting). */
export function listPoints(items: readonly string[]): string[] {
  const clean = items.map((s) => s.trim().replace(/[.;,]+$/, ''));
  return clean.map((s, i) => (i === clean.length - 1 ? `${s}.` : i === clean.length - 2 ? `${s}; dan` : `${s};`));
}
