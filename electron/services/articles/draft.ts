// The draft as the screen and the document read it: numbered, references resolved, with the
// authorisation state (the current text equals the authorised version's, or not).
import type { Database } from 'better-sqlite3';
import type { ArticleDoc, ArticlesDraft } from '../../../shared/domain/articles';
import { numberTree } from '../../../shared/articleNumbering';
import { readTree } from './tree';
import { authorisedVersion } from './versions';

export function readDraft(db: Database, doc: ArticleDoc, createdId: string | null = null): ArticlesDraft {
  const tree = readTree(db, doc);
  const auth = authorisedVersion(db, doc);
  const { tree: authTree, ...authorised } = auth ?? { tree: null };
  return {
    doc,
    ...numberTree(tree),
    authorised: auth ? (authorised as ArticlesDraft['authorised']) : null,
    matchesAuthorised: !!authTree && JSON.stringify(authTree) === JSON.stringify(tree),
    createdId,
  };
}
