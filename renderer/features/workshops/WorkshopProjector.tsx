import { useEffect } from 'react';
import { desktop } from '../../api';
import { useT } from '../../i18n';
import { PresentButton } from '../presentation/PresentButton';
import { useUi } from '../shell/uiStore';
import { useProjectorBoard } from './useProjectorBoard';
import { WorkshopWall } from './WorkshopWall';
import './workshops.css';
import '../presentation/presentation.css';

/** The wall on the projector: theme, timer, and what the facilitator's step shows; no controls. */
export function WorkshopProjector({ projectId, workshopId }: { projectId: string; workshopId: string }) {
  const t = useT();
  const { board, shortlist, step, missing } = useProjectorBoard(projectId, workshopId);
  const back = () => useUi.getState().navigate({ name: 'project', projectId, area: 'workshops' });
  useEffect(() => {
    // In Electron this page replaced the facilitator's view: Esc goes back as well as the button.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && desktop) back();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  useEffect(() => {
    if (board) document.title = board.theme;
  }, [board]);

  return (
    <main className="ws-projector" aria-label={t('workshops.projector.title')}>
      <div className="ws-projector-corner">
        <button type="button" onClick={back}>← {t('workshops.projector.back')}</button>
        {/* Full screen for this page too (F5), for a second window dragged to the projector. */}
        <PresentButton />
      </div>
      {!board ? <p className="ws-projector-note">{missing ? t('workshops.projector.missing') : t('common.loading')}</p> : (
        <>
          {missing && <p className="ws-projector-note">{t('workshops.projector.missing')}</p>}
          <WorkshopWall projectId={projectId} board={board} shortlist={shortlist} step={step} />
        </>
      )}
    </main>
  );
}
