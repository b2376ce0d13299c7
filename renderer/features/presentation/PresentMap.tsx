import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useT } from '../../i18n';
import { spreadAsShown } from '../map/layouts';
import { Legend } from '../map/Legend';
import { MapCanvas } from '../map/MapCanvas';
import { useMapState } from '../map/mapState';
import { isShown, nodeSizes, toElements } from '../map/toElements';
import type { MapHandlers } from '../map/useMapInteractions';
import { useMetrics, useNetworkMetrics } from '../map/useNetworkMetrics';
import { usePositions } from '../map/usePositions';
import { useProjects } from '../project/projectStore';
import { useRegistryLoaded } from '../stakeholders/useRegistryLoaded';
import { useRegistry } from '../stakeholders/stakeholderStore';
import { useFitText } from './useFitText';
import '../map/map.css';

// Read-only: clicks, drags and drawn ties do nothing on the wall (nodes cannot even be grabbed).
const none = () => undefined;
const handlers: MapHandlers = { onConnect: none, onEditTie: none, onEditStakeholder: none, onSelect: none, onMoved: none };

/** The stakeholder map as the facilitator filtered and laid it out, with its legend beside it. */
export function PresentMap({ projectId }: { projectId: string }) {
  const t = useT();
  const loaded = useRegistryLoaded();
  useNetworkMetrics();
  const project = useProjects((s) => s.current);
  const { stakeholders, groups, relations } = useRegistry();
  const metrics = useMetrics((s) => s.rows);
  const { filters, sizeBy, layout } = useMapState();
  const positions = usePositions(projectId);
  const legendBox = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onReady = useCallback((cy: Core | null) => {
    cyRef.current = cy;
    cy?.autoungrabify(true);
  }, []);
  // The saved layout was made on the facilitator's screen: the wall's canvas has another shape
  // and larger type, so once it is drawn here its labels are spread apart again (never saved).
  const spread = useRef(false);
  const onBusy = useCallback((busy: boolean) => {
    if (busy || spread.current || !cyRef.current) return;
    spread.current = true;
    void spreadAsShown(cyRef.current, true);
  }, []);
  useEffect(() => useMapState.getState().setConnectMode(false), []);

  const sizes = useMemo(() => nodeSizes(metrics, sizeBy), [metrics, sizeBy]);
  const noGroupLabel = t('stakeholders.noGroup');
  const elements = useMemo(
    () => toElements({ stakeholders, relations, groups, filters, showGroups: layout === 'grouped', sizes, noGroupLabel }),
    [stakeholders, relations, groups, filters, layout, sizes, noGroupLabel],
  );
  const kinds = useMemo(() => new Set(stakeholders.filter((s) => isShown(s, filters)).map((s) => s.kind)), [stakeholders, filters]);
  const tieKinds = useMemo(() => new Set(elements.filter((e) => e.group === 'edges').map((e) => e.data.kind)), [elements]);
  // As large as fits, up to 28 px; never under 18 px, which every kind on the map (some 25
  // lines, as in the demo) still fits at 1024x768.
  useFitText(legendBox, 18, 28, [kinds, tieKinds]);
  // A layout run on the wall is shown, never saved: presenting changes nothing in the project.
  const readOnly = { ...positions, save: async () => undefined };

  return (
    <section className="present-map" aria-labelledby="present-map-title">
      <div className="map-frame present-map-frame">
        {loaded && positions.loaded ? (
          <MapCanvas elements={elements} positions={readOnly} metrics={metrics} projector label={t('nav.map')}
            handlers={handlers} onReady={onReady} onCounts={none} onBusy={onBusy} />
        ) : <p className="present-note">{t('presentation.loading')}</p>}
      </div>
      {/* Title and legend beside the map, not over or above it: the map keeps the full height. */}
      <div className="present-map-side">
        <h1 id="present-map-title" className="present-map-title">{project?.name ?? t('nav.map')}</h1>
        <div ref={legendBox} className="present-legend">
          <Legend kinds={kinds} tieKinds={tieKinds} />
        </div>
      </div>
    </section>
  );
}
