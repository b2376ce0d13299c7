import type { SnapshotComparison as Comparison } from '../../../shared/domain/snapshot';
import { summaryParams, type SummaryFact } from '../../../shared/snapshots/summary';
import { useLanguage, useT, type TKey } from '../../i18n';
import { formatMetric } from './format';
import { sharedFrame, SnapshotMiniMap } from './SnapshotMiniMap';
import './snapshots.css';

export const MEASURES = ['inDegree', 'outDegree', 'closeness', 'betweenness', 'eigenvector'] as const;

/** A measure's heading in the reader's words, the technical name under it ("jembatan / betweenness"). */
export function MeasureHeading({ measure }: { measure: (typeof MEASURES)[number] }) {
  const t = useT();
  return <>{t(`map.metricGloss.${measure}`)}<small className="measure-term">{t(`map.metric.${measure}`)}</small></>;
}

interface Props { diff: Comparison; title: string; beforeName: string; afterName: string; onExport: () => void }

/** What changed between two states of the map: plain sentences, the two maps side by side, the details. */
export function SnapshotComparison({ diff, title, beforeName, afterName, onExport }: Props) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const names = (list: { name: string }[]) => (list.length ? list.map((s) => s.name).join(', ') : t('snapshots.nothing'));
  const ties = (list: Comparison['relationsAdded']) =>
    list.length === 0 ? <p>{t('snapshots.nothing')}</p> : (
      <ul>{list.map((r) => <li key={r.id}>{r.sourceName} → {r.targetName}: {t(`map.relationKinds.${r.kind}`)}, {t(`map.formality.${r.formality}`)}</li>)}</ul>
    );
  const changed = diff.metricChanges.filter((m) => !m.before || !m.after || MEASURES.some((k) => Math.abs(m.before![k] - m.after![k]) > 1e-9));
  const frame = sharedFrame([diff.maps.before, diff.maps.after]);
  const sentence = (f: SummaryFact) => t(`snapshots.summary.${f.key}` as TKey, summaryParams(f, lang, (k) => t(`kinds.${k}` as TKey)));
  const unplaced = [...diff.maps.before.nodes, ...diff.maps.after.nodes].some((n) => n.x === null);
  return (
    <section aria-label={title} className="comparison">
      <div className="view-header">
        <h2>{title}</h2>
        <button type="button" onClick={onExport}>{t('snapshots.exportWord')}</button>
      </div>
      <h3>{t('snapshots.summaryTitle')}</h3>
      <ul className="comparison-summary" aria-label={t('snapshots.summaryTitle')}>
        {diff.summary.map((f, i) => <li key={i}>{sentence(f as SummaryFact)}</li>)}
      </ul>
      <div className="mini-maps">
        <SnapshotMiniMap map={diff.maps.before} frame={frame} label={t('snapshots.mapBefore', { name: beforeName })} />
        <SnapshotMiniMap map={diff.maps.after} frame={frame} label={t('snapshots.mapAfter', { name: afterName })} />
      </div>
      <p className="mini-legend">
        <span>{t('snapshots.legendNew')}</span><span>{t('snapshots.legendGone')}</span>
        {unplaced && <span>{t('snapshots.legendUnplaced')}</span>}
      </p>
      <div className="comparison-grid">
        <div><h3>{t('snapshots.added')}</h3><p>{names(diff.stakeholdersAdded)}</p></div>
        <div><h3>{t('snapshots.removed')}</h3><p>{names(diff.stakeholdersRemoved)}</p></div>
        <div><h3>{t('snapshots.tiesAdded')}</h3>{ties(diff.relationsAdded)}</div>
        <div><h3>{t('snapshots.tiesRemoved')}</h3>{ties(diff.relationsRemoved)}</div>
      </div>
      <h3>{t('snapshots.metricChanges')}</h3>
      {changed.length === 0 ? <p>{t('snapshots.nothing')}</p> : (
        <div className="table-scroll">
          <table className="data fit">
            <thead>
              <tr><th>{t('stakeholders.name')}</th>{MEASURES.map((k) => <th key={k} className="measure"><MeasureHeading measure={k} /></th>)}</tr>
            </thead>
            <tbody>
              {changed.map((m) => (
                <tr key={m.stakeholderId}>
                  <td className="clip" title={m.name}>{m.name}</td>
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
