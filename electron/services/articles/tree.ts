// The AD/ART tree in the article_nodes table: reading it whole, writing a whole tree (generate)
// and deleting subtrees, always through the change recorder so one undo restores everything.
import type { Database } from 'better-sqlite3';
import type { ArticleDoc, ArticleTree, NodeLevel } from '../../../shared/domain/articles';
import { notFound } from '../../errors';
import type { ProjectTools } from '../../handlers/types';

export interface NodeRow {
  id: string;
  doc: ArticleDoc;
  level: NodeLevel;
  parent_id: string | null;
  seq: number;
  title: string;
  body: string;
}
export const CHILD_LEVEL: Record<NodeLevel, NodeLevel | null> = { chapter: 'article', article: 'paragraph', paragraph: 'point', point: null };

export function readNode(db: Database, id: string): NodeRow {
  const row = db.prepare('SELECT * FROM article_nodes WHERE id = ?').get(id) as NodeRow | undefined;
  if (!row) throw notFound('article_node', id);
  return row;
}

/** Children in order; parentId null = the chapters of a document. */
export function childrenOf(db: Database, doc: ArticleDoc, parentId: string | null): NodeRow[] {
  return (parentId === null
    ? db.prepare('SELECT * FROM article_nodes WHERE doc = ? AND parent_id IS NULL ORDER BY seq').all(doc)
    : db.prepare('SELECT * FROM article_nodes WHERE parent_id = ? ORDER BY seq').all(parentId)) as NodeRow[];
}

export function readTree(db: Database, doc: ArticleDoc): ArticleTree {
  const rows = db.prepare('SELECT * FROM article_nodes WHERE doc = ? ORDER BY seq').all(doc) as NodeRow[];
  const kids = new Map<string | null, NodeRow[]>();
  for (const r of rows) kids.set(r.parent_id, [...(kids.get(r.parent_id) ?? []), r]);
  const of = (id: string | null) => kids.get(id) ?? [];
  return {
    chapters: of(null).map((c) => ({
      id: c.id, title: c.title,
      articles: of(c.id).map((a) => ({
        id: a.id, title: a.title,
        paragraphs: of(a.id).map((p) => ({ id: p.id, text: p.body, points: of(p.id).map((pt) => ({ id: pt.id, text: pt.body })) })),
      })),
    })),
  };
}

export const hasDraft = (db: Database, doc: ArticleDoc) => !!db.prepare('SELECT 1 FROM article_nodes WHERE doc = ? LIMIT 1').get(doc);

/** Writes a whole tree (ids as given), parents before children so undo/redo replays in order. */
export function insertTree(tree: ArticleTree, doc: ArticleDoc, t: ProjectTools): void {
  const put = (id: string, level: NodeLevel, parent: string | null, seq: number, title: string, body: string) =>
    t.rec.insert('article_nodes', { id, doc, level, parent_id: parent, seq, title, body });
  tree.chapters.forEach((c, ci) => {
    put(c.id, 'chapter', null, ci, c.title, '');
    c.articles.forEach((a, ai) => {
      put(a.id, 'article', c.id, ai, a.title, '');
      a.paragraphs.forEach((p, pi) => {
        put(p.id, 'paragraph', a.id, pi, '', p.text);
        p.points.forEach((pt, k) => put(pt.id, 'point', p.id, k, '', pt.text));
      });
    });
  });
}

/** Deletes a node and everything below it, children first (no cascade: the log must see each row). */
export function deleteSubtree(db: Database, node: NodeRow, t: ProjectTools): void {
  for (const child of childrenOf(db, node.doc, node.id)) deleteSubtree(db, child, t);
  t.rec.delete('article_nodes', node.id);
}

export function deleteDoc(db: Database, doc: ArticleDoc, t: ProjectTools): void {
  for (const c of childrenOf(db, doc, null)) deleteSubtree(db, c, t);
}

/** Gives siblings seq 0..n-1 in the given order; only rows whose seq changes are written. */
export function resequence(rows: readonly NodeRow[], t: ProjectTools): void {
  rows.forEach((r, i) => { if (r.seq !== i) t.rec.update('article_nodes', r.id, { seq: i }); });
}
