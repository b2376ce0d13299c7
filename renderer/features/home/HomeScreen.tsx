import { useEffect } from 'react';
import { useLanguage, useT } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { useProjects } from '../project/projectStore';
import { useUi } from '../shell/uiStore';
import { PrioritiesPanel } from './PrioritiesPanel';

export function HomeScreen() {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const { list, loadList, leave, open, createDemo, importFile } = useProjects();
  const openDialog = useUi((s) => s.openDialog);
  useEffect(() => {
    leave();
    void loadList();
  }, [leave, loadList]);

  return (
    <main className="home" aria-labelledby="home-title">
      <header className="home-header">
        <h1 id="home-title">{t('home.title')}</h1>
        <div className="home-actions">
          <button type="button" className="primary" onClick={() => openDialog('new-project')} title="Ctrl+N">
            {t('home.newProject')}
          </button>
          <button type="button" onClick={() => void importFile()} title="Ctrl+O" className="facilitator-only">
            {t('home.openFile')}
          </button>
          <button type="button" onClick={() => void createDemo()} title={t('home.demoHint')}>
            {t('home.openDemo')}
          </button>
        </div>
      </header>
      {list === null ? (
        <p>{t('common.loading')}</p>
      ) : list.length === 0 ? (
        <p className="empty">{t('home.empty')}</p>
      ) : (
        <section aria-label={t('home.recent')}>
          <h2>{t('home.recent')}</h2>
          <ul className="project-list">
            {list.map((p) => (
              <li key={p.id}>
                <button type="button" className="project-card" onClick={() => void open(p.id)}>
                  <span className="project-card-name">{p.name}</span>
                  <span className="project-card-meta">{[p.product, p.regency].filter(Boolean).join(' · ')}</span>
                  <span className="project-card-date facilitator-only">
                    {p.openedAt ? `${t('home.lastOpened')}: ${formatDateTime(p.openedAt, lang)}` : `${t('home.lastOpened')}: ${t('home.never')}`}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {list !== null && list.length > 0 && <PrioritiesPanel />}
    </main>
  );
}
