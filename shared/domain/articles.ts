import { z } from 'zod';

/** The two regulation drafts of the organisation: articles (AD) and by-laws (ART). */
export const ARTICLE_DOCS = ['ad', 'art'] as const;
export type ArticleDoc = (typeof ARTICLE_DOCS)[number];
export const NODE_LEVELS = ['chapter', 'article', 'paragraph', 'point'] as const;
export type NodeLevel = (typeof NODE_LEVELS)[number];

const id = z.string().uuid();

// The stored tree: text only, no numbers. Numbers are derived (shared/articleNumbering.ts) so
// they always follow an insert, a move or a delete; references are tokens {{pasal:<id>}}.
export const pointNode = z.object({ id, text: z.string() });
export const paragraphNode = z.object({ id, text: z.string(), points: z.array(pointNode) });
export const articleNode = z.object({ id, title: z.string(), paragraphs: z.array(paragraphNode) });
export const chapterNode = z.object({ id, title: z.string(), articles: z.array(articleNode) });
export const articleTree = z.object({ chapters: z.array(chapterNode) });
export type PointNode = z.infer<typeof pointNode>;
export type ParagraphNode = z.infer<typeof paragraphNode>;
export type ArticleNode = z.infer<typeof articleNode>;
export type ChapterNode = z.infer<typeof chapterNode>;
export type ArticleTree = z.infer<typeof articleTree>;

// The same tree with its numbers and the text as read (references resolved).
const shown = { text: z.string(), rendered: z.string() };
export const numberedPoint = z.object({ id, letter: z.string(), ...shown });
export const numberedParagraph = z.object({ id, number: z.number().int(), numbered: z.boolean(), ...shown, points: z.array(numberedPoint) });
export const numberedArticle = z.object({ id, number: z.number().int(), title: z.string(), paragraphs: z.array(numberedParagraph) });
export const numberedChapter = z.object({ id, number: z.number().int(), numeral: z.string(), title: z.string(), articles: z.array(numberedArticle) });
/** A reference to a Pasal or ayat that no longer exists: shown as "[dihapus]", listed here. */
export const brokenReference = z.object({
  nodeId: id,
  level: z.enum(['paragraph', 'point']),
  articleNumber: z.number().int(),
  targetId: z.string(),
  target: z.enum(['pasal', 'ayat']),
});
export const numberedTree = z.object({ chapters: z.array(numberedChapter), warnings: z.array(brokenReference) });
export type NumberedTree = z.infer<typeof numberedTree>;
export type NumberedArticle = z.infer<typeof numberedArticle>;
export type BrokenReference = z.infer<typeof brokenReference>;

export const articleVersion = z.object({
  id,
  doc: z.enum(ARTICLE_DOCS),
  number: z.number().int(),
  name: z.string(),
  createdAt: z.string(),
  authorisedMeetingId: id.nullable(),
  authorisedAt: z.string().nullable(),
  /** Date and title of the authorising meeting, for the list and the closing formula. */
  authorisedMeetingDate: z.string().nullable(),
  authorisedMeetingTitle: z.string().nullable(),
});
export type ArticleVersion = z.infer<typeof articleVersion>;

export const articlesDraft = numberedTree.extend({
  doc: z.enum(ARTICLE_DOCS),
  /** The current text is exactly the authorised version's: printed without the draft mark. */
  authorised: articleVersion.nullable(),
  matchesAuthorised: z.boolean(),
  /** The new node's id after an add, so the screen can focus it. */
  createdId: id.nullable(),
});
export type ArticlesDraft = z.infer<typeof articlesDraft>;

const side = z.object({ number: z.number().int(), title: z.string(), text: z.string() }).nullable();
export const articleComparison = z.object({
  changes: z.array(z.object({ articleId: id, kind: z.enum(['added', 'removed', 'changed']), before: side, after: side })),
  /** Articles whose text is the same but whose number changed. */
  renumbered: z.number().int(),
  unchanged: z.number().int(),
});
export type ArticleComparison = z.infer<typeof articleComparison>;
