import { useId, type ReactNode } from 'react';
import { BALLOTS, ELECTION_METHODS, type ElectionPosition } from '../../../shared/domain/election';
import { useT } from '../../i18n';
import { useElection } from './electionStore';

type Patch = { method?: ElectionPosition['method']; ballot?: ElectionPosition['ballot']; seats?: number };
const SEATS = Array.from({ length: 10 }, (_, i) => i + 1);

/** Seats, method and ballot of a position; fixed once votes are recorded (they were cast under them). */
export function PositionSettings({ position: p }: { position: ElectionPosition }) {
  const t = useT();
  const id = useId();
  const locked = p.rounds.length > 0;
  const save = (patch: Patch) => void useElection.getState().edit('election.updatePosition', { positionId: p.id, ...patch });
  const seats = SEATS.includes(p.seats) ? SEATS : [...SEATS, p.seats];
  // A label of its own (not wrapping the select), so the select is named by the label alone.
  const setting = (key: string, label: string, value: string | number, onChange: (v: string) => void, options: ReactNode) => (
    <span className="setting">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={value} disabled={locked} onChange={(e) => onChange(e.target.value)}>{options}</select>
    </span>
  );
  return (
    <div className="position-settings facilitator-only" title={locked ? t('organisation.position.settingsLocked') : undefined}>
      {setting('seats', t('organisation.position.seatsLabel'), p.seats, (v) => save({ seats: Number(v) }),
        seats.map((n) => <option key={n} value={n}>{n}</option>))}
      {setting('method', t('organisation.position.method'), p.method, (v) => save({ method: v as Patch['method'] }),
        ELECTION_METHODS.map((m) => <option key={m} value={m}>{t(`organisation.position.methods.${m}`)}</option>))}
      {p.method === 'vote' && setting('ballot', t('organisation.position.ballot'), p.ballot, (v) => save({ ballot: v as Patch['ballot'] }),
        BALLOTS.map((b) => <option key={b} value={b}>{t(`organisation.position.ballots.${b}`)}</option>))}
    </div>
  );
}
