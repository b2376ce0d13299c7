import { useState } from 'react';
import type { ElectionPosition } from '../../../shared/domain/election';
import { useT } from '../../i18n';
import { AgreementForm } from './AgreementForm';
import { OpenVoteForm } from './OpenVoteForm';
import type { CardContext } from './PositionCard';
import { RoundList } from './RoundList';
import { TallyForm } from './TallyForm';
import { useElection } from './electionStore';
import { TieBanner } from './TieBanner';

/**
 * A vote: the rounds so far, then the next entry. After a tie the facilitator chooses a run-off
 * (only the tied candidates) or a recorded agreement; the result is never settled silently.
 */
export function VoteArea({ position: p, context }: { position: ElectionPosition; context: CardContext }) {
  const t = useT();
  const [tieChoice, setTieChoice] = useState<'runoff' | 'agree' | null>(null);
  const tie = p.outcome.status === 'tie';
  // The next round's candidates: everyone at first; in a run-off only the tied.
  const next = p.rounds.length === 0 ? p.candidates.map((c) => c.id) : tie && tieChoice === 'runoff' ? p.outcome.tied : null;
  const ballot = next && next.length > 0 && (p.ballot === 'secret'
    ? <TallyForm key={p.rounds.length} position={p} candidateIds={next} voters={context.votersCount} />
    : <OpenVoteForm key={p.rounds.length} position={p} candidateIds={next} voters={context.voters} />);

  return (
    <div className="vote-area">
      {!context.quorumMet && <p className="field-error" role="alert">{t('organisation.quorum.notMetHint')}</p>}
      {p.rounds.length > 0 && <RoundList position={p} />}
      {tie && (
        <>
          <TieBanner position={p} />
          <div className="tie-choice" role="group" aria-label={t('organisation.tie.choose')}>
            <button type="button" aria-pressed={tieChoice === 'runoff'} onClick={() => setTieChoice('runoff')}>{t('organisation.tie.runoff')}</button>
            <button type="button" aria-pressed={tieChoice === 'agree'} onClick={() => setTieChoice('agree')}>{t('organisation.tie.agree')}</button>
          </div>
          {tieChoice === 'agree' && <AgreementForm position={p} />}
        </>
      )}
      {ballot}
      {p.rounds.length > 0 && (
        <div className="toolbar facilitator-only">
          <button type="button" className="danger" onClick={() => void useElection.getState().edit('election.deleteLastRound', { positionId: p.id })}>
            {t('organisation.rounds.deleteLast')}
          </button>
        </div>
      )}
    </div>
  );
}
