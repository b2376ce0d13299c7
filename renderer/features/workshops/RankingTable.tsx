import type { RankedItem } from '../../../shared/domain/workshop';
import { useT } from '../../i18n';

/** "2=" for a rank shared with another item: the group sees a tie as a tie. */
export const rankLabel = (i: RankedItem) => (i.rank === null ? '–' : `${i.rank}${i.tied ? '=' : ''}`);

/** The ranking; the cut line is drawn under the last item kept. */
export function RankingTable({ items, cutLine }: { items: RankedItem[]; cutLine: number | null }) {
  const t = useT();
  if (items.length === 0) return <p className="empty">{t('workshops.voting.nothingToVote')}</p>;
  const lastKept = cutLine === null ? -1 : items.reduce((at, i, n) => (i.shortlisted ? n : at), -1);
  const scored = items.some((i) => i.product !== null);
  return (
    <table className="data ws-ranking-table" aria-label={t('workshops.voting.ranking')}>
      <thead>
        <tr>
          <th className="num">{t('workshops.voting.rank')}</th>
          <th>{t('workshops.voting.item')}</th>
          <th className="num">{t('workshops.voting.dots')}</th>
          {scored && <th className="num">{t('workshops.voting.product')}</th>}
        </tr>
      </thead>
      <tbody>
        {items.map((i, n) => (
          <tr key={i.targetId} className={[i.shortlisted ? 'kept' : '', n === lastKept ? 'cut' : '', i.tiedAtCut ? 'tied-at-cut' : ''].join(' ')}>
            <td className="num ws-rank">{rankLabel(i)}</td>
            <td>
              {i.label}
              {i.tied && <span className="sr-only"> ({t('workshops.voting.tie')})</span>}
              {i.tiedAtCut && <span className="badge ws-tie-badge">{t('workshops.voting.tiedAtCutShort')}</span>}
            </td>
            <td className="num">{i.dots}</td>
            {scored && <td className="num">{i.product ?? ''}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
