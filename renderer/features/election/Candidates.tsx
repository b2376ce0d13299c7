import type { ElectionPosition } from '../../../shared/domain/election';
import { useT } from '../../i18n';
import type { CardContext } from './PositionCard';
import { useElection } from './electionStore';

/** The candidates of a position, added from those present; a person already elected is not offered. */
export function Candidates({ position: p, context }: { position: ElectionPosition; context: CardContext }) {
  const t = useT();
  const fixed = p.rounds.length > 0;
  const taken = new Set(p.candidates.map((c) => c.attendeeId));
  const offered = context.present
    .filter((a) => !taken.has(a.id) && !context.elected.has(a.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
  const { edit } = useElection.getState();
  return (
    <div className="candidates">
      <h4>{t('organisation.candidates.title')}</h4>
      {p.candidates.length === 0 ? (
        <p className="hint">{t('organisation.candidates.none')}</p>
      ) : (
        <ul className="candidate-list" aria-label={t('organisation.candidates.listOf', { title: p.title })}>
          {p.candidates.map((c) => (
            <li key={c.id}>
              <span className="candidate-name">{c.name}</span>
              {c.organisation && <span className="candidate-org">{c.organisation}</span>}
              {!fixed && !p.agreed.includes(c.id) && (
                <button type="button" className="link danger facilitator-only" aria-label={t('organisation.candidates.removeOf', { name: c.name })}
                  onClick={() => void edit('election.removeCandidate', { candidateId: c.id })}>×</button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!fixed && (
        <div className="facilitator-only add-candidate">
          <select value="" aria-label={t('organisation.candidates.addOf', { title: p.title })} onChange={(e) => e.target.value && void edit('election.addCandidate', { positionId: p.id, attendeeId: e.target.value })}>
            <option value="">{t('organisation.candidates.add')}</option>
            {offered.map((a) => <option key={a.id} value={a.id}>{a.organisation ? `${a.name} — ${a.organisation}` : a.name}</option>)}
          </select>
        </div>
      )}
    </div>
  );
}
