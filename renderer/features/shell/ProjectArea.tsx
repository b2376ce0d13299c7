import { useEffect } from 'react';
import { useT } from '../../i18n';
import { useProjectChanges } from '../../lib/useProjectChanges';
import { ProjectDetails } from '../project/ProjectDetails';
import { ProjectHome } from '../path/ProjectHome';
import { InitiationView } from '../initiation/InitiationView';
import { useProjects } from '../project/projectStore';
import { MapView } from '../map/MapView';
import { MeetingsView } from '../meetings/MeetingsView';
import { StakeholdersView } from '../stakeholders/StakeholdersView';
import { VisionView } from '../vision/VisionView';
import { WorkshopsView } from '../workshops/WorkshopsView';
import { ArticlesView } from '../articles/ArticlesView';
import { CedcView } from '../cedc/CedcView';
import { ActionPlansView } from '../actionPlans/ActionPlansView';
import { DiagnosisView } from '../diagnosis/DiagnosisView';
import { useUi, type ProjectAreaId } from './uiStore';

/** The areas of an open project; each later feature adds its entry here when it exists. */
const areas = [
  { id: 'home', label: 'path.nav', view: ProjectHome },
  { id: 'details', label: 'nav.details', view: ProjectDetails },
  { id: 'initiation', label: 'initiation.nav', view: InitiationView },
  { id: 'stakeholders', label: 'nav.stakeholders', view: StakeholdersView },
  { id: 'map', label: 'nav.map', view: MapView },
  { id: 'meetings', label: 'meetings.navMeetings', view: MeetingsView },
  { id: 'vision', label: 'meetings.navVision', view: VisionView },
  { id: 'workshops', label: 'workshops.title', view: WorkshopsView },
  { id: 'articles', label: 'articles.title', view: ArticlesView },
  { id: 'cedc', label: 'cedc.title', view: CedcView },
  { id: 'actionPlans', label: 'actionPlans.title', view: ActionPlansView },
  { id: 'diagnosis', label: 'diagnosis.title', view: DiagnosisView },
] as const;

export function ProjectArea({ projectId, area }: { projectId: string; area: ProjectAreaId }) {
  const t = useT();
  const open = useProjects((s) => s.open);
  const current = useProjects((s) => s.current);
  useEffect(() => void open(projectId), [projectId, open]);
  // Phones' writes are ordinary undoable steps: the undo button names the latest one.
  useProjectChanges(current?.id === projectId ? projectId : undefined, () => void useProjects.getState().refreshHistory().catch(() => undefined), { ms: 600 });
  if (current?.id !== projectId) return <main className="content"><p>{t('common.loading')}</p></main>;
  const View = areas.find((a) => a.id === area)?.view ?? ProjectHome;
  return (
    <div className="project-area">
      <nav className="sidebar" aria-label={t('nav.areas')}>
        <ul>
          {areas.map((a) => (
            <li key={a.id}>
              <button type="button" aria-current={a.id === area ? 'page' : undefined}
                onClick={() => useUi.getState().navigate({ name: 'project', projectId, area: a.id })}>
                {t(a.label)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content">
        <View />
      </main>
    </div>
  );
}
