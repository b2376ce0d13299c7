import { useLanguage, useT, type Language } from '../../i18n';
import { useProjects } from '../project/projectStore';
import { useUi } from './uiStore';
import { ProjectMenu } from './ProjectMenu';
import { PresentButton } from '../presentation/PresentButton';

export function TopBar() {
  const t = useT();
  const { lang, setLang } = useLanguage();
  const projector = useUi((s) => s.projector);
  const setProjector = useUi((s) => s.setProjector);
  const route = useUi((s) => s.route);
  const project = useProjects((s) => s.current);
  const history = useProjects((s) => s.history);
  const { undo, redo } = useProjects();
  const label = (m: string | null) => t(`methods.${m ?? ''}` as never);
  const inProject = route.name === 'project' && project;

  return (
    <header className="topbar">
      <button type="button" className="brand link" onClick={() => useUi.getState().navigate({ name: 'home' })} title="Alt+Home">
        {t('app.name')}
      </button>
      {inProject && <span className="topbar-project" data-testid="current-project">{project.name}</span>}
      <div className="topbar-tools">
        {inProject && (
          <>
            <button type="button" onClick={() => void undo()} disabled={!history.canUndo}
              title={`${history.undoLabel ? t('history.undoWhat', { what: label(history.undoLabel) }) : t('history.undo')} (Ctrl+Z)`}>
              <span aria-hidden="true">↶</span> <span className="tool-text">{t('history.undo')}</span>
            </button>
            <button type="button" onClick={() => void redo()} disabled={!history.canRedo}
              title={`${history.redoLabel ? t('history.redoWhat', { what: label(history.redoLabel) }) : t('history.redo')} (Ctrl+Y)`}>
              <span aria-hidden="true">↷</span> <span className="tool-text">{t('history.redo')}</span>
            </button>
            <ProjectMenu />
          </>
        )}
        <label className="facilitator-only">
          <span className="sr-only">{t('settings.language')}</span>
          <select aria-label={t('settings.language')} value={lang} onChange={(e) => setLang(e.target.value as Language)}>
            <option value="id">Indonesia</option>
            <option value="en">English</option>
          </select>
        </label>
        <PresentButton className="primary" />
        <button type="button" aria-pressed={projector} onClick={() => setProjector(!projector)} title="F5">
          {t('settings.projector')}
        </button>
        <button type="button" className="facilitator-only" onClick={() => useUi.getState().openDialog('shortcuts')} title="F1"
          aria-label={t('shortcuts.show')}>
          ?
        </button>
      </div>
    </header>
  );
}
