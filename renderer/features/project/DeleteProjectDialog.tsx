import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';
import { useUi } from '../shell/uiStore';
import { useProjects } from './projectStore';

export function DeleteProjectDialog() {
  const t = useT();
  const project = useProjects((s) => s.current);
  const remove = useProjects((s) => s.remove);
  const close = () => useUi.getState().openDialog(null);
  if (!project) return null;
  return (
    <Dialog title={t('project.deleteTitle')} onClose={close} testId="delete-dialog"
      footer={
        <>
          <button type="button" onClick={close} autoFocus>{t('common.cancel')}</button>
          <button type="button" className="danger" onClick={() => void remove(project.id)}>{t('common.delete')}</button>
        </>
      }>
      <p>{t('project.deleteBody', { name: project.name })}</p>
    </Dialog>
  );
}
