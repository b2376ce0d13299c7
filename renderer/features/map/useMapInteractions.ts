import type { Core, EventHandler, EventObject, NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { currentPositions } from './syncElements';

export interface MapHandlers {
  /** A tie drawn from one stakeholder to another (connect mode). */
  onConnect: (sourceId: string, targetId: string) => void;
  onEditTie: (relationId: string) => void;
  onEditStakeholder: (stakeholderId: string) => void;
  onSelect: (selection: { type: 'node' | 'edge'; id: string } | null) => void;
  /** Nodes the user dragged, with their new positions: one save per drag. */
  onMoved: (positions: { id: string; x: number; y: number }[]) => void;
}

/** Wires clicks, double-clicks, drags and drawn ties of the map to the view's handlers. */
export function useMapInteractions(cy: Core | null, connectMode: boolean, handlers: MapHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  const drawing = useRef<ReturnType<Core['edgehandles']> | null>(null);

  useEffect(() => {
    if (!cy) return;
    const eh = cy.edgehandles({
      // Only between two stakeholders (not group boxes), never to itself.
      canConnect: (source, target) => !source.same(target) && !!source.data('kind') && !!target.data('kind'),
      snap: false, hoverDelay: 100,
    });
    drawing.current = eh;
    const h = () => latest.current;
    const onComplete = (_e: EventObject, source: NodeSingular, target: NodeSingular, added: { remove: () => void }) => {
      // The tie is created by the back end after the dialog, and then arrives through the registry.
      added.remove();
      h().onConnect(source.id(), target.id());
    };
    // A multi-node drag ends with one dragfree per node: gather them into one save.
    let moved: string[] = [];
    let flush = 0;
    const onDragFree = (e: EventObject) => {
      const node = e.target as NodeSingular;
      moved.push(...(node.isParent() ? node.descendants('[kind]').map((n) => n.id()) : [node.id()]));
      clearTimeout(flush);
      flush = window.setTimeout(() => {
        const ids = new Set(moved);
        moved = [];
        h().onMoved(currentPositions(cy).filter((p) => ids.has(p.id)));
      }, 30);
    };
    const bindings: [string, string | undefined, EventHandler][] = [
      ['ehcomplete', undefined, onComplete as EventHandler],
      ['dragfree', 'node', onDragFree],
      ['tap', 'edge', (e) => h().onEditTie(e.target.id())],
      ['dbltap', 'node[kind]', (e) => h().onEditStakeholder(e.target.id())],
      ['select', undefined, (e) => h().onSelect({ type: e.target.isNode() ? 'node' : 'edge', id: e.target.id() })],
      ['unselect', undefined, () => cy.$(':selected').empty() && h().onSelect(null)],
    ];
    for (const [events, selector, fn] of bindings) (selector ? cy.on(events, selector, fn) : cy.on(events, fn));
    return () => {
      clearTimeout(flush);
      for (const [events, selector, fn] of bindings) (selector ? cy.off(events, selector, fn) : cy.off(events, fn));
      eh.destroy();
      drawing.current = null;
    };
  }, [cy]);

  useEffect(() => {
    const eh = drawing.current;
    if (!eh) return;
    // In draw mode a press on a node starts a tie and edgehandles stops nodes from being dragged.
    if (connectMode) eh.enableDrawMode();
    else if (cy?.autoungrabify()) eh.disableDrawMode();
  }, [cy, connectMode]);
}
