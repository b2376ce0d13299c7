import { useState } from 'react';
import type { BinaryFile } from '../../../shared/domain/files';
import type { WorkshopBoard } from '../../../shared/domain/workshop';
import { call } from '../../api';
import { useT } from '../../i18n';
import { saveBinaryFile } from '../../lib/files';
import { useUi } from '../shell/uiStore';
import { StrategiesPanel } from './StrategiesPanel';

/** "Hasil": the results document to hand out, and every card for Excel. */
export function ResultsTab({ board, projectId }: { board: WorkshopBoard; projectId: string }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const save = async (make: () => Promise<BinaryFile>) => {
    setBusy(true);
    try {
      const file = await make();
      if (await saveBinaryFile(file)) useUi.getState().notify('workshops.documents.saved', { name: file.fileName });
    } catch (e) {
      useUi.getState().fail(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="documents">
      <section className="doc-row">
        <button type="button" className="primary" disabled={busy}
          onClick={() => void save(() => call('documents.render', { projectId, kind: 'workshop-results', workshopId: board.id }))}>
          {t('workshops.documents.results')}
        </button>
        <div className="hint">{t('workshops.documents.resultsHint')}</div>
      </section>
      <section className="doc-row">
        <button type="button" disabled={busy} onClick={() => void save(() => call('workshops.exportCards', { projectId, id: board.id }))}>
          {t('workshops.documents.cardsCsv')}
        </button>
        <div className="hint">{t('workshops.documents.cardsCsvHint', { count: board.cards.length })}</div>
      </section>
      {board.template === 'swot' && <StrategiesPanel board={board} projectId={projectId} />}
    </div>
  );
}
