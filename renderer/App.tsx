import { useEffect } from 'react';
import { desktop } from './api';
import { useShortcuts } from './actions/useShortcuts';
import { Notices } from './components/Notices';
import { BackupsDialog } from './features/backups/BackupsDialog';
import { HomeScreen } from './features/home/HomeScreen';
import { NewProjectDialog } from './features/home/NewProjectDialog';
import { DeleteProjectDialog } from './features/project/DeleteProjectDialog';
import { useProjects } from './features/project/projectStore';
import { ProjectArea } from './features/shell/ProjectArea';
import { ShortcutsDialog } from './features/shell/ShortcutsDialog';
import { TopBar } from './features/shell/TopBar';
import { useUi } from './features/shell/uiStore';
import { useT } from './i18n';
import { WorkshopProjector } from './features/workshops/WorkshopProjector';
import { PresentationShell } from './features/presentation/PresentationShell';
import { usePresentation } from './features/presentation/presentationStore';

const dialogs = {
  'new-project': NewProjectDialog,
  backups: BackupsDialog,
  shortcuts: ShortcutsDialog,
  'delete-project': DeleteProjectDialog,
} as const;

export function App() {
  const route = useUi((s) => s.route);
  const dialog = useUi((s) => s.dialog);
  const projector = useUi((s) => s.projector);
  const t = useT();
  useShortcuts();
  useEffect(() => {
    // On <html>, so rem-based sizes and the root colours follow.
    document.documentElement.classList.toggle('projector', projector);
  }, [projector]);
  useEffect(() => {
    document.title = t('app.name');
  }, [t]);
  // A .klaster file opened from the desktop (file association) lands here.
  useEffect(() => desktop?.onProjectOpened((id) => {
    void useProjects.getState().loadList();
    useUi.getState().navigate({ name: 'project', projectId: id, area: 'home' });
  }), []);
  const DialogView = dialog ? dialogs[dialog] : null;
  const showing = usePresentation((s) => s.showing);
  // The workshop's projector page stands alone: no top bar, no sidebar, nothing to click by mistake.
  if (route.name === 'projector') {
    return showing ? <PresentationShell showing={showing} />
      : <div className="app"><WorkshopProjector projectId={route.projectId} workshopId={route.workshopId} /><Notices /></div>;
  }

  // Presenting: the wall alone, no top bar, sidebar, dialogs or notices. The screen underneath
  // stays mounted (hidden), so Esc returns to it exactly as it was: open meeting, tab, zoom.
  return (
    <>
      <div className="app" style={showing ? { display: 'none' } : undefined}>
        <TopBar />
        {route.name === 'home' ? <HomeScreen /> : <ProjectArea projectId={route.projectId} area={route.area} />}
        {DialogView && !showing && <DialogView />}
        {!showing && <Notices />}
      </div>
      {showing && <PresentationShell showing={showing} />}
    </>
  );
}
