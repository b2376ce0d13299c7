import { useEffect, useMemo, useState } from 'react';
import type { ArticleDoc } from '../../../shared/domain/articles';
import { Dialog } from '../../components/Dialog';
import { Tabs } from '../../components/Tabs';
import { useT } from '../../i18n';
import { PaperSelect, usePaper } from '../meetings/PaperSelect';
import { renderDocument } from '../meetings/renderDocument';
import { useMeetings } from '../meetings/meetingsStore';
import { useProjects } from '../project/projectStore';
import { useUi } from '../shell/uiStore';
import { useArticles } from './articlesStore';
import { ChapterCard } from './ChapterCard';
import { refIndex } from './referenceText';
import { VersionsPanel } from './VersionsPanel';
import '../meetings/meetings.css';
import './articles.css';

/** "AD/ART": the two drafts as editable trees, their versions and Word documents. */
export function ArticlesView() {
  const t = useT();
  const projectId = useProjects((s) => s.current?.id);
  const revision = useProjects((s) => s.revision);
  const { doc, drafts, versions, setDoc, edit } = useArticles();
  const paper = usePaper();
  const [confirm, setConfirm] = useState(false);
  useEffect(() => {
    if (!projectId) return;
    void useArticles.getState().load(projectId);
    useMeetings.getState().use(projectId);
    void useMeetings.getState().refresh();
  }, [projectId, revision]);
  const draft = drafts[doc];
  const idx = useMemo(() => (draft ? refIndex(draft) : null), [draft]);
  if (!projectId || !draft || !idx) return <p>{t('common.loading')}</p>;
  const docName = t(doc === 'ad' ? 'articles.tabAd' : 'articles.tabArt');
  const generate = async (replace: boolean) => {
    setConfirm(false);
    if (await edit('articles.generate', { doc, replace })) useUi.getState().notify('articles.generated', { doc: docName });
  };

  return (
    <section aria-labelledby="articles-title" className="articles-view">
      <header className="view-header">
        <h1 id="articles-title">{t('articles.heading')}</h1>
      </header>
      <p className="hint facilitator-only">{t('articles.intro')}</p>
      <Tabs label={t('articles.tabs')} selected={doc} onSelect={(d: ArticleDoc) => setDoc(d)}
        tabs={[{ id: 'ad', label: t('articles.tabAd') }, { id: 'art', label: t('articles.tabArt') }]}>
        <div className="toolbar facilitator-only">
          <button type="button" className="primary" onClick={() => (draft.chapters.length ? setConfirm(true) : void generate(false))}>{t('articles.generate')}</button>
          <button type="button" disabled={draft.chapters.length === 0} onClick={() => void renderDocument({ projectId, kind: doc === 'ad' ? 'articles' : 'bylaws', paper })}>
            {t(doc === 'ad' ? 'articles.documentAd' : 'articles.documentArt')}
          </button>
          <PaperSelect />
        </div>
        {draft.warnings.length > 0 && (
          <div className="warnings" role="alert" aria-label={t('articles.warnings')}>
            <strong>{t('articles.warnings')}</strong>
            <ul>{draft.warnings.map((w, i) => <li key={i}>{t(w.target === 'pasal' ? 'articles.warningPasal' : 'articles.warningAyat', { n: w.articleNumber })}</li>)}</ul>
          </div>
        )}
        <div className="articles-layout">
          <div className="articles-tree">
            {draft.chapters.length === 0 ? <p className="empty">{t('articles.empty')}</p> : (
              <>
                <p className="hint facilitator-only">{t('articles.placeholderHint')}</p>
                <ol className="chapters">{draft.chapters.map((c, i) => <ChapterCard key={c.id} draft={draft} index={i} idx={idx} />)}</ol>
              </>
            )}
            <button type="button" className="facilitator-only" onClick={() => void edit('articles.add', { doc, level: 'chapter', parentId: null, title: 'BAB BARU' })}>{t('articles.addChapter')}</button>
          </div>
          <VersionsPanel projectId={projectId} draft={draft} versions={versions[doc] ?? []} />
        </div>
      </Tabs>
      {confirm && (
        <Dialog title={t('articles.generateTitle')} onClose={() => setConfirm(false)}
          footer={<>
            <button type="button" onClick={() => setConfirm(false)}>{t('common.cancel')}</button>
            <button type="button" className="primary" onClick={() => void generate(true)}>{t('articles.generateReplace')}</button>
          </>}>
          <p>{t('articles.generateBody', { doc: docName })}</p>
        </Dialog>
      )}
    </section>
  );
}
