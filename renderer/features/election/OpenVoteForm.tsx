import { useState, type FormEvent } from 'react';
import type { ElectionPosition } from '../../../shared/domain/election';
import type { Attendee } from '../../../shared/domain/meeting';
import { useT } from '../../i18n';
import { useElection } from './electionStore';

interface Props {
  position: ElectionPosition;
  candidateIds: string[];
  /** The members present, in the attendance order. */
  voters: Attendee[];
}

const BLANK = 'blank';

/**
 * An open vote, one entry per voter as hands go up. Options start with a digit ("1 · Name",
 * "0 · Kosong") so that Tab + a digit records a voter without the mouse.
 */
export function OpenVoteForm({ position: p, candidateIds, voters }: Props) {
  const t = useT();
  const [votes, setVotes] = useState<Record<string, string>>({});
  const name = (id: string) => p.candidates.find((c) => c.id === id)?.name ?? '?';
  const entered = Object.values(votes).filter(Boolean);
  const count = (v: string) => entered.filter((x) => x === v).length;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const list = Object.entries(votes).filter(([, v]) => v).map(([voterId, v]) => ({ voterId, candidateId: v === BLANK ? null : v }));
    const out = await useElection.getState().edit('election.openVotes', { positionId: p.id, votes: list });
    if (out) setVotes({});
  };
  const title = t(p.rounds.length ? 'organisation.tally.runoffTitle' : 'organisation.tally.title', { n: p.rounds.length + 1 });

  return (
    <form className="open-vote-form" onSubmit={submit} aria-label={title}>
      <h4>{title}</h4>
      <p className="live-tally" role="status">
        {candidateIds.map((c) => `${name(c)} ${count(c)}`).join(' · ')} · {t('organisation.tally.blank')} {count(BLANK)}
        {' — '}{t('organisation.openVote.entered', { entered: entered.length, voters: voters.length })}
      </p>
      <ol className="voter-grid">
        {voters.map((v, i) => (
          <li key={v.id}>
            <label>
              <span className="voter-name"><span className="voter-no">{i + 1}.</span> {v.name}</span>
              <select value={votes[v.id] ?? ''} onChange={(e) => setVotes({ ...votes, [v.id]: e.target.value })}>
                <option value="">—</option>
                {candidateIds.map((c, i) => <option key={c} value={c}>{`${i + 1} · ${name(c)}`}</option>)}
                <option value={BLANK}>{`0 · ${t('organisation.tally.blank')}`}</option>
              </select>
            </label>
          </li>
        ))}
      </ol>
      <button type="submit" className="primary" disabled={entered.length === 0}>{t('organisation.tally.record')}</button>
    </form>
  );
}
