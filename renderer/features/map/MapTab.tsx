import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useLanguage, useT } from '../../i18n';
import { useProjects } from '../project/projectStore';
import { useUi } from '../shell/uiStore';
import { StakeholderDialog } from '../stakeholders/StakeholderDialog';
import { useRegistry } from '../stakeholders/stakeholderStore';
import { DeleteConfirm, type Deletion } from './DeleteConfirm';
import { exportPdf, exportPng, exportSvg } from './exportMap';
import { legendEntries } from './mapSheet';
import { formatDate } from '../../lib/format';
import { Legend } from './Legend';
import { MapCanvas } from './MapCanvas';
import { useMapState } from './mapState';
import { MapToolbar } from './MapToolbar';
import { TieDialog, type TieTarget } from './TieDialog';
import { isShown, nodeSizes, toElements } from './toElements';
import type { MapHandlers } from './useMapInteractions';
import { useMetrics } from './useNetworkMetrics';
import { useFillHeight } from './useFillHeight';
import { usePositions } from './usePositions';

type Open = { tie: TieTarget } | { stakeholder: Stakeholder } | { deleting: Deletion } | null;

const inTextField = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/** The map tab: toolbar, drawing with legend, the status line, and the dialogs it opens. */
export function MapTab() {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const projector = useUi((s) => s.projector);
  const project = useProjects((s) => s.current);
  const { stakeholders, groups, relations } = useRegistry();
  const metrics = useMetrics((s) => s.rows);
  const { filters, sizeBy, layout, focusId, connectMode, setFocus, setConnectMode } = useMapState();
  const positions = usePositions(project?.id);
  const [open, setOpen] = useState<Open>(null);
  const [selection, setSelection] = useState<Deletion | null>(null);
  const [counts, setCounts] = useState({ nodes: 0, edges: 0 });
  // Busy until the drawing is placed: the first layout of a new map is saved before anything else.
  const [busy, setBusy] = useState(true);
  const [miss, setMiss] = useState<string | null>(null);
  const cyRef = useRef<Core | null>(null);
  const stage = useRef<HTMLDivElement>(null);
  useFillHeight(stage);

  const shown = useMemo(() => stakeholders.filter((s) => isShown(s, filters)), [stakeholders, filters]);
  const sizes = useMemo(() => nodeSizes(metrics, sizeBy), [metrics, sizeBy]);
  const noGroupLabel = t('stakeholders.noGroup');
  const elements = useMemo(
    () => toElements({ stakeholders, relations, groups, filters, showGroups: layout === 'grouped', sizes, noGroupLabel }),
    [stakeholders, relations, groups, filters, layout, sizes, noGroupLabel],
  );
  const shownKinds = useMemo(() => new Set(shown.map((s) => s.kind)), [shown]);
  const shownTieKinds = useMemo(() => new Set(elements.filter((e) => e.group === 'edges').map((e) => e.data.kind)), [elements]);
  const focused = focusId ? stakeholders.find((s) => s.id === focusId && shown.includes(s)) : undefined;

  // The projector shows the map; drawing ties is for the facilitator's own screen.
  useEffect(() => {
    if (projector) setConnectMode(false);
  }, [projector, setConnectMode]);
  useEffect(() => {
    if (focusId && !focused) setFocus(null);
  }, [focusId, focused, setFocus]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && focusId && !document.querySelector('dialog[open]')) setFocus(null);
      if (e.key !== 'Delete' || !selection || projector || inTextField(e.target) || document.querySelector('dialog[open]')) return;
      const known = selection.type === 'node' ? stakeholders.some((s) => s.id === selection.id) : relations.some((r) => r.id === selection.id);
      if (!known) return;
      e.preventDefault();
      setOpen({ deleting: selection });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selection, projector, stakeholders, relations, focusId, setFocus]);

  const handlers: MapHandlers = {
    onConnect: (sourceId, targetId) => setOpen({ tie: { sourceId, targetId } }),
    onEditTie: (id) => {
      const relation = relations.find((r) => r.id === id);
      if (relation) setOpen({ tie: { relation } });
    },
    onEditStakeholder: (id) => {
      const stakeholder = stakeholders.find((s) => s.id === id);
      if (stakeholder) setOpen({ stakeholder });
    },
    onSelect: setSelection,
    onMoved: (moved) => void positions.save(moved),
  };
  const onReady = useCallback((cy: Core | null) => void (cyRef.current = cy), []);
  const onExport = async (format: 'png' | 'svg' | 'pdf') => {
    const cy = cyRef.current;
    if (!cy || !project) return;
    // The sheet says what, whose, when and how much; the legend is the one on screen.
    const text = {
      title: t('map.export.sheetTitle', { name: project.name }),
      subtitle: [project.product, project.regency, project.province].filter(Boolean).join(' · '),
      line: `${formatDate(new Date().toLocaleDateString('sv'), lang)} · ${t('map.status', { nodes: counts.nodes, edges: counts.edges })}`,
      legendTitle: t('map.legend.title'),
    };
    const legend = legendEntries(document);
    try {
      const save = { png: exportPng, svg: exportSvg, pdf: exportPdf }[format];
      if (await save(cy, project.name, text, legend)) useUi.getState().notify('map.export.done');
    } catch (e) {
      useUi.getState().fail(e);
    }
  };
  const status = t('map.status', { nodes: counts.nodes, edges: counts.edges });

  return (
    <div className="map-tab">
      <MapToolbar shown={shown} busy={busy} onExport={(f) => void onExport(f)} onSearchMiss={setMiss}
        onAddTie={() => setOpen({ tie: { sourceId: selection?.type === 'node' ? selection.id : '', targetId: '' } })} />
      <div className="map-stage" ref={stage}>
        <div className="map-frame">
          {positions.loaded ? (
            <MapCanvas elements={elements} positions={positions} metrics={metrics} projector={projector} label={status}
              handlers={handlers} onReady={onReady} onCounts={setCounts} onBusy={setBusy} />
          ) : <p>{t('common.loading')}</p>}
          {stakeholders.length === 0 && <p className="map-empty">{t('map.empty')}</p>}
          <Legend kinds={shownKinds} tieKinds={shownTieKinds} />
        </div>
        <p className="map-status" role="status" data-testid="map-status" aria-busy={busy}>
          <span data-testid="map-count">{status}</span>
          {focused && <span> · {t('map.search.focused', { name: focused.name })}</span>}
          {miss && !focused && <span> · {t('map.search.notFound', { query: miss })}</span>}
          {busy && <span> · {t('map.layout.running')}</span>}
          <span className="facilitator-only map-hint"> · {t(connectMode ? 'map.connect.active' : 'map.hint')}</span>
        </p>
      </div>
      {open && 'tie' in open && <TieDialog target={open.tie} onClose={() => setOpen(null)} />}
      {open && 'stakeholder' in open && (
        <StakeholderDialog stakeholder={open.stakeholder} onClose={() => setOpen(null)}
          onDelete={() => setOpen({ deleting: { type: 'node', id: open.stakeholder.id } })} />
      )}
      {open && 'deleting' in open && <DeleteConfirm what={open.deleting} onClose={() => setOpen(null)} />}
    </div>
  );
}
