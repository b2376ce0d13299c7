import { useId, useState, type FormEvent } from 'react';
import type { ElectionPosition } from '../../../shared/domain/election';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';
import { useElection } from './electionStore';

const MIN_REASON = 5;

/** Reopening a locked result: the reason is required and kept with the position (and the record). */
export function ReopenDialog({ position: p, onClose }: { position: ElectionPosition; onClose: () => void }) {
  const t = useT();
  const reasonId = useId();
  const formId = useId();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const short = reason.trim().length < MIN_REASON;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (short) return;
    const out = await useElection.getState().edit('election.reopen', { positionId: p.id, reason: reason.trim() });
    if (out) onClose();
  };
  return (
    <Dialog title={t('organisation.result.reopenTitle', { title: p.title })} onClose={onClose}
      footer={(
        <>
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" form={formId} className="primary">{t('organisation.result.reopenButton')}</button>
        </>
      )}>
      <form id={formId} className="form" onSubmit={submit} noValidate>
        <p>{t('organisation.result.reopenBody')}</p>
        <div className="field">
          <label htmlFor={reasonId}>{t('organisation.result.reason')}</label>
          <textarea id={reasonId} rows={3} value={reason} aria-invalid={tried && short ? true : undefined}
            aria-describedby={tried && short ? `${reasonId}-error` : undefined} onChange={(e) => setReason(e.target.value)} />
          {tried && short && <p className="field-error" id={`${reasonId}-error`} role="alert">{t('organisation.result.reasonRequired', { min: MIN_REASON })}</p>}
        </div>
      </form>
    </Dialog>
  );
}
