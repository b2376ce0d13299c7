import { useRef, useState } from 'react';
import type { ArticlesDraft, NumberedArticle } from '../../../shared/domain/articles';
import { useT } from '../../i18n';
import { CommitInput } from '../meetings/CommitInput';
import { useArticles } from './articlesStore';
import { RefText, type RefTextHandle } from './RefText';
import { ReferenceDialog } from './ReferenceDialog';
import type { RefIndex } from './referenceText';

interface Props {
  draft: ArticlesDraft;
  article: NumberedArticle;
  chapterId: string;
  index: number;
  count: number;
  idx: RefIndex;
}

/** One Pasal: its title, ayat and points, editable in place; numbers come from the server. */
export function ArticleCard({ draft, article: a, chapterId, index, count, idx }: Props) {
  const t = useT();
  const edit = useArticles((s) => s.edit);
  const doc = draft.doc;
  const texts = useRef(new Map<string, RefTextHandle | null>());
  const [refFor, setRefFor] = useState<string | null>(null);
  const move = (to: number) => void edit('articles.move', { id: a.id, index: to });
  return (
    <li className="article-card" aria-label={`Pasal ${a.number}`}>
      <header>
        <h3>Pasal {a.number}</h3>
        <CommitInput wrap id={`article-title-${a.id}`} value={a.title} label={t('articles.articleTitle', { n: a.number })} onCommit={(title) => edit('articles.update', { id: a.id, title })} />
        <span className="tools facilitator-only">
          <button type="button" disabled={index === 0} aria-label={`${t('articles.moveUp')} Pasal ${a.number}`} onClick={() => move(index - 1)}>↑</button>
          <button type="button" disabled={index === count - 1} aria-label={`${t('articles.moveDown')} Pasal ${a.number}`} onClick={() => move(index + 1)}>↓</button>
          <select aria-label={t('articles.moveTo', { n: a.number })} value={chapterId}
            onChange={(e) => void edit('articles.move', { id: a.id, parentId: e.target.value, index: 0 })}>
            {draft.chapters.map((c) => <option key={c.id} value={c.id}>BAB {c.numeral}</option>)}
          </select>
          <button type="button" className="danger" aria-label={t('articles.deleteArticle', { n: a.number })} onClick={() => void edit('articles.delete', { id: a.id })}>✕</button>
        </span>
      </header>
      <ol className="paragraphs">
        {a.paragraphs.map((p) => (
          <li key={p.id} className="paragraph">
            <span className="num">{p.numbered ? `(${p.number})` : ''}</span>
            <div className="body">
              <RefText ref={(h) => void texts.current.set(p.id, h)} raw={p.text} idx={idx} articleId={a.id}
                label={t('articles.paragraphText', { n: a.number, k: p.number })} onCommit={(text) => edit('articles.update', { id: p.id, text })} />
              <ol className="points">
                {p.points.map((pt) => (
                  <li key={pt.id}>
                    <span className="num">{pt.letter}.</span>
                    <RefText raw={pt.text} idx={idx} articleId={a.id} label={t('articles.pointText', { n: a.number, k: p.number, letter: pt.letter })}
                      onCommit={(text) => edit('articles.update', { id: pt.id, text })} />
                    <span className="tools facilitator-only">
                      <button type="button" className="danger" aria-label={t('articles.deletePoint', { letter: pt.letter })} onClick={() => void edit('articles.delete', { id: pt.id })}>✕</button>
                    </span>
                  </li>
                ))}
              </ol>
              <div className="tools facilitator-only">
                <button type="button" onClick={() => void edit('articles.add', { doc, level: 'point', parentId: p.id })}>{t('articles.addPoint')}</button>
                <button type="button" onClick={() => setRefFor(p.id)}>{t('articles.insertRef')}</button>
                <button type="button" className="danger" disabled={a.paragraphs.length === 1}
                  aria-label={t('articles.deleteParagraph', { k: p.number, n: a.number })} onClick={() => void edit('articles.delete', { id: p.id })}>✕</button>
              </div>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="facilitator-only" onClick={() => void edit('articles.add', { doc, level: 'paragraph', parentId: a.id })}>{t('articles.addParagraph')}</button>
      {refFor && <ReferenceDialog draft={draft} onClose={() => setRefFor(null)} onInsert={(text) => texts.current.get(refFor)?.insert(text)} />}
    </li>
  );
}
