import { useEffect } from 'react';
import { useT } from '../../i18n';
import { PresentAgenda } from './PresentAgenda';
import { PresentElection } from './PresentElection';
import { PresentMap } from './PresentMap';
import { PresentSpread } from './PresentSpread';
import { PresentVision } from './PresentVision';
import { PresentWorkshop } from './PresentWorkshop';
import { usePresentation, type Showing } from './presentationStore';
import './presentation.css';

function View({ showing }: { showing: Showing }) {
  switch (showing.kind) {
    case 'workshop': return <PresentWorkshop projectId={showing.projectId} workshopId={showing.workshopId} />;
    case 'map': return <PresentMap projectId={showing.projectId} />;
    case 'vision': return <PresentVision projectId={showing.projectId} />;
    case 'election': return <PresentElection projectId={showing.projectId} meetingId={showing.meetingId} />;
    case 'agenda': return <PresentAgenda projectId={showing.projectId} meetingId={showing.meetingId} />;
    case 'spread': return <PresentSpread projectId={showing.projectId} sittingId={showing.sittingId} />;
  }
}

/**
 * The whole screen for the wall: no top bar, sidebar, dialogs or notices (App renders none of
 * them while presenting). Esc leaves; so does leaving full screen by the browser's own means.
 */
export function PresentationShell({ showing }: { showing: Showing }) {
  const t = useT();
  const stop = () => usePresentation.getState().stop();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      usePresentation.getState().stop();
    };
    // In full screen the browser takes Esc itself and only says that full screen ended.
    const onFullscreen = () => {
      if (!document.fullscreenElement) usePresentation.getState().stop();
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    document.documentElement.classList.add('presenting');
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
      document.documentElement.classList.remove('presenting');
    };
  }, []);

  return (
    <main className="presentation" aria-label={t('presentation.title')} data-testid="presentation" data-showing={showing.kind}>
      <View showing={showing} />
      <button type="button" className="present-leave" onClick={stop} aria-label={t('presentation.leave')} title={t('presentation.leave')}>×</button>
    </main>
  );
}
