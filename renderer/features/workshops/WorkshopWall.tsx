import { useRef } from 'react';
import type { Shortlist, WorkshopBoard } from '../../../shared/domain/workshop';
import { useT } from '../../i18n';
import { WallJoin } from '../participation/WallJoin';
import { useFitText } from '../presentation/useFitText';
import type { WorkshopTab } from './workshopsStore';
import { ProjectorDecide } from './ProjectorDecide';
import { ProjectorWall } from './ProjectorWall';
import { TimerDisplay } from './TimerDisplay';

interface Props {
  projectId: string;
  board: WorkshopBoard;
  shortlist: Shortlist | null;
  step: WorkshopTab;
}

/** The rules, as large as the screen allows: read out at the start and left on the wall. */
function Rules({ rules }: { rules: string[] }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  useFitText(box, 28, 96, [rules]);
  return (
    <div ref={box} className="ws-projector-fit">
      <ol className="ws-projector-rules" aria-label={t('workshops.fields.rules')}>
        {rules.map((r, i) => <li key={i}>{r}</li>)}
      </ol>
    </div>
  );
}

/**
 * The wall itself, one screen high: theme and timer on top, then what the facilitator's step
 * shows. Used by the projector page and by presentation mode alike.
 */
export function WorkshopWall({ projectId, board, shortlist, step }: Props) {
  const round = board.currentRound && board.currentRound.status !== 'done' ? board.currentRound : null;
  return (
    <div className="ws-wall">
      <header className="ws-projector-head">
        <h1>{board.theme}</h1>
        <TimerDisplay round={round} className="ws-projector-timer" />
      </header>
      <WallJoin projectId={projectId} target={{ kind: 'workshop', id: board.id }} />
      {step === 'rules' && <Rules rules={board.rules} />}
      {(step === 'cards' || step === 'board') && <ProjectorWall board={board} />}
      {(step === 'decide' || step === 'results') && <ProjectorDecide board={board} shortlist={shortlist} />}
    </div>
  );
}
