import { useState, type FormEvent } from 'react';
import type { ElectionPosition } from '../../../shared/domain/election';
import { useT } from '../../i18n';
import { useElection } from './electionStore';

/** A tie settled by agreement of those tied (e.g. one steps back): who, and how it was agreed. */
export function AgreementForm({ position: p }: { position: ElectionPosition }) {
  const t = useT();
  const open = p.seats - p.outcome.winners.length;
  const [picked, setPicked] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void useElection.getState().edit('election.agree', { positionId: p.id, candidateIds: picked, note: note.trim() });
  };
  return (
    <form className="agreement-form" onSubmit={submit} aria-label={t('organisation.tie.agree')}>
      <fieldset>
        <legend>{t('organisation.tie.pick', { count: open })}</legend>
        {p.outcome.tied.map((c) => (
          <label key={c} className="check-row">
            <input type="checkbox" checked={picked.includes(c)}
              onChange={(e) => setPicked(e.target.checked ? [...picked, c] : picked.filter((x) => x !== c))} />
            {p.candidates.find((x) => x.id === c)?.name ?? '?'}
          </label>
        ))}
      </fieldset>
      <label className="note-field">
        {t('organisation.tie.note')}
        <textarea rows={2} value={note} placeholder={t('organisation.tie.noteHint')} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={picked.length !== open || !note.trim()}>{t('organisation.tie.record')}</button>
    </form>
  );
}
