import type { ElectionPosition, ElectionRound } from '../../../shared/domain/election';
import { useT } from '../../i18n';

/** The count of each round, large enough for the hall to follow on the wall. */
export function RoundList({ position: p }: { position: ElectionPosition }) {
  const t = useT();
  const name = (id: string) => p.candidates.find((c) => c.id === id)?.name ?? '?';
  const round = (r: ElectionRound) => {
    const votes = r.candidateIds.map((c) => ({ c, v: r.tallies[c] ?? 0 })).sort((a, b) => b.v - a.v);
    const top = Math.max(1, ...votes.map((x) => x.v));
    const cast = votes.reduce((n, x) => n + x.v, 0) + r.invalid + r.blank;
    const title = t(r.number > 1 ? 'organisation.rounds.runoff' : 'organisation.rounds.first', { n: r.number });
    return (
      <table key={r.id} className="round-table" aria-label={title}>
        <caption>{title}</caption>
        <tbody>
          {votes.map(({ c, v }) => (
            <tr key={c} className="round-candidate">
              <th scope="row">{name(c)}</th>
              <td className="bar-cell" aria-hidden="true"><span className="bar" style={{ width: `${(v / top) * 100}%` }} /></td>
              <td className="votes">{v}</td>
            </tr>
          ))}
          <tr className="round-other"><th scope="row">{t('organisation.tally.invalid')}</th><td /><td className="votes">{r.invalid}</td></tr>
          <tr className="round-other"><th scope="row">{t('organisation.tally.blank')}</th><td /><td className="votes">{r.blank}</td></tr>
          <tr className="round-total">
            <th scope="row" colSpan={3}>{t('organisation.rounds.total', { cast, voters: r.votersPresent })}</th>
          </tr>
        </tbody>
      </table>
    );
  };
  return <div className="rounds">{p.rounds.map(round)}</div>;
}
