import type { SnapshotData } from '../../../shared/domain/snapshot';
import { useLanguage, useT } from '../../i18n';
import { formatMetric } from './format';
import { MEASURES, MeasureHeading } from './SnapshotComparison';
import { sharedFrame, SnapshotMiniMap } from './SnapshotMiniMap';
import type { MiniMap } from '../../../shared/domain/snapshot';

/** A saved snapshot, read only: who was on the map then, with the metrics they had. */
export function SnapshotView({ data, title, name, onBack }: { data: SnapshotData; title: string; name: string; onBack: () => void }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const metrics = new Map(data.metrics.map((m) => [m.stakeholderId, m]));
  const group = new Map(data.groups.map((g) => [g.id, g.name]));
  // The map as it was: its saved positions, or a ring for a snapshot kept before positions were.
  const at = new Map((data.positions ?? []).map((p) => [p.id, p]));
  const map: MiniMap = {
    nodes: data.stakeholders.map((s) => ({ id: s.id, name: s.name, kind: s.kind, x: at.get(s.id)?.x ?? null, y: at.get(s.id)?.y ?? null, change: 'same' })),
    edges: data.relations.map((r) => ({ source: r.sourceId, target: r.targetId, change: 'same' })),
  };
  return (
    <section aria-label={title}>
      <div className="toolbar">
        <button type="button" onClick={onBack}>← {t('snapshots.back')}</button>
        <strong>{title}</strong>
        <span className="hint">{t('snapshots.counts', { stakeholders: data.stakeholders.length, ties: data.relations.length })}</span>
      </div>
      <div className="mini-maps single">
        <SnapshotMiniMap map={map} frame={sharedFrame([map])} label={t('snapshots.mapOf', { name })} />
      </div>
      <div className="table-scroll">
        <table className="data">
          <thead>
            <tr>
              <th>{t('stakeholders.name')}</th><th>{t('stakeholders.kind')}</th><th>{t('stakeholders.smallGroup')}</th>
              {MEASURES.map((k) => <th key={k} className="measure"><MeasureHeading measure={k} /></th>)}
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
                  {MEASURES.map((k) => (
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
