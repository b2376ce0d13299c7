import { useState } from 'react';
import type { ElectionPosition } from '../../../shared/domain/election';
import { useLanguage, useT } from '../../i18n';
import { ConfirmResultDialog } from './ConfirmResultDialog';
import { ReopenDialog } from './ReopenDialog';

/** "Terpilih: …", its confirmation (which locks it) or, once locked, reopening with a reason. */
export function ResultBar({ position: p, reopenable }: { position: ElectionPosition; reopenable: boolean }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const [dialog, setDialog] = useState<'confirm' | 'reopen' | null>(null);
  const confirmed = p.status === 'confirmed';
  const names = p.outcome.winners.map((w) => p.candidates.find((c) => c.id === w)?.name ?? '?');
  const when = (iso: string) => new Date(iso).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <div className="result-bar">
      {p.outcome.status === 'decided' && (
        <p className="elected" role="status">
          {t('organisation.result.elected', { names: names.join(', ') })}
        </p>
      )}
      {!confirmed && p.outcome.status === 'decided' && (
        <button type="button" className="primary" onClick={() => setDialog('confirm')}>{t('organisation.result.confirm')}</button>
      )}
      {confirmed && reopenable && (
        <button type="button" className="facilitator-only" onClick={() => setDialog('reopen')}>{t('organisation.result.reopen')}</button>
      )}
      {p.agreementNote && p.agreed.length > 0 && (p.method === 'vote' || confirmed) && (
        <p className="agreement-note">
          {p.method === 'vote' ? t('organisation.result.settledBy', { note: p.agreementNote }) : p.agreementNote}
        </p>
      )}
      {p.reopenLog.length > 0 && (
        <div className="reopen-log facilitator-only">
          <h4>{t('organisation.result.reopenLog')}</h4>
          <ul>
            {p.reopenLog.map((r) => <li key={r.at}>{when(r.at)}: {r.reason}</li>)}
          </ul>
        </div>
      )}
      {dialog === 'confirm' && <ConfirmResultDialog position={p} names={names} onClose={() => setDialog(null)} />}
      {dialog === 'reopen' && <ReopenDialog position={p} onClose={() => setDialog(null)} />}
    </div>
  );
}
