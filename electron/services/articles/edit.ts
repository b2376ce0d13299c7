// Edits of the AD/ART tree: add, update, move and delete anywhere. Each is one undoable step;
// positions are rewritten for the siblings that shift, numbers are never stored.
import type { Database } from 'better-sqlite3';
import type { ArticleDoc, NodeLevel } from '../../../shared/domain/articles';
import { AppError } from '../../errors';
import type { ProjectTools } from '../../handlers/types';
import { CHILD_LEVEL, childrenOf, deleteSubtree, readNode, resequence, type NodeRow } from './tree';

export interface AddInput {
  doc: ArticleDoc;
  level: NodeLevel;
  /** null for a chapter; otherwise the chapter / article / paragraph to add into. */
  parentId: string | null;
  /** Position among the siblings; at the end when left out. */
  index?: number;
  title?: string;
  text?: string;
}

const wrongParent = () => new AppError('invalid_input', 'article_wrong_parent', 'A chapter holds articles, an article paragraphs, a paragraph points');

function checkParent(db: Database, doc: ArticleDoc, level: NodeLevel, parentId: string | null): NodeRow | null {
  if (level === 'chapter') {
    if (parentId !== null) throw wrongParent();
    return null;
  }
  if (parentId === null) throw wrongParent();
  const parent = readNode(db, parentId);
  if (parent.doc !== doc || CHILD_LEVEL[parent.level] !== level) throw wrongParent();
  return parent;
}

const placeAt = <T>(list: T[], item: T, index: number | undefined) => {
  const at = Math.max(0, Math.min(index ?? list.length, list.length));
  return [...list.slice(0, at), item, ...list.slice(at)];
};

export function addNode(db: Database, i: AddInput, t: ProjectTools): string {
  checkParent(db, i.doc, i.level, i.parentId);
  const siblings = childrenOf(db, i.doc, i.parentId);
  const id = t.newId();
  const hasTitle = i.level === 'chapter' || i.level === 'article';
  const row: NodeRow = { id, doc: i.doc, level: i.level, parent_id: i.parentId, seq: siblings.length, title: hasTitle ? (i.title ?? '') : '', body: hasTitle ? '' : (i.text ?? '') };
  t.rec.insert('article_nodes', { ...row });
  resequence(placeAt(siblings, row, i.index), t);
  // A new article gets one empty paragraph: a Pasal without text cannot be printed.
  if (i.level === 'article') t.rec.insert('article_nodes', { id: t.newId(), doc: i.doc, level: 'paragraph', parent_id: id, seq: 0, title: '', body: i.text ?? '' });
  return id;
}

export function updateNode(db: Database, id: string, patch: { title?: string; text?: string }, t: ProjectTools): NodeRow {
  const node = readNode(db, id);
  const hasTitle = node.level === 'chapter' || node.level === 'article';
  if ((hasTitle && patch.text !== undefined) || (!hasTitle && patch.title !== undefined)) {
    throw new AppError('invalid_input', 'article_field', 'Chapters and articles have a title; paragraphs and points a text');
  }
  t.rec.update('article_nodes', id, hasTitle ? { title: patch.title ?? node.title } : { body: patch.text ?? node.body });
  return node;
}

/** Moves a node to `index` among its siblings, or into another parent of the same level. */
export function moveNode(db: Database, id: string, to: { parentId?: string | null; index: number }, t: ProjectTools): NodeRow {
  const node = readNode(db, id);
  const parentId = to.parentId === undefined ? node.parent_id : to.parentId;
  const parent = checkParent(db, node.doc, node.level, parentId);
  if (parent && node.parent_id && readNode(db, node.parent_id).level !== parent.level) throw wrongParent();
  const oldSiblings = childrenOf(db, node.doc, node.parent_id).filter((r) => r.id !== id);
  if (parentId !== node.parent_id) {
    t.rec.update('article_nodes', id, { parent_id: parentId });
    resequence(oldSiblings, t);
  }
  const newSiblings = childrenOf(db, node.doc, parentId).filter((r) => r.id !== id);
  resequence(placeAt(newSiblings, { ...node, parent_id: parentId, seq: -1 }, to.index), t);
  return node;
}

export function deleteNode(db: Database, id: string, t: ProjectTools): NodeRow {
  const node = readNode(db, id);
  deleteSubtree(db, node, t);
  resequence(childrenOf(db, node.doc, node.parent_id), t);
  return node;
}
