import type { WorkshopBoard } from '../../../shared/domain/workshop';
import { useT } from '../../i18n';
import { tallies, targetsOf, voteKey } from './decideTargets';
import { NumberCell } from './NumberCell';
import { useWorkshops } from './workshopsStore';

/** Dot voting: participants across, themes down, dots left per participant; the last column is the wall count. */
export function VotingGrid({ board }: { board: WorkshopBoard }) {
  const t = useT();
  const edit = useWorkshops((s) => s.edit);
  const targets = targetsOf(board);
  const { dots, used, total } = tallies(board);
  const limit = board.dotsPerParticipant;
  const columns = [...board.participants.map((p) => ({ id: p.id as string | null, name: p.name })), { id: null, name: t('workshops.participants.wall') }];
  const set = async (participantId: string | null, targetId: string, value: number) =>
    (await edit('votes.set', { workshopId: board.id, targetType: board.rankTarget, targetId, participantId, dots: value })) !== null;

  if (targets.length === 0) return <p className="empty">{t('workshops.voting.nothingToVote')}</p>;
  return (
    <div className="table-scroll ws-grid-scroll">
      <table className="data ws-vote-grid">
        <thead>
          <tr>
            <th>{t(`workshops.targets.${board.rankTarget}`)}</th>
            {columns.map((c) => (
              <th key={c.id ?? 'wall'} className="num">
                <div>{c.name}</div>
                {c.id && <div className="hint ws-dots-left">{t('workshops.voting.dotsLeft', { left: limit - (used.get(c.id) ?? 0), limit })}</div>}
              </th>
            ))}
            <th className="num">{t('workshops.voting.total')}</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((target) => (
            <tr key={target.id}>
              <th scope="row" className="ws-target">{target.label}</th>
              {columns.map((c) => (
                <td key={c.id ?? 'wall'} className="num">
                  <NumberCell label={t('workshops.voting.dotsOf', { name: c.name, item: target.label })} value={dots.get(voteKey(c.id, target.id)) ?? 0}
                    max={1000} onCommit={(v) => set(c.id, target.id, v)} />
                </td>
              ))}
              <td className="num"><strong>{total.get(target.id) ?? 0}</strong></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
