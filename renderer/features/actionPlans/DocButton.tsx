import { useState } from 'react';
import type { MethodInput } from '../../../shared/contract';
import { call } from '../../api';
import { useT } from '../../i18n';
import { saveBinaryFile } from '../../lib/files';
import { usePaper } from '../meetings/PaperSelect';
import { renderDocument } from '../meetings/renderDocument';
import { useUi } from '../shell/uiStore';
import { planEditsSettled } from './actionPlansStore';

type Request = Omit<MethodInput<'documents.render'>, 'projectId' | 'paper'>;

/** A Word download on the paper chosen for every document; waits for a field still being saved. */
export function DocButton({ projectId, request, label, primary }: { projectId: string; request: Request; label: string; primary?: boolean }) {
  const t = useT();
  const paper = usePaper();
  const [busy, setBusy] = useState(false);
  return (
    <button type="button" className={primary ? 'primary' : undefined} disabled={busy} aria-busy={busy} title={busy ? t('actionPlans.docs.rendering') : undefined}
      onClick={async () => {
        setBusy(true);
        await planEditsSettled();
        await renderDocument({ projectId, paper, ...request });
        setBusy(false);
      }}>
      {label}
    </button>
  );
}

/** The plans, budget lines and indicators as an Excel workbook (one year, or all). */
export function ExcelButton({ projectId, year, label }: { projectId: string; year?: number; label: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button type="button" disabled={busy} onClick={async () => {
      setBusy(true);
      try {
        await planEditsSettled();
        const file = await call('actionPlans.exportXlsx', { projectId, ...(year ? { year } : {}) });
        if (await saveBinaryFile(file)) useUi.getState().notify('actionPlans.docs.saved', { name: file.fileName });
      } catch (e) {
        useUi.getState().fail(e);
      }
      setBusy(false);
    }}>
      {label}
    </button>
  );
}
