// What the AD/ART document prints: a saved version, or the current draft. The current draft
// counts as authorised only when it is exactly the text the general meeting authorised.
import type { Database } from 'better-sqlite3';
import type { ArticleDoc, ArticleTree } from '../../../shared/domain/articles';
import { numberTree } from '../../../shared/articleNumbering';
import { AppError } from '../../errors';
import type { ArticlesPrint } from '../../export/documents/articles';
import { readOrganisation } from '../organisation';
import { readDraft } from './draft';
import { readTree } from './tree';
import { readVersion } from './versions';

/**
 * Paragraphs and points still without text (a Pasal just added, an ayat left blank) are not
 * printed: an empty "(1)" is no rule. They are dropped before numbering, so the printed ayat
 * numbers and the references to them agree.
 */
export function withoutEmptyText(tree: ArticleTree): ArticleTree {
  return {
    chapters: tree.chapters.map((c) => ({
      ...c,
      articles: c.articles.map((a) => ({
        ...a,
        paragraphs: a.paragraphs
          .map((p) => ({ ...p, points: p.points.filter((pt) => pt.text.trim()) }))
          .filter((p) => p.text.trim() || p.points.length),
      })),
    })),
  };
}

export function articlesPrint(db: Database, doc: ArticleDoc, versionId?: string): ArticlesPrint {
  const organisationName = readOrganisation(db).name;
  if (versionId) {
    const v = readVersion(db, versionId);
    if (v.doc !== doc) throw new AppError('invalid_input', 'articles_wrong_version', 'That version belongs to the other document');
    const authorisedIn = v.authorisedAt ? { date: v.authorisedMeetingDate ?? '', title: v.authorisedMeetingTitle ?? '' } : null;
    return { doc, tree: numberTree(withoutEmptyText(v.tree)), organisationName, authorisedIn, versionLabel: authorisedIn ? null : `Versi ${v.number}: ${v.name}` };
  }
  const draft = readDraft(db, doc);
  if (draft.chapters.length === 0) throw new AppError('invalid_state', 'articles_empty', 'There is no draft yet');
  const a = draft.matchesAuthorised ? draft.authorised : null;
  return { doc, tree: numberTree(withoutEmptyText(readTree(db, doc))), organisationName, authorisedIn: a ? { date: a.authorisedMeetingDate ?? '', title: a.authorisedMeetingTitle ?? '' } : null, versionLabel: null };
}
