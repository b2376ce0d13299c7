import { useState } from 'react';
import { useT } from '../../i18n';
import { PaperSelect, usePaper } from '../meetings/PaperSelect';
import { renderDocument } from '../meetings/renderDocument';
import { cedcSettled } from './cedcStore';

/** The Word download of a tab, on the paper size chosen for every document. */
export function DocumentButton({ projectId, kind, label }: { projectId: string; kind: 'request-letter' | 'decree'; label: string }) {
  const t = useT();
  const paper = usePaper();
  const [busy, setBusy] = useState(false);
  return (
    <div className="toolbar cedc-download">
      <button type="button" className="primary" disabled={busy} onClick={async () => {
        // A field still being typed in saves on blur, which the click has already caused.
        setBusy(true);
        await cedcSettled();
        await renderDocument({ projectId, kind, paper });
        setBusy(false);
      }}>
        {label}
      </button>
      <PaperSelect />
      {busy && <span className="hint" role="status">{t('cedc.rendering')}</span>}
    </div>
  );
}
