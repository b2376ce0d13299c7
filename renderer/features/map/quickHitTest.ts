import type { Core } from 'cytoscape';

/** Cytoscape 3.x renderer internals used below (not in its typings). */
type Ele = {
  isNode: () => boolean; position: () => { x: number; y: number }; outerWidth: () => number; outerHeight: () => number;
  pstyle: (name: string) => { pfValue?: number; value?: unknown; strValue?: string };
  _private: { rscratch?: { allpts?: number[] } };
};
type ZSorted = Ele[] & { interactive?: Ele[] };
interface HitInternals {
  findNearestElements: (x: number, y: number, interactiveOnly: boolean, isTouch: boolean) => unknown[];
  getCachedZSortedEles: () => ZSorted;
  getArrowWidth: (width: number, scale: number) => number;
}

const wrapped = new WeakSet<object>();

/**
 * Which element is under the mouse: Cytoscape asks every element for its full box (labels
 * included) on every mouse move, click and release, though no label here takes clicks; on a
 * map of 2,000 stakeholders and 6,000 ties that is 50-90 ms per move. Elements whose drawn
 * geometry (node box, tie points, arrow heads, with Cytoscape's own margins) is nowhere near
 * the point are left out before Cytoscape's own test, which then decides as before among the
 * few left, in the same order. Nothing happens without the internals (another version).
 */
export function quickHitTest(cy: Core): void {
  const r = (cy as unknown as { renderer: () => HitInternals }).renderer();
  if (wrapped.has(r) || typeof r.findNearestElements !== 'function' || typeof r.getCachedZSortedEles !== 'function') return;
  wrapped.add(r);
  const findAll = r.findNearestElements;
  const ownGetter = Object.prototype.hasOwnProperty.call(r, 'getCachedZSortedEles');
  r.findNearestElements = function (x, y, interactiveOnly, isTouch) {
    const all = r.getCachedZSortedEles();
    const zoom = cy.zoom();
    const near = (ele: Ele) => mayHit(r, ele, x, y, (isTouch ? 8 : 2) / zoom, (isTouch ? 24 : 8) / zoom);
    const few: ZSorted = all.filter(near);
    few.interactive = (all.interactive ?? all).filter(near);
    const getter = r.getCachedZSortedEles;
    r.getCachedZSortedEles = () => few;
    try {
      return findAll.call(r, x, y, interactiveOnly, isTouch);
    } finally {
      if (ownGetter) r.getCachedZSortedEles = getter;
      else delete (r as Partial<HitInternals>).getCachedZSortedEles;
    }
  };
}

/** Could Cytoscape's test find (x, y) on this element? Errs towards yes. */
function mayHit(r: HitInternals, ele: Ele, x: number, y: number, nodeMargin: number, edgeMargin: number): boolean {
  if (ele.pstyle('text-events').strValue === 'yes') return true;
  if (ele.isNode()) {
    const { x: px, y: py } = ele.position();
    return Math.abs(x - px) <= ele.outerWidth() / 2 + nodeMargin && Math.abs(y - py) <= ele.outerHeight() / 2 + nodeMargin;
  }
  const pts = ele._private.rscratch?.allpts;
  if (!pts || pts.length < 4) return true; // not drawn yet: let Cytoscape decide
  const width = ele.pstyle('width').pfValue ?? 0;
  const margin = edgeMargin + width + r.getArrowWidth(width, Number(ele.pstyle('arrow-scale').value ?? 1));
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i + 1 < pts.length; i += 2) {
    x1 = Math.min(x1, pts[i]!); x2 = Math.max(x2, pts[i]!);
    y1 = Math.min(y1, pts[i + 1]!); y2 = Math.max(y2, pts[i + 1]!);
  }
  return x >= x1 - margin && x <= x2 + margin && y >= y1 - margin && y <= y2 + margin;
}
