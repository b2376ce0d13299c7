import { useEffect } from 'react';
import { desktop } from '../../api';
import { useT } from '../../i18n';
import { WallJoin } from '../participation/WallJoin';
import { useUi } from '../shell/uiStore';
import { ProjectorDecide } from './ProjectorDecide';
import { ProjectorWall } from './ProjectorWall';
import { TimerDisplay } from './TimerDisplay';
import { useProjectorBoard } from './useProjectorBoard';
import './workshops.css';

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
  const round = board?.currentRound && board.currentRound.status !== 'done' ? board.currentRound : null;

  return (
    <main className="ws-projector" aria-label={t('workshops.projector.title')}>
      <button type="button" className="ws-projector-back" onClick={back}>← {t('workshops.projector.back')}</button>
      {!board ? <p className="ws-projector-note">{missing ? t('workshops.projector.missing') : t('common.loading')}</p> : (
        <>
          <header className="ws-projector-head">
            <h1>{board.theme}</h1>
            <TimerDisplay round={round} className="ws-projector-timer" />
          </header>
          {missing && <p className="ws-projector-note">{t('workshops.projector.missing')}</p>}
          <WallJoin projectId={projectId} target={{ kind: 'workshop', id: workshopId }} />
          {step === 'rules' && (
            <ol className="ws-projector-rules" aria-label={t('workshops.fields.rules')}>
              {board.rules.map((r, i) => <li key={i}>{r}</li>)}
            </ol>
          )}
          {(step === 'cards' || step === 'board') && <ProjectorWall board={board} />}
          {(step === 'decide' || step === 'results') && <ProjectorDecide board={board} shortlist={shortlist} />}
        </>
      )}
    </main>
  );
}
