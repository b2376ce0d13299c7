import type { Shortlist, WorkshopBoard } from '../../../shared/domain/workshop';
import { useT } from '../../i18n';
import { rankLabel } from './RankingTable';

/** Deciding on the projector: the ranking by dots (or score) with ties as "2=", the short list marked. */
export function ProjectorDecide({ board, shortlist }: { board: WorkshopBoard; shortlist: Shortlist | null }) {
  const t = useT();
  if (!shortlist) return null;
  const items = shortlist.items.filter((i) => i.rank !== null);
  if (items.length === 0) return <p className="ws-projector-note">{t('workshops.projector.noVotes')}</p>;
  return (
    <div className="ws-projector-decide">
      {shortlist.cutLine !== null && <h2>{t('workshops.voting.shortlist')}</h2>}
      <ol className="ws-projector-ranking">
        {items.map((i) => (
          <li key={i.targetId} className={shortlist.cutLine === null ? '' : i.shortlisted ? 'kept' : 'dropped'}>
            <span className="ws-rank">{rankLabel(i)}</span>
            <span className="ws-label">{i.label}</span>
            <span className="ws-score">{board.decision === 'dots' ? `● ${i.dots}` : (i.product ?? '')}</span>
            {i.tiedAtCut && <span className="badge ws-tie-badge">{t('workshops.voting.tiedAtCutShort')}</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
