import { useT } from '../../i18n';
import { useProjectorBoard } from '../workshops/useProjectorBoard';
import { WorkshopWall } from '../workshops/WorkshopWall';
import '../workshops/workshops.css';

/** The workshop wall full screen: the step the facilitator was on (rules, cards, board, decide). */
export function PresentWorkshop({ projectId, workshopId }: { projectId: string; workshopId: string }) {
  const t = useT();
  const { board, shortlist, step } = useProjectorBoard(projectId, workshopId);
  if (!board) return <p className="present-note">{t('presentation.loading')}</p>;
  return <WorkshopWall projectId={projectId} board={board} shortlist={shortlist} step={step} />;
}
