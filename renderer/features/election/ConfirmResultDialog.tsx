import { useState } from 'react';
import type { ElectionPosition } from '../../../shared/domain/election';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';
import { useElection } from './electionStore';

/** Confirming locks the result and ends the undo history: said plainly before it happens. */
export function ConfirmResultDialog({ position: p, names, onClose }: { position: ElectionPosition; names: string[]; onClose: () => void }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    const out = await useElection.getState().edit('election.confirm', { positionId: p.id });
    setBusy(false);
    if (out) onClose();
  };
  return (
    <Dialog title={t('organisation.result.confirmTitle', { title: p.title })} onClose={onClose}
      footer={(
        <>
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="button" className="primary" disabled={busy} onClick={() => void confirm()}>{t('organisation.result.confirmButton')}</button>
        </>
      )}>
      <p className="confirm-names">{t('organisation.result.confirmWho', { names: names.join(', '), title: p.title })}</p>
      <p>{t('organisation.result.confirmBody')}</p>
    </Dialog>
  );
}
