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

/** Per element of Cytoscape's z-sorted list: its box (x1, y1, x2, y2, before the zoom's margin), a node's or a tie's. */
interface Boxes { of: ZSorted; box: Float64Array; node: Uint8Array }

/**
 * Which element is under the mouse: Cytoscape asks every element for its full box (labels
 * included) on every mouse move, click and release, though no label here takes clicks; on a
 * map of 2,000 stakeholders and 6,000 ties that is 50-90 ms per move. Here each element's
 * drawn geometry (node box, tie points and arrow heads, with Cytoscape's own margins) is boxed
 * once, again only after something moved or changed, and elements nowhere near the point are
 * left out before Cytoscape's own test, which decides as before among the few left, in the
 * same order. Nothing happens without the internals (another Cytoscape version).
 */
export function quickHitTest(cy: Core): void {
  const r = (cy as unknown as { renderer: () => HitInternals }).renderer();
  if (wrapped.has(r) || typeof r.findNearestElements !== 'function' || typeof r.getCachedZSortedEles !== 'function') return;
  wrapped.add(r);
  let boxes: Boxes | null = null;
  // Ties get their new geometry when drawn: a change boxes again after the next frame too.
  let afterFrame = false;
  // Listened to only while boxes are kept: thousands of elements added or styled on opening
  // would otherwise each call it.
  const changes = 'add remove position style data class bounds';
  const changed = () => {
    cy.off(changes, changed);
    [boxes, afterFrame] = [null, true];
  };
  cy.on('render', () => {
    if (afterFrame) [boxes, afterFrame] = [null, false];
  });
  const findAll = r.findNearestElements;
  const ownGetter = Object.prototype.hasOwnProperty.call(r, 'getCachedZSortedEles');
  r.findNearestElements = function (x, y, interactiveOnly, isTouch) {
    const all = r.getCachedZSortedEles();
    if (boxes?.of !== all) {
      cy.off(changes, changed);
      boxes = boxAll(r, all);
      cy.on(changes, changed);
    }
    const { box, node } = boxes;
    const zoom = cy.zoom();
    const [nodeMargin, edgeMargin] = [(isTouch ? 8 : 2) / zoom, (isTouch ? 24 : 8) / zoom];
    const few: ZSorted = [];
    for (let i = 0; i < all.length; i++) {
      const m = node[i] ? nodeMargin : edgeMargin;
      if (x >= box[4 * i]! - m && x <= box[4 * i + 2]! + m && y >= box[4 * i + 1]! - m && y <= box[4 * i + 3]! + m) few.push(all[i]!);
    }
    const kept = new Set(few);
    few.interactive = (all.interactive ?? all).filter((ele) => kept.has(ele));
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

/** Boxes every element where Cytoscape's test could find it; errs towards larger. */
function boxAll(r: HitInternals, all: ZSorted): Boxes {
  const box = new Float64Array(4 * all.length);
  const node = new Uint8Array(all.length);
  const set = (i: number, x1: number, y1: number, x2: number, y2: number) => box.set([x1, y1, x2, y2], 4 * i);
  all.forEach((ele, i) => {
    if (ele.pstyle('text-events').strValue === 'yes') return set(i, -Infinity, -Infinity, Infinity, Infinity);
    if (ele.isNode()) {
      node[i] = 1;
      const { x, y } = ele.position();
      const [hw, hh] = [ele.outerWidth() / 2, ele.outerHeight() / 2];
      return set(i, x - hw, y - hh, x + hw, y + hh);
    }
    const pts = ele._private.rscratch?.allpts;
    // Not drawn yet: let Cytoscape decide.
    if (!pts || pts.length < 4) return set(i, -Infinity, -Infinity, Infinity, Infinity);
    const width = ele.pstyle('width').pfValue ?? 0;
    const margin = width + r.getArrowWidth(width, Number(ele.pstyle('arrow-scale').value ?? 1));
    let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let k = 0; k + 1 < pts.length; k += 2) {
      x1 = Math.min(x1, pts[k]!); x2 = Math.max(x2, pts[k]!);
      y1 = Math.min(y1, pts[k + 1]!); y2 = Math.max(y2, pts[k + 1]!);
    }
    return set(i, x1 - margin, y1 - margin, x2 + margin, y2 + margin);
  });
  return { of: all, box, node };
}
