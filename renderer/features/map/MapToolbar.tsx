import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { RELATION_KINDS } from '../../../shared/domain/relation';
import { DataExportMenu } from '../exports/DataExportMenu';
import { useT } from '../../i18n';
import { FilterMenu } from './FilterMenu';
import { LAYOUTS, METRICS, useMapState, type LayoutMode, type MetricKey } from './mapState';
import { SearchBox } from './SearchBox';

interface Props {
  shown: Stakeholder[];
  busy: boolean;
  onAddTie: () => void;
  onExport: (format: 'png' | 'svg' | 'pdf') => void;
  onSearchMiss: (query: string | null) => void;
}

/** Layout, size-by, filters and search stay on the projector; drawing and exporting are the facilitator's. */
export function MapToolbar({ shown, busy, onAddTie, onExport, onSearchMiss }: Props) {
  const t = useT();
  const { layout, concentricBy, sizeBy, connectMode, filters, runLayout, setConcentricBy, setSizeBy, setConnectMode } = useMapState();
  return (
    <div className="toolbar map-toolbar">
      <label className="map-control">
        <span aria-hidden="true">{t('map.layout.label')}</span>
        <select aria-label={t('map.layout.label')} value={layout === 'concentric' ? `concentric:${concentricBy}` : layout} disabled={busy}
          onChange={(e) => {
            const [mode, metric] = e.target.value.split(':');
            if (metric) setConcentricBy(metric as MetricKey);
            else runLayout(mode as LayoutMode);
          }}>
          {LAYOUTS.filter((l) => l !== 'concentric').map((l) => <option key={l} value={l}>{t(`map.layout.${l}`)}</option>)}
          <optgroup label={t('map.layout.concentric')}>
            {METRICS.map((m) => <option key={m} value={`concentric:${m}`}>{t('map.layout.byMetric', { metric: t(`map.metric.${m}`) })}</option>)}
          </optgroup>
        </select>
      </label>
      <button type="button" disabled={busy} onClick={() => runLayout(layout)} title={t('map.layout.rerunHint')}>{t('map.layout.rerun')}</button>
      <label className="map-control">
        <span aria-hidden="true">{t('map.size.label')}</span>
        <select aria-label={t('map.size.label')} value={sizeBy} onChange={(e) => setSizeBy(e.target.value as MetricKey | 'uniform')}>
          <option value="uniform">{t('map.size.uniform')}</option>
          {METRICS.map((m) => <option key={m} value={m}>{t(`map.metric.${m}`)}</option>)}
        </select>
      </label>
      <FilterMenu />
      <SearchBox shown={shown} onMiss={onSearchMiss} />
      <span className="map-toolbar-edit facilitator-only">
        <button type="button" aria-pressed={connectMode} onClick={() => setConnectMode(!connectMode)} title={t('map.connect.hint')}>
          {t('map.connect.label')}
        </button>
        <button type="button" onClick={onAddTie}>{t('map.tie.add')}</button>
        <DataExportMenu
          stakeholderIds={filters.kinds.length || filters.groups.length ? shown.map((s) => s.id) : undefined}
          relationKinds={filters.tieKinds.length ? RELATION_KINDS.filter((k) => !filters.tieKinds.includes(k)) : undefined}
          extra={[
            { label: t('map.export.png'), onSelect: () => onExport('png') },
            { label: t('map.export.svg'), onSelect: () => onExport('svg') },
            { label: t('map.export.pdf'), onSelect: () => onExport('pdf') },
          ]}
        />
      </span>
    </div>
  );
}
