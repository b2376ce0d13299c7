import type { SnapshotData } from '../../../shared/domain/snapshot';
import { useLanguage, useT } from '../../i18n';
import { formatMetric } from './format';

/** A saved snapshot, read only: who was on the map then, with the metrics they had. */
export function SnapshotView({ data, title, onBack }: { data: SnapshotData; title: string; onBack: () => void }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const metrics = new Map(data.metrics.map((m) => [m.stakeholderId, m]));
  const group = new Map(data.groups.map((g) => [g.id, g.name]));
  return (
    <section aria-label={title}>
      <div className="toolbar">
        <button type="button" onClick={onBack}>← {t('snapshots.back')}</button>
        <strong>{title}</strong>
        <span className="hint">{t('snapshots.counts', { stakeholders: data.stakeholders.length, ties: data.relations.length })}</span>
      </div>
      <div className="table-scroll">
        <table className="data">
          <thead>
            <tr>
              <th>{t('stakeholders.name')}</th><th>{t('stakeholders.kind')}</th><th>{t('stakeholders.smallGroup')}</th>
              <th>in-degree</th><th>out-degree</th><th>closeness</th><th>betweenness</th><th>eigenvector</th>
            </tr>
          </thead>
          <tbody>
            {data.stakeholders.map((s) => {
              const m = metrics.get(s.id);
              return (
                <tr key={s.id}>
                  <td>{s.name}</td>
                  <td>{t(`kinds.${s.kind}`)}</td>
                  <td>{s.smallGroupId ? group.get(s.smallGroupId) : ''}</td>
                  {(['inDegree', 'outDegree', 'closeness', 'betweenness', 'eigenvector'] as const).map((k) => (
                    <td key={k} className="num">{formatMetric(m?.[k], lang)}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
