import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { useProjectChanges } from '../../lib/useProjectChanges';
import { useProjects } from '../project/projectStore';
import { NewWorkshopDialog } from './NewWorkshopDialog';
import { WorkshopEditor } from './WorkshopEditor';
import { WorkshopList } from './WorkshopList';
import { useWorkshops } from './workshopsStore';
import './workshops.css';

/** The "Lokakarya" area: the list of workshops, or the one being run. */
export function WorkshopsView() {
  const t = useT();
  const projectId = useProjects((s) => s.current?.id);
  const revision = useProjects((s) => s.revision);
  const openId = useWorkshops((s) => s.openId);
  const [creating, setCreating] = useState(false);
  useEffect(() => {
    if (!projectId) return;
    useWorkshops.getState().use(projectId);
    void useWorkshops.getState().refresh();
  }, [projectId, revision]);
  // Cards and dots from phones (or another window) show without a reload.
  useProjectChanges(projectId, () => void useWorkshops.getState().refresh());
  if (!projectId) return null;
  if (openId) return <WorkshopEditor projectId={projectId} />;

  return (
    <section aria-labelledby="workshops-title">
      <header className="view-header">
        <h1 id="workshops-title">{t('workshops.title')}</h1>
        <div className="toolbar facilitator-only">
          <button type="button" className="primary" onClick={() => setCreating(true)}>{t('workshops.new')}</button>
        </div>
      </header>
      <p className="hint facilitator-only">{t('workshops.intro')}</p>
      <WorkshopList />
      {creating && <NewWorkshopDialog onClose={() => setCreating(false)} />}
    </section>
  );
}
