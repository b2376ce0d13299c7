import { useState, type FormEvent } from 'react';
import type { ElectionPosition } from '../../../shared/domain/election';
import { ApiFailure } from '../../api';
import { useT } from '../../i18n';
import { useUi } from '../shell/uiStore';
import { useElection } from './electionStore';

interface Props {
  position: ElectionPosition;
  /** The candidates of this round: all at first, the tied ones in a run-off. */
  candidateIds: string[];
  /** Members present: no more ballots than that can be in the box. */
  voters: number;
}

const INVALID = 'invalid';
const BLANK = 'blank';
const toCount = (v: string | undefined) => Math.max(0, Math.floor(Number(v) || 0));

/** A secret ballot counted on paper: one number per candidate, plus invalid and blank ballots. */
export function TallyForm({ position: p, candidateIds, voters }: Props) {
  const t = useT();
  const [counts, setCounts] = useState<Record<string, string>>({});
  const runoff = p.rounds.length > 0;
  const cast = [...candidateIds, INVALID, BLANK].reduce((n, k) => n + toCount(counts[k]), 0);
  const over = cast > voters;
  const field = (key: string, label: string, strong = false) => (
    <label key={key} className={`tally-field ${strong ? 'candidate' : 'other'}`}>
      <span>{label}</span>
      <input type="number" min={0} inputMode="numeric" value={counts[key] ?? ''} placeholder="0"
        onChange={(e) => setCounts({ ...counts, [key]: e.target.value })} />
    </label>
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (over) {
      // Refused here before anything is sent, in the same words the back end would use.
      useUi.getState().fail(new ApiFailure({ code: 'invalid_input', reason: 'ballots_exceed_voters', params: { cast, voters }, message: '' }));
      return;
    }
    const tallies = Object.fromEntries(candidateIds.map((c) => [c, toCount(counts[c])]));
    const out = await useElection.getState().edit('election.tally', { positionId: p.id, tallies, invalid: toCount(counts[INVALID]), blank: toCount(counts[BLANK]) });
    if (out) setCounts({});
  };
  const name = (id: string) => p.candidates.find((c) => c.id === id)?.name ?? '?';

  return (
    <form className="tally-form" noValidate onSubmit={submit} aria-label={t(runoff ? 'organisation.tally.runoffTitle' : 'organisation.tally.title', { n: p.rounds.length + 1 })}>
      <h4>{t(runoff ? 'organisation.tally.runoffTitle' : 'organisation.tally.title', { n: p.rounds.length + 1 })}</h4>
      <div className="tally-grid">
        {candidateIds.map((c) => field(c, name(c), true))}
        {field(INVALID, t('organisation.tally.invalid'))}
        {field(BLANK, t('organisation.tally.blank'))}
      </div>
      <p className={`ballot-check ${over ? 'over' : ''}`} role="status">
        {t('organisation.tally.check', { cast, voters })}
        {over && <strong> — {t('organisation.tally.over', { over: cast - voters })}</strong>}
      </p>
      <button type="submit" className="primary">{t('organisation.tally.record')}</button>
    </form>
  );
}
