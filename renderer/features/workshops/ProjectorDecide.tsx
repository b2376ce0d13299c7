import { useRef } from 'react';
import type { Shortlist, WorkshopBoard } from '../../../shared/domain/workshop';
import { useT } from '../../i18n';
import { useFitText } from '../presentation/useFitText';
import { rankLabel } from './RankingTable';

/** Deciding on the projector: the ranking by dots (or score) with ties as "2=", the short list marked; as large as it fits. */
export function ProjectorDecide({ board, shortlist }: { board: WorkshopBoard; shortlist: Shortlist | null }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const items = shortlist?.items.filter((i) => i.rank !== null) ?? [];
  useFitText(box, 24, 72, [shortlist, board.decision]);
  if (!shortlist) return null;
  if (items.length === 0) return <p className="ws-projector-note">{t('workshops.projector.noVotes')}</p>;
  return (
    <div ref={box} className="ws-projector-fit ws-projector-decide">
      {shortlist.cutLine !== null && <h2>{t('workshops.voting.shortlist')}</h2>}
      <ol className="ws-projector-ranking">
        {items.map((i) => (
          <li key={i.targetId} className={shortlist.cutLine === null ? '' : i.shortlisted ? 'kept' : 'dropped'}>
            <span className="ws-rank">{rankLabel(i)}</span>
            <span className="ws-label">
              {i.label}
              {i.tiedAtCut && <span className="badge ws-tie-badge">{t('workshops.voting.tiedAtCutShort')}</span>}
            </span>
            <span className="ws-score">{board.decision === 'dots' ? `● ${i.dots}` : (i.product ?? '')}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
