import { useEffect, useState } from 'react';
import type { ArticleComparison, ArticleVersion } from '../../../shared/domain/articles';
import { call } from '../../api';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';
import { useUi } from '../shell/uiStore';

const KIND = { added: 'articles.kindAdded', removed: 'articles.kindRemoved', changed: 'articles.kindChanged' } as const;

/** Article by article, matched by id: what was added, removed or changed, with both numbers. */
export function CompareDialog({ projectId, versions, onClose }: { projectId: string; versions: ArticleVersion[]; onClose: () => void }) {
  const t = useT();
  const [from, setFrom] = useState(versions.at(-1)?.id ?? '');
  const [to, setTo] = useState('current');
  const [result, setResult] = useState<ArticleComparison | null>(null);
  useEffect(() => {
    if (!from || from === to) return setResult(null);
    call('articles.compare', { projectId, beforeId: from, afterId: to }).then(setResult, (e) => useUi.getState().fail(e));
  }, [projectId, from, to]);
  const label = (v: ArticleVersion) => t('articles.versionLabel', { n: v.number, name: v.name });
  return (
    <Dialog wide title={t('articles.compareTitle')} onClose={onClose} footer={<button type="button" onClick={onClose}>{t('common.close')}</button>}>
      <div className="toolbar">
        <label>{t('articles.compareFrom')} <select value={from} onChange={(e) => setFrom(e.target.value)}>{versions.map((v) => <option key={v.id} value={v.id}>{label(v)}</option>)}</select></label>
        <label>{t('articles.compareTo')} <select value={to} onChange={(e) => setTo(e.target.value)}>
          <option value="current">{t('articles.current')}</option>
          {versions.map((v) => <option key={v.id} value={v.id}>{label(v)}</option>)}
        </select></label>
      </div>
      {result && (result.changes.length === 0 ? <p>{t('articles.noChanges')}</p> : (
        <ul className="article-changes" aria-label={t('articles.compareTitle')}>
          {result.changes.map((c) => (
            <li key={c.articleId} className={c.kind}>
              <strong>{t(KIND[c.kind])}</strong>{' '}
              {t('articles.numbers', { before: c.before?.number ?? '—', after: c.after?.number ?? '—' })}
              {' '}{(c.after ?? c.before)!.title}
              {c.before && <pre className="before">{c.before.text}</pre>}
              {c.after && <pre className="after">{c.after.text}</pre>}
            </li>
          ))}
        </ul>
      ))}
      {result && result.renumbered > 0 && <p className="hint">{t('articles.renumbered', { n: result.renumbered })}</p>}
    </Dialog>
  );
}
