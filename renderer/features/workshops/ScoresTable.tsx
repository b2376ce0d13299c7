import type { WorkshopBoard } from '../../../shared/domain/workshop';
import { useLanguage, useT } from '../../i18n';
import { targetsOf } from './decideTargets';
import { useWorkshops } from './workshopsStore';

const LEVELS = [1, 2, 3, 4, 5];

/**
 * Scoring instead of dots: the agreed importance and feasibility 1-5 per theme (the product
 * ranks), beside the participants' own scores from their phones: means and how many scored.
 */
export function ScoresTable({ board }: { board: WorkshopBoard }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const edit = useWorkshops((s) => s.edit);
  const targets = targetsOf(board);
  const scoreOf = new Map(board.scores.filter((s) => s.targetType === board.rankTarget).map((s) => [s.targetId, s]));
  const averageOf = new Map(board.scoreAverages.filter((a) => a.targetType === board.rankTarget).map((a) => [a.targetId, a]));
  const mean = (n: number | null) => (n === null ? '–' : n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  if (targets.length === 0) return <p className="empty">{t('workshops.voting.nothingToVote')}</p>;
  return (
    <div className="table-scroll ws-grid-scroll">
      <table className="data ws-scores">
        <thead>
          <tr>
            <th rowSpan={2}>{t(`workshops.targets.${board.rankTarget}`)}</th>
            <th colSpan={3} scope="colgroup">{t('workshops.voting.agreed')}</th>
            <th colSpan={3} scope="colgroup" className="ws-average">{t('workshops.voting.participantsAverage')}</th>
          </tr>
          <tr>
            <th>{t('workshops.voting.importance')}</th>
            <th>{t('workshops.voting.feasibility')}</th>
            <th className="num">{t('workshops.voting.product')}</th>
            <th className="num ws-average">{t('workshops.voting.importance')}</th>
            <th className="num">{t('workshops.voting.feasibility')}</th>
            <th className="num">{t('workshops.voting.scoredBy')}</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((target) => {
            const s = scoreOf.get(target.id);
            const a = averageOf.get(target.id);
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
                <td className="num ws-average">{mean(a?.importance ?? null)}</td>
                <td className="num">{mean(a?.feasibility ?? null)}</td>
                <td className="num">{a?.count ?? 0}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
