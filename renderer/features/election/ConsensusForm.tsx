import { useState, type FormEvent } from 'react';
import type { ElectionPosition } from '../../../shared/domain/election';
import { useT } from '../../i18n';
import { useElection } from './electionStore';

/** Musyawarah mufakat: tick who was agreed on (up to the seats) and how; changeable until confirmed. */
export function ConsensusForm({ position: p }: { position: ElectionPosition }) {
  const t = useT();
  const [picked, setPicked] = useState<string[]>(p.agreed);
  const [note, setNote] = useState(p.agreementNote || t('organisation.consensus.defaultNote'));
  const tooMany = picked.length > p.seats;
  const changed = picked.join() !== p.agreed.join() || note.trim() !== p.agreementNote;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (tooMany) return;
    void useElection.getState().edit('election.consensus', { positionId: p.id, candidateIds: picked, note: note.trim() });
  };
  if (p.candidates.length === 0) return null;
  return (
    <form className="consensus-form" onSubmit={submit}>
      <fieldset>
        <legend>{t('organisation.consensus.legend', { count: p.seats })}</legend>
        {p.candidates.map((c) => (
          <label key={c.id} className="check-row">
            <input type="checkbox" checked={picked.includes(c.id)}
              onChange={(e) => setPicked(e.target.checked ? [...picked, c.id] : picked.filter((x) => x !== c.id))} />
            {c.name}
          </label>
        ))}
        {tooMany && <p className="field-error" role="alert">{t('organisation.consensus.tooMany', { count: p.seats })}</p>}
      </fieldset>
      <label className="note-field">
        {t('organisation.consensus.note')}
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={tooMany || !changed}>{t('organisation.consensus.record')}</button>
    </form>
  );
}
