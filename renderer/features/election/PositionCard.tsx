import { useId } from 'react';
import type { ElectionPosition } from '../../../shared/domain/election';
import type { Attendee } from '../../../shared/domain/meeting';
import { useT } from '../../i18n';
import { Candidates } from './Candidates';
import { ConsensusForm } from './ConsensusForm';
import { useElection } from './electionStore';
import { PositionSettings } from './PositionSettings';
import { ResultBar } from './ResultBar';
import { RoundList } from './RoundList';
import { VoteArea } from './VoteArea';

export interface CardContext {
  present: Attendee[];
  /** Attendee ids holding a confirmed seat. */
  elected: ReadonlySet<string>;
  /** Members present, one open-ballot entry each. */
  voters: Attendee[];
  votersCount: number;
  quorumMet: boolean;
}

interface Props {
  position: ElectionPosition;
  number: number;
  /** The title of an earlier position still open: this one waits for it. */
  waitingFor: string | null;
  /** No later result is confirmed, so this one may be reopened. */
  reopenable: boolean;
  context: CardContext;
}

/** One position: how it is elected, the candidates, the entry of the result, then its confirmation. */
export function PositionCard({ position: p, number, waitingFor, reopenable, context }: Props) {
  const t = useT();
  const headingId = useId();
  const confirmed = p.status === 'confirmed';
  return (
    <section className={`position-card ${confirmed ? 'confirmed' : ''} ${waitingFor ? 'waiting' : ''}`} aria-labelledby={headingId}>
      <header className="position-head">
        <h3 id={headingId}>{t('organisation.position.heading', { n: number, title: p.title })}</h3>
        <span className="position-seats">{t('organisation.position.seats', { count: p.seats })}</span>
        {confirmed && (
          <span className="badge lock-badge">
            <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true"><path d="M4 7V5a4 4 0 0 1 8 0v2h1v8H3V7h1zm2 0h4V5a2 2 0 0 0-4 0v2z" fill="currentColor" /></svg>
            {t('organisation.position.locked')}
          </span>
        )}
        {!confirmed && <PositionSettings position={p} />}
        {!confirmed && p.candidates.length === 0 && p.rounds.length === 0 && (
          <button type="button" className="link position-skip facilitator-only" aria-label={t('organisation.elects.skipOf', { title: p.title })} title={t('organisation.elects.skipHint')}
            onClick={() => void useElection.getState().edit('election.removePosition', { positionId: p.id })}>
            {t('organisation.elects.skip')}
          </button>
        )}
      </header>
      {waitingFor && !confirmed ? (
        <>
          <Candidates position={p} context={context} />
          <p className="waiting-note" role="status">{t('organisation.position.waiting', { title: waitingFor })}</p>
        </>
      ) : confirmed ? (
        <>
          {p.method === 'vote' && p.rounds.length > 0 && <RoundList position={p} />}
          <ResultBar position={p} reopenable={reopenable} />
        </>
      ) : (
        <>
          <Candidates position={p} context={context} />
          {p.method === 'consensus' ? <ConsensusForm key={`${p.agreed.join()}|${p.agreementNote}`} position={p} /> : <VoteArea position={p} context={context} />}
          <ResultBar position={p} reopenable={false} />
        </>
      )}
    </section>
  );
}
