import { useId } from 'react';
import { ELECTION_TARGETS, type ElectionState, type ElectionTarget } from '../../../shared/domain/election';
import { useT } from '../../i18n';
import { useElection } from './electionStore';

/** What the meeting elects: the board (default) or the committee's chair and main members; fixed once anyone is named. */
export function ElectsSelect({ election }: { election: ElectionState }) {
  const t = useT();
  const id = useId();
  const fixed = election.positions.some((p) => p.status === 'confirmed' || p.candidates.length > 0 || p.rounds.length > 0);
  return (
    <div className="elects facilitator-only">
      <label className="inline-label" htmlFor={id}>
        {t('organisation.elects.label')}
        <select id={id} value={election.elects} disabled={fixed} title={fixed ? t('organisation.elects.fixedHint') : undefined}
          onChange={(e) => void useElection.getState().edit('election.setElects', { meetingId: election.meetingId, elects: e.target.value as ElectionTarget })}>
          {ELECTION_TARGETS.map((x) => <option key={x} value={x}>{t(`organisation.elects.options.${x}`)}</option>)}
        </select>
      </label>
    </div>
  );
}
