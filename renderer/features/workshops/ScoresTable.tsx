import type { WorkshopBoard } from '../../../shared/domain/workshop';
import { useT } from '../../i18n';
import { targetsOf } from './decideTargets';
import { useWorkshops } from './workshopsStore';

const LEVELS = [1, 2, 3, 4, 5];

/** Scoring instead of dots: importance and feasibility 1-5 per theme; the product ranks. */
export function ScoresTable({ board }: { board: WorkshopBoard }) {
  const t = useT();
  const edit = useWorkshops((s) => s.edit);
  const targets = targetsOf(board);
  const scoreOf = new Map(board.scores.filter((s) => s.targetType === board.rankTarget).map((s) => [s.targetId, s]));
  if (targets.length === 0) return <p className="empty">{t('workshops.voting.nothingToVote')}</p>;
  return (
    <div className="table-scroll ws-grid-scroll">
      <table className="data">
        <thead>
          <tr>
            <th>{t(`workshops.targets.${board.rankTarget}`)}</th>
            <th>{t('workshops.voting.importance')}</th>
            <th>{t('workshops.voting.feasibility')}</th>
            <th className="num">{t('workshops.voting.product')}</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((target) => {
            const s = scoreOf.get(target.id);
            const importance = s?.importance ?? null;
            const feasibility = s?.feasibility ?? null;
            const save = (patch: { importance?: number | null; feasibility?: number | null }) =>
              void edit('scores.set', { workshopId: board.id, targetType: board.rankTarget, targetId: target.id, importance, feasibility, ...patch });
            const pick = (which: 'importance' | 'feasibility', value: number | null) => (
              <select aria-label={t(`workshops.voting.${which}Of`, { item: target.label })} value={value ?? ''}
                onChange={(e) => save({ [which]: e.target.value ? Number(e.target.value) : null })}>
                <option value="">–</option>
                {LEVELS.map((n) => <option key={n} value={n}>{n}</option>)}
              </select>
            );
            return (
              <tr key={target.id}>
                <th scope="row" className="ws-target">{target.label}</th>
                <td>{pick('importance', importance)}</td>
                <td>{pick('feasibility', feasibility)}</td>
                <td className="num">{importance && feasibility ? importance * feasibility : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
