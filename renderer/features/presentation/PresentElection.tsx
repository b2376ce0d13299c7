import { useRef } from 'react';
import type { ElectionPosition } from '../../../shared/domain/election';
import { call } from '../../api';
import { useT } from '../../i18n';
import { useFitText } from './useFitText';
import { useLiveRead } from './useLiveRead';

type T = ReturnType<typeof useT>;

/** "H. Sukardi 21 · Hj. Siti Aminah 19 · kosong/tidak sah 1 (putaran 2)": the latest count, most votes first. */
function votesOf(p: ElectionPosition, t: T): string {
  const round = p.rounds.at(-1);
  if (p.method === 'consensus' || !round) return p.method === 'consensus' ? t('presentation.election.consensus') : '–';
  const name = new Map(p.candidates.map((c) => [c.id, c.name]));
  const counts = round.candidateIds.map((id) => ({ id, votes: round.tallies[id] ?? 0 })).sort((a, b) => b.votes - a.votes);
  const parts = counts.map((c) => `${name.get(c.id) ?? '?'} ${c.votes}`);
  if (round.blank + round.invalid > 0) parts.push(t('presentation.election.blank', { count: round.blank + round.invalid }));
  const line = parts.join(' · ');
  return p.rounds.length > 1 ? `${line} (${t('presentation.election.runOff', { n: round.number })})` : line;
}

function electedOf(p: ElectionPosition, t: T): string {
  const name = new Map(p.candidates.map((c) => [c.id, c.name]));
  if (p.outcome.status === 'tie') return `${t('presentation.election.tie')}: ${p.outcome.tied.map((id) => name.get(id)).join(' – ')}`;
  if (p.outcome.winners.length === 0) return t('presentation.election.pending');
  return p.outcome.winners.map((id) => name.get(id) ?? '?').join(', ');
}

/** Per position, in order: who is elected and the votes behind it. */
export function PresentElection({ projectId, meetingId }: { projectId: string; meetingId: string }) {
  const t = useT();
  const election = useLiveRead(projectId, () => call('election.get', { projectId, meetingId }), meetingId);
  const box = useRef<HTMLDivElement>(null);
  useFitText(box, 24, 64, [election]);
  if (!election) return <p className="present-note">{t('presentation.loading')}</p>;

  return (
    <section className="present-election" aria-labelledby="present-election-title">
      <h1 id="present-election-title" className="present-title">{t('presentation.election.heading')}</h1>
      <div ref={box} className="present-fit">
        {election.positions.length === 0 ? <p>{t('presentation.election.empty')}</p> : (
          <table className="present-table">
            <thead>
              <tr>
                <th scope="col">{t('presentation.election.position')}</th>
                <th scope="col">{t('presentation.election.elected')}</th>
                <th scope="col">{t('presentation.election.votes')}</th>
              </tr>
            </thead>
            <tbody>
              {election.positions.map((p) => (
                <tr key={p.id} className={p.status === 'confirmed' ? 'confirmed' : ''}>
                  <th scope="row">{p.title}</th>
                  <td className="present-elected">{electedOf(p, t)}</td>
                  <td className="present-votes">{votesOf(p, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
