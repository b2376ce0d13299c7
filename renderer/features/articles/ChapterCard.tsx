import type { ArticlesDraft } from '../../../shared/domain/articles';
import { useT } from '../../i18n';
import { CommitInput } from '../meetings/CommitInput';
import { ArticleCard } from './ArticleCard';
import { useArticles } from './articlesStore';
import type { RefIndex } from './referenceText';

/** A BAB: its Roman numeral, title and Pasal; Pasal are added at the end or moved in from others. */
export function ChapterCard({ draft, index, idx }: { draft: ArticlesDraft; index: number; idx: RefIndex }) {
  const t = useT();
  const edit = useArticles((s) => s.edit);
  const c = draft.chapters[index]!;
  const count = draft.chapters.length;
  // The new Pasal's title gets the focus, so the facilitator types straight into it.
  const addArticle = async () => {
    const out = await edit('articles.add', { doc: draft.doc, level: 'article', parentId: c.id });
    const added = out?.chapters.find((x) => x.id === c.id)?.articles.at(-1);
    if (added) requestAnimationFrame(() => document.getElementById(`article-title-${added.id}`)?.focus());
  };
  return (
    <li className="chapter-card" aria-label={`BAB ${c.numeral}`}>
      <header>
        <h2>BAB {c.numeral}</h2>
        <CommitInput wrap value={c.title} label={t('articles.chapterTitle', { numeral: c.numeral })} onCommit={(title) => edit('articles.update', { id: c.id, title })} />
        <span className="tools facilitator-only">
          <button type="button" disabled={index === 0} aria-label={`${t('articles.moveUp')} BAB ${c.numeral}`} onClick={() => void edit('articles.move', { id: c.id, index: index - 1 })}>↑</button>
          <button type="button" disabled={index === count - 1} aria-label={`${t('articles.moveDown')} BAB ${c.numeral}`} onClick={() => void edit('articles.move', { id: c.id, index: index + 1 })}>↓</button>
          <button type="button" className="danger" aria-label={t('articles.deleteChapter', { numeral: c.numeral })} onClick={() => void edit('articles.delete', { id: c.id })}>✕</button>
        </span>
      </header>
      <ol className="articles">
        {c.articles.map((a, i) => <ArticleCard key={a.id} draft={draft} article={a} chapterId={c.id} index={i} count={c.articles.length} idx={idx} />)}
      </ol>
      <button type="button" className="facilitator-only" onClick={() => void addArticle()}>
        {t('articles.addArticle')} (BAB {c.numeral})
      </button>
    </li>
  );
}
