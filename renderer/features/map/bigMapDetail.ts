import type { Core } from 'cytoscape';
import { DETAILED, isBigMap, labelsShownFrom } from './cyStyle';

/**
 * After a pan or zoom ends: before the full redraw of a big map, which waits 150 ms (see
 * bigMapGestures), so that the detail is drawn in that redraw instead of one more.
 */
const SETTLE_MS = 100;

/** How far around the view is drawn in detail, in screens: a short pan lands on it. */
const MARGIN = 0.25;

/**
 * A big map opens with plain shapes and lines: working out 2,000 labels and 6,000 arrow heads
 * that nobody can read zoomed out was a fifth of the time to open it. Once zoomed in enough for
 * the labels to show (see labelsShownFrom), the stakeholders within a quarter screen of the
 * view and all their ties are drawn in detail, when the view settles: one restyle of those few,
 * and they stay so. Small maps are drawn in detail everywhere by their own sheet. Returns the
 * clean-up.
 */
export function detailNearView(cy: Core): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => detail(cy, 'near view'), SETTLE_MS);
  };
  // Listened to from the first frame: the thousands of elements added on opening do not each call it.
  const listen = () => void cy.on('viewport add position', later);
  cy.one('render', listen);
  return () => {
    clearTimeout(timer);
    cy.off('render', listen);
    cy.off('viewport add position', later);
  };
}

/**
 * Marks a big map's stakeholders for detail, near the view when zoomed in enough ('near view'),
 * or all of them (before an export, which draws the whole map, and may draw it larger than shown).
 */
export function detail(cy: Core, where: 'near view' | 'everywhere'): void {
  // Zoomed out further, labels are not drawn and arrow heads are a pixel or two.
  if (cy.destroyed() || !isBigMap(cy) || (where === 'near view' && cy.zoom() < labelsShownFrom(cy))) return;
  const view = cy.extent();
  const [mx, my] = [view.w * MARGIN, view.h * MARGIN];
  const [x1, x2, y1, y2] = [view.x1 - mx, view.x2 + mx, view.y1 - my, view.y2 + my];
  const nodes = cy.nodes().filter((n) => {
    if (n.hasClass(DETAILED)) return false;
    const { x, y } = n.position();
    return where === 'everywhere' || (x >= x1 && x <= x2 && y >= y1 && y <= y2);
  });
  if (nodes.empty()) return;
  const ties = nodes.connectedEdges().filter((t) => !t.hasClass(DETAILED));
  cy.batch(() => nodes.union(ties).addClass(DETAILED));
}
