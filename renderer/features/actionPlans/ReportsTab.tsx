import { useState } from 'react';
import { useLanguage, useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { PaperSelect } from '../meetings/PaperSelect';
import { useActionPlans } from './actionPlansStore';
import { DocButton, ExcelButton } from './DocButton';
import { InlineField } from './InlineField';

/** The monitoring report (Step 7's progress, with the map against a snapshot) and the Excel of everything. */
export function ReportsTab({ projectId }: { projectId: string }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const snapshots = useActionPlans((s) => s.context?.snapshots ?? []);
  // The earliest snapshot by default: the report shows how far the cluster has come.
  const earliest = [...snapshots].sort((a, b) => a.takenAt.localeCompare(b.takenAt))[0];
  const [snapshotId, setSnapshotId] = useState('');
  const chosen = snapshots.find((s) => s.id === snapshotId) ?? earliest;
  return (
    <section className="reports" aria-label={t('actionPlans.tabs.reports')}>
      <p className="hint">{t('actionPlans.docs.reportsIntro')}</p>
      {chosen ? (
        <InlineField label={t('actionPlans.docs.snapshot')}>
          {(id) => (
            <select id={id} value={chosen.id} onChange={(e) => setSnapshotId(e.target.value)}>
              {snapshots.map((s) => <option key={s.id} value={s.id}>{s.name} ({formatDate(s.takenAt.slice(0, 10), lang)})</option>)}
            </select>
          )}
        </InlineField>
      ) : <p className="hint">{t('actionPlans.docs.noSnapshot')}</p>}
      <div className="toolbar">
        <DocButton projectId={projectId} request={{ kind: 'monitoring-report', ...(chosen ? { snapshotId: chosen.id } : {}) }} label={t('actionPlans.docs.monitoring')} primary />
        <ExcelButton projectId={projectId} label={t('actionPlans.docs.excel')} />
        <PaperSelect />
      </div>
    </section>
  );
}
