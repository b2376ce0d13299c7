import { useEffect, useState } from 'react';
import type { AssessmentFields } from '../../../shared/domain/clusterPriority';
import { call } from '../../api';
import { useT } from '../../i18n';
import { CommitInput } from '../meetings/CommitInput';
import { renderDocument } from '../meetings/renderDocument';
import { useProjects } from '../project/projectStore';
import { useUi } from '../shell/uiStore';

/**
 * "Gambaran klaster": what the profile document needs beyond the registry and the map: the
 * cluster's history and its yearly sales. Product, villages, firms and workers come from the data.
 */
export function OutlinePanel({ projectId }: { projectId: string }) {
  const t = useT();
  const revision = useProjects((s) => s.revision);
  const [a, setA] = useState<AssessmentFields | null>(null);
  useEffect(() => void call('assessment.get', { projectId }).then(setA, (e) => useUi.getState().fail(e)), [projectId, revision]);
  if (!a) return null;
  const save = async (patch: Partial<AssessmentFields>) => {
    try {
      setA(await call('assessment.set', { projectId, ...patch }));
      await useProjects.getState().refreshHistory();
    } catch (e) {
      useUi.getState().fail(e);
    }
  };
  return (
    <section className="outline-panel" aria-label={t('diagnosis.outline.title')}>
      <p className="hint">{t('diagnosis.outline.intro')}</p>
      <label className="outline-field">{t('diagnosis.outline.history')}
        <CommitInput multiline value={a.history} label={t('diagnosis.outline.history')} placeholder={t('diagnosis.outline.historyPlaceholder')}
          onCommit={(history) => save({ history })} />
      </label>
      <label className="outline-field short">{t('diagnosis.outline.sales')}
        <CommitInput type="number" value={a.annualSales === null ? '' : String(a.annualSales)} label={t('diagnosis.outline.sales')}
          onCommit={(v) => save({ annualSales: v.trim() === '' ? null : Math.max(0, Math.round(Number(v) || 0)) })} inputProps={{ min: 0, step: 1_000_000 }} />
      </label>
      <button type="button" className="primary" onClick={() => void renderDocument({ projectId, kind: 'cluster-profile' })}>{t('diagnosis.outline.document')}</button>
    </section>
  );
}
