import { useT, translate, useLanguage } from '../../i18n';
import { useProjects } from '../project/projectStore';
import { useUi } from './uiStore';

/** The project's file actions; hidden on the projector, where they mean nothing to the audience. */
export function ProjectMenu() {
  const t = useT();
  const project = useProjects((s) => s.current);
  const { saveCopy, duplicate } = useProjects();
  const openDialog = useUi((s) => s.openDialog);
  if (!project) return null;
  const copyName = translate(useLanguage.getState().lang, 'project.copyName', { name: project.name });
  return (
    <details className="menu facilitator-only">
      <summary>{t('project.menu')} ▾</summary>
      <div className="menu-items" role="menu" onClick={(e) => (e.currentTarget.parentElement as HTMLDetailsElement).removeAttribute('open')}>
        <button type="button" role="menuitem" onClick={() => void saveCopy()}>{t('project.saveCopy')} <kbd>Ctrl+Shift+S</kbd></button>
        <button type="button" role="menuitem" onClick={() => void duplicate(project.id, copyName.slice(0, 120))}>{t('project.duplicate')}</button>
        <button type="button" role="menuitem" onClick={() => openDialog('backups')}>{t('project.restore')}</button>
        <button type="button" role="menuitem" className="danger" onClick={() => openDialog('delete-project')}>{t('project.deleteProject')}</button>
      </div>
    </details>
  );
}
