import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { useCallback, useEffect, useRef } from 'react';
import type { MetricsRow } from '../../../shared/domain/relation';
import type { StakeholderKind } from '../../../shared/domain/stakeholder';
import { useT } from '../../i18n';
import { useMapState } from './mapState';
import { runLayout } from './layouts';
import { markFocus } from './mapFocus';
import { markFirstDraw } from './mapMarks';
import { applyStyle } from './cyStyle';
import { fitOnOpening, tuneViewport, useCytoscape } from './useCytoscape';
import { useKeyboardNodes } from './useKeyboardNodes';
import { useMapInteractions, type MapHandlers } from './useMapInteractions';
import type { SavedPositions } from './usePositions';
import { applyPositions, currentPositions, syncElements } from './syncElements';

interface Props {
  elements: ElementDefinition[];
  positions: SavedPositions;
  metrics: MetricsRow[];
  projector: boolean;
  label: string;
  handlers: MapHandlers;
  onReady: (cy: Core | null) => void;
  onCounts: (counts: { nodes: number; edges: number }) => void;
  onBusy: (busy: boolean) => void;
}

/** The drawing: keeps the Cytoscape graph in step with the registry, layouts and the search focus. */
export function MapCanvas({ elements, positions, metrics, projector, label, handlers, onReady, onCounts, onBusy }: Props) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const cy = useCytoscape(container, projector);
  const { layout, layoutRun, concentricBy, connectMode, focusId, runLayout: requestLayout } = useMapState();
  useMapInteractions(cy, connectMode, handlers);
  const latestHandlers = useRef(handlers);
  latestHandlers.current = handlers;
  const open = useCallback((id: string) => latestHandlers.current.onEditStakeholder(id), []);
  const keyboardId = useKeyboardNodes(cy, container, open);
  const keyboardNode = keyboardId && cy && !cy.destroyed() ? cy.getElementById(keyboardId) : null;
  const context = useRef({ metrics, concentricBy, positions, projector });
  context.current = { metrics, concentricBy, positions, projector };

  useEffect(() => onReady(cy), [cy, onReady]);

  useEffect(() => {
    if (!cy) return;
    // The sheet for the map's size first, so the added elements are styled once, not twice.
    applyStyle(cy, context.current.projector, cy.zoom(), elements.reduce((n, e) => n + (e.group === 'nodes' ? 1 : 0), 0));
    syncElements(cy, elements, positions.saved);
    tuneViewport(cy);
    markFirstDraw(cy);
    onCounts({ nodes: cy.nodes('[kind]').length, edges: cy.edges().not('.eh-preview, .eh-ghost-edge').length });
  }, [cy, elements, positions.saved, onCounts]);

  // Positions from the back end: on opening the map (fit, or a first layout when none was
  // ever saved), and after undo or redo (move the nodes back).
  const firstVersion = useRef<number | null>(null);
  useEffect(() => {
    if (!cy) return;
    if (firstVersion.current === null) {
      firstVersion.current = positions.version;
      // The view starts busy; it stays so until the first layout has been run and saved.
      const stakeholders = cy.nodes('[kind]');
      if (stakeholders.nonempty() && !stakeholders.toArray().some((n) => positions.saved.has(n.id()))) return requestLayout('fcose');
      fitOnOpening(cy);
      onBusy(false);
      return;
    }
    applyPositions(cy, positions.saved);
  }, [cy, positions.version, positions.saved, requestLayout, onBusy]);

  // A layout request: run it on what is shown, then save the result as one undo step.
  const handledRun = useRef(layoutRun);
  useEffect(() => {
    if (!cy || handledRun.current === layoutRun) return;
    handledRun.current = layoutRun;
    const { metrics: rows, concentricBy: by, positions: saved, projector: big } = context.current;
    onBusy(true);
    void runLayout(cy, layout, { metrics: rows, concentricBy: by, saved: saved.saved, projector: big }).then(async () => {
      if (layout !== 'saved' && !cy.destroyed()) await saved.save(currentPositions(cy));
      onBusy(false);
    });
  }, [cy, layout, layoutRun, onBusy]);

  // Search focus: the stakeholder and its direct ties stand out, the rest fades.
  const lastFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!cy) return;
    const node = focusId ? (cy.getElementById(focusId) as NodeSingular) : null;
    markFocus(cy, node);
    if (lastFocus.current === focusId) return;
    lastFocus.current = focusId;
    cy.stop();
    if (node?.nonempty()) cy.animate({ fit: { eles: node.closedNeighborhood(), padding: 70 }, duration: 400 });
    else cy.animate({ fit: { eles: cy.elements(), padding: 30 }, duration: 300 });
  }, [cy, focusId, elements]);

  // Focusable for the keyboard (see useKeyboardNodes); the live region names the focused stakeholder.
  return (
    <>
      <div ref={container} className={`map-canvas${connectMode ? ' connecting' : ''}`} role="application" aria-label={label}
        tabIndex={0} data-testid="map-canvas" />
      <p className="sr-only" aria-live="polite" data-testid="map-keyboard-focus">
        {keyboardNode?.nonempty() ? `${String(keyboardNode.data('label'))}, ${t(`kinds.${keyboardNode.data('kind') as StakeholderKind}`)}` : ''}
      </p>
    </>
  );
}
