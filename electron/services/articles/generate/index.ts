// articles.generate: writes a first draft from the project's data as one undo step, refusing
// to overwrite an existing draft unless asked to (replace), so edits are never lost silently.
import type { Database } from 'better-sqlite3';
import type { ArticleDoc } from '../../../../shared/domain/articles';
import { AppError } from '../../../errors';
import type { ProjectTools } from '../../../handlers/types';
import { deleteDoc, hasDraft, insertTree } from '../tree';
import { generateAd } from './ad';
import { generateArt } from './art';
import { generationData } from './data';

export function generateDraft(db: Database, doc: ArticleDoc, replace: boolean, t: ProjectTools): void {
  if (hasDraft(db, doc)) {
    if (!replace) throw new AppError('conflict', 'articles_draft_exists', 'A draft exists already; generate with replace to overwrite it');
    deleteDoc(db, doc, t);
  }
  const data = generationData(db);
  insertTree(doc === 'ad' ? generateAd(data, t.newId) : generateArt(data, t.newId), doc, t);
}
