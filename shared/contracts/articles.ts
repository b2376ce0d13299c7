import { z } from 'zod';
import { ARTICLE_DOCS, NODE_LEVELS, articleComparison, articlesDraft, articleVersion, numberedTree } from '../domain/articles';
import type { MethodSpec } from './spec';

const projectId = z.string().uuid();
const id = z.string().uuid();
const doc = z.enum(ARTICLE_DOCS);
const title = z.string().trim().max(300);
const text = z.string().trim().max(10_000);

/**
 * Regulation drafts: the articles (AD) and by-laws (ART) of the cluster organisation. Every edit
 * returns the whole draft renumbered, since one insert can change every later number.
 */
export const articleMethods = {
  'articles.get': { input: z.object({ projectId, doc }).strict(), output: articlesDraft },
  /** A first draft from FGD-1/FGD-2 data; refused when a draft exists unless replace. */
  'articles.generate': { input: z.object({ projectId, doc, replace: z.boolean().default(false) }).strict(), output: articlesDraft, undoable: true },
  /** A chapter (parentId null), an article in a chapter, a paragraph in an article or a point in a paragraph. */
  'articles.add': {
    input: z.object({ projectId, doc, level: z.enum(NODE_LEVELS), parentId: id.nullable(), index: z.number().int().min(0).optional(), title: title.optional(), text: text.optional() }).strict(),
    output: articlesDraft,
    undoable: true,
  },
  /** Title of a chapter or article; text of a paragraph or point (references as {{pasal:<id>}}). */
  'articles.update': { input: z.object({ projectId, id, title: title.optional(), text: text.optional() }).strict(), output: articlesDraft, undoable: true },
  /** To `index` among its siblings, or into another parent of the same level (parentId). */
  'articles.move': { input: z.object({ projectId, id, parentId: id.nullable().optional(), index: z.number().int().min(0) }).strict(), output: articlesDraft, undoable: true },
  'articles.delete': { input: z.object({ projectId, id }).strict(), output: articlesDraft, undoable: true },

  'articles.saveVersion': { input: z.object({ projectId, doc, name: z.string().trim().min(1).max(120) }).strict(), output: articleVersion, undoable: true },
  'articles.versions': { input: z.object({ projectId, doc }).strict(), output: z.array(articleVersion) },
  'articles.version': { input: z.object({ projectId, versionId: id }).strict(), output: articleVersion.extend({ numbered: numberedTree }) },
  /** Article by article, matched by id: a version against another or against the current draft. */
  'articles.compare': { input: z.object({ projectId, beforeId: id, afterId: z.union([id, z.literal('current')]) }).strict(), output: articleComparison },
  /** Authorised by the general meeting; recorded as a decision of that meeting. */
  'articles.authorise': { input: z.object({ projectId, versionId: id, meetingId: id }).strict(), output: articleVersion, undoable: true },
} as const satisfies Record<string, MethodSpec>;
