import { useState } from 'react';
import { useT } from '../../i18n';
import { usePaper } from '../meetings/PaperSelect';
import { renderDocument } from '../meetings/renderDocument';
import { diagnosisEditsSettled } from './diagnosisStore';

/** The ANNEX-1 document: one round's answers ticked, or a sitting's spread (the latest when none is named), and the profile of all. */
export function Annex1Button({ projectId, roundId, sittingId, primary }: { projectId: string; roundId?: string; sittingId?: string; primary?: boolean }) {
  const t = useT();
  const paper = usePaper();
  const [busy, setBusy] = useState(false);
  return (
    <button type="button" className={primary ? 'primary' : undefined} disabled={busy} aria-busy={busy} title={busy ? t('diagnosis.docs.rendering') : undefined}
      onClick={async () => {
        setBusy(true);
        await diagnosisEditsSettled();
        await renderDocument({ projectId, paper, kind: 'annex1', ...(roundId ? { roundId } : {}), ...(sittingId ? { sittingId } : {}) });
        setBusy(false);
      }}>
      {t('diagnosis.docs.annex1')}
    </button>
  );
}
