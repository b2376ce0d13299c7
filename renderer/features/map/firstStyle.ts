import type { CollectionReturnValue, Core } from 'cytoscape';

/** Cytoscape internals used below (3.x; not in its typings). */
interface StyleInternals { checkTriggers?: (...args: unknown[]) => void }
interface CollectionInternals { cleanStyle?: () => void }

/**
 * Styles the elements of a graph that was empty before they were added, in one pass without
 * Cytoscape's change triggers. Each property applied to an element normally tells the caches of
 * its neighbours and ties that a value changed (a collection built and an event sent per
 * property); on the first styling nothing is cached yet, and skipping them halves the time to
 * style a big map. Nothing happens when the internals are not there (another Cytoscape version):
 * the elements are then styled as usual, when first drawn.
 */
export function styleFirstTime(cy: Core, added: CollectionReturnValue): void {
  const style = cy.style() as unknown as StyleInternals;
  const eles = added as unknown as CollectionInternals;
  if (typeof style.checkTriggers !== 'function' || typeof eles.cleanStyle !== 'function') return;
  style.checkTriggers = () => {};
  try {
    eles.cleanStyle();
  } finally {
    delete style.checkTriggers; // the prototype's own again
  }
}

interface ElementInternals { _private?: { bbCache?: unknown; rstyle?: { clean?: boolean; cleanConnected?: boolean } } }

/**
 * The first frame of a newly opened map boxes each element for the first time, and Cytoscape
 * takes each first box for a move: the next frame works out the geometry of every tie again
 * (a tenth of a second on 300 stakeholders, more on 2,000), before the map answers the mouse.
 * Nothing moved in between, so those marks are cleared as the first frame ends. Elements not
 * boxed by then keep theirs; without the internals (another Cytoscape version) nothing happens.
 */
export function drawFirstTimeOnce(cy: Core, added: CollectionReturnValue): void {
  cy.one('render', () => {
    for (const ele of added) {
      const p = (ele as unknown as ElementInternals)._private;
      if (!p?.rstyle || p.bbCache == null || ele.removed()) continue;
      p.rstyle.clean = true;
      if (ele.isNode()) p.rstyle.cleanConnected = true;
    }
  });
}
