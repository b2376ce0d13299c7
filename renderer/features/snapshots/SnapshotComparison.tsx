import type { SnapshotComparison as Comparison } from '../../../shared/domain/snapshot';
import { useLanguage, useT } from '../../i18n';
import { formatMetric } from './format';

const MEASURES = ['inDegree', 'outDegree', 'closeness', 'betweenness', 'eigenvector'] as const;

/** What changed between two states of the map, for the facilitator's report. */
export function SnapshotComparison({ diff, title }: { diff: Comparison; title: string }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const names = (list: { name: string }[]) => (list.length ? list.map((s) => s.name).join(', ') : t('snapshots.nothing'));
  const ties = (list: Comparison['relationsAdded']) =>
    list.length === 0 ? <p>{t('snapshots.nothing')}</p> : (
      <ul>{list.map((r) => <li key={r.id}>{r.sourceName} → {r.targetName}: {t(`map.relationKinds.${r.kind}`)} ({t(`map.formality.${r.formality}`)})</li>)}</ul>
    );
  const changed = diff.metricChanges.filter((m) => !m.before || !m.after || MEASURES.some((k) => Math.abs(m.before![k] - m.after![k]) > 1e-9));
  return (
    <section aria-label={title} className="comparison">
      <h2>{title}</h2>
      <div className="comparison-grid">
        <div><h3>{t('snapshots.added')}</h3><p>{names(diff.stakeholdersAdded)}</p></div>
        <div><h3>{t('snapshots.removed')}</h3><p>{names(diff.stakeholdersRemoved)}</p></div>
        <div><h3>{t('snapshots.tiesAdded')}</h3>{ties(diff.relationsAdded)}</div>
        <div><h3>{t('snapshots.tiesRemoved')}</h3>{ties(diff.relationsRemoved)}</div>
      </div>
      <h3>{t('snapshots.metricChanges')}</h3>
      {changed.length === 0 ? <p>{t('snapshots.nothing')}</p> : (
        <div className="table-scroll">
          <table className="data">
            <thead>
              <tr><th>{t('stakeholders.name')}</th>{MEASURES.map((k) => <th key={k}>{k}</th>)}</tr>
            </thead>
            <tbody>
              {changed.map((m) => (
                <tr key={m.stakeholderId}>
                  <td>{m.name}</td>
                  {MEASURES.map((k) => (
                    <td key={k} className="num">{formatMetric(m.before?.[k], lang)} → {formatMetric(m.after?.[k], lang)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
