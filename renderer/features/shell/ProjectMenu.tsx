import { Menu } from '../../components/Menu';
import { useT } from '../../i18n';
import { useProjects } from '../project/projectStore';
import { useUi } from './uiStore';

/** The project's file actions; hidden on the projector, where they mean nothing to the audience. */
export function ProjectMenu() {
  const t = useT();
  const project = useProjects((s) => s.current);
  const { saveCopy, duplicate } = useProjects();
  const openDialog = useUi((s) => s.openDialog);
  if (!project) return null;
  return (
    <Menu
      label={t('project.menu')}
      className="facilitator-only"
      items={[
        { label: t('project.saveCopy'), shortcut: 'Ctrl+Shift+S', onSelect: () => void saveCopy() },
        { label: t('project.duplicate'), onSelect: () => void duplicate(project.id, t('project.copyName', { name: project.name }).slice(0, 120)) },
        { label: t('project.restore'), onSelect: () => openDialog('backups') },
        { label: t('project.deleteProject'), danger: true, onSelect: () => openDialog('delete-project') },
      ]}
    />
  );
}
