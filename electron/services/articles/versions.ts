// Named versions of the AD/ART: a snapshot of the whole tree as JSON, compared article by
// article (matched by id) and authorised by the general meeting.
import type { Database } from 'better-sqlite3';
import { articleTree, type ArticleComparison, type ArticleDoc, type ArticleTree, type ArticleVersion } from '../../../shared/domain/articles';
import { numberTree } from '../../../shared/articleNumbering';
import { AppError, notFound } from '../../errors';
import type { ProjectTools } from '../../handlers/types';
import { addAgendaItem, addDecision, listAgenda } from '../agenda';
import { agendaItemFor } from '../agendaTopics';
import { articlesDecision } from '../generatedDecisions';
import { readMeeting } from '../meetings';
import { readTree } from './tree';

type Row = Record<string, unknown>;
const SELECT = `SELECT v.*, m.date AS meeting_date, m.title AS meeting_title FROM article_versions v
  LEFT JOIN meetings m ON m.id = v.authorised_meeting_id`;

function toVersion(r: Row): ArticleVersion {
  return {
    id: String(r.id), doc: r.doc as ArticleDoc, number: Number(r.number), name: String(r.name), createdAt: String(r.created_at),
    authorisedMeetingId: (r.authorised_meeting_id as string | null) ?? null, authorisedAt: (r.authorised_at as string | null) ?? null,
    authorisedMeetingDate: r.authorised_meeting_id ? String(r.meeting_date ?? '') : null,
    authorisedMeetingTitle: r.authorised_meeting_id ? String(r.meeting_title ?? '') : null,
  };
}

export function listVersions(db: Database, doc: ArticleDoc): ArticleVersion[] {
  return (db.prepare(`${SELECT} WHERE v.doc = ? ORDER BY v.number`).all(doc) as Row[]).map(toVersion);
}

export function readVersion(db: Database, id: string): ArticleVersion & { tree: ArticleTree } {
  const row = db.prepare(`${SELECT} WHERE v.id = ?`).get(id) as Row | undefined;
  if (!row) throw notFound('article_version', id);
  return { ...toVersion(row), tree: articleTree.parse(JSON.parse(String(row.tree))) };
}

export function authorisedVersion(db: Database, doc: ArticleDoc): (ArticleVersion & { tree: ArticleTree }) | null {
  const row = db.prepare('SELECT id FROM article_versions WHERE doc = ? AND authorised_at IS NOT NULL ORDER BY authorised_at DESC LIMIT 1').get(doc) as { id: string } | undefined;
  return row ? readVersion(db, row.id) : null;
}

export function saveVersion(db: Database, doc: ArticleDoc, name: string, t: ProjectTools): ArticleVersion {
  const tree = readTree(db, doc);
  if (tree.chapters.length === 0) throw new AppError('invalid_state', 'articles_empty', 'There is no draft to save');
  const number = ((db.prepare('SELECT max(number) AS n FROM article_versions WHERE doc = ?').get(doc) as { n: number | null }).n ?? 0) + 1;
  const id = t.newId();
  t.rec.insert('article_versions', { id, doc, number, name, tree: JSON.stringify(tree), created_at: t.now, authorised_meeting_id: null, authorised_at: null });
  return readVersion(db, id);
}

/**
 * The general meeting authorises one version (replacing an earlier authorisation of the same
 * document); the decision is written into that meeting so its minutes carry it.
 */
export function authoriseVersion(db: Database, id: string, meetingId: string, t: ProjectTools): ArticleVersion {
  const v = readVersion(db, id);
  const meeting = readMeeting(db, meetingId);
  if (meeting.kind !== 'general') throw new AppError('invalid_state', 'articles_need_general_meeting', 'The articles are authorised by the general meeting');
  for (const other of listVersions(db, v.doc)) if (other.authorisedAt && other.id !== id) t.rec.update('article_versions', other.id, { authorised_meeting_id: null, authorised_at: null });
  t.rec.update('article_versions', id, { authorised_meeting_id: meetingId, authorised_at: t.now });
  const item = agendaItemFor(listAgenda(db, meetingId), 'articles') ?? addAgendaItem(db, meetingId, { title: 'Pengesahan Anggaran Dasar dan Anggaran Rumah Tangga' }, t);
  addDecision(db, item.id, articlesDecision(v), t);
  const { tree: _tree, ...out } = readVersion(db, id);
  return out;
}

/** Flat text of an article as stored (tokens, not numbers), so a renumbering is not a change. */
function flat(tree: ArticleTree) {
  const numbered = numberTree(tree);
  const out = new Map<string, { number: number; title: string; raw: string; text: string }>();
  tree.chapters.forEach((c, ci) => c.articles.forEach((a, ai) => {
    const na = numbered.chapters[ci]!.articles[ai]!;
    const raw = JSON.stringify([a.title, a.paragraphs.map((p) => [p.text, p.points.map((x) => x.text)])]);
    const text = na.paragraphs.map((p) => [(p.numbered ? `(${p.number}) ` : '') + p.rendered, ...p.points.map((x) => `${x.letter}. ${x.rendered}`)].join('\n')).join('\n');
    out.set(a.id, { number: na.number, title: a.title, raw, text });
  }));
  return out;
}

export function compareTrees(before: ArticleTree, after: ArticleTree): ArticleComparison {
  const [a, b] = [flat(before), flat(after)];
  const side = (x: { number: number; title: string; text: string }) => ({ number: x.number, title: x.title, text: x.text });
  const changes: ArticleComparison['changes'] = [];
  let renumbered = 0, unchanged = 0;
  for (const [id, y] of b) {
    const x = a.get(id);
    if (!x) changes.push({ articleId: id, kind: 'added', before: null, after: side(y) });
    else if (x.raw !== y.raw) changes.push({ articleId: id, kind: 'changed', before: side(x), after: side(y) });
    else if (x.number !== y.number) renumbered++;
    else unchanged++;
  }
  for (const [id, x] of a) if (!b.has(id)) changes.push({ articleId: id, kind: 'removed', before: side(x), after: null });
  return { changes, renumbered, unchanged };
}

export function compareVersions(db: Database, beforeId: string, afterId: string | 'current'): ArticleComparison {
  const before = readVersion(db, beforeId);
  const after = afterId === 'current' ? readTree(db, before.doc) : readVersion(db, afterId).tree;
  return compareTrees(before.tree, after);
}
