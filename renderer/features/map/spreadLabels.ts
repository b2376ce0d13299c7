import type { BoundingBox12, Core, NodeCollection, NodeSingular, Position } from 'cytoscape';
import { applyStyle, isBigMap, labelScale, lastLabelStep, setLabelScale } from './cyStyle';
import { anyOverlap, packInRows, placeApart, type Rect, type SpacedItem } from './boxSpacing';

/** Room left between two labels (or a label and a node, or two group boxes), in screen pixels. */
const GAP_PX = 6;
/** Each time the drawing does not fit, it gets this much more room (and is zoomed out as much). */
const GROW = 1.15;
/** Grown this many times without fitting, the labels step down a size before the nodes shrink further. */
const GROWS_BEFORE_STEP = 2;
/** Grown this many times at the smallest labels, the map is too crowded for the screen: it gets a reading zoom. */
const GROWS_BEFORE_READING_ZOOM = 4;
const ATTEMPTS = 24;

type Outcome = 'clean' | 'moved' | 'stuck';
const outcome = ({ moved, clear }: { moved: boolean; clear: boolean }): Outcome => (!clear ? 'stuck' : moved ? 'moved' : 'clean');
const relative = (box: BoundingBox12, at: Position): Rect => ({ x1: box.x1 - at.x, y1: box.y1 - at.y, x2: box.x2 - at.x, y2: box.y2 - at.y });

/** A stakeholder with its label below it: two rects that move together. */
function nodeItem(n: NodeSingular): SpacedItem {
  const at = n.position();
  return {
    x: at.x, y: at.y,
    rects: [relative(n.boundingBox({ includeLabels: false, includeOverlays: false }), at), relative(n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false }), at)],
  };
}

/** Spreads the members of each group (or of the whole map) so that no label touches another. */
function spreadMembers(nodes: NodeCollection, gap: number, frame: Rect): Outcome {
  const byGroup = new Map<string, NodeSingular[]>();
  nodes.forEach((n) => {
    const key = n.isChild() ? n.parent().first().id() : '';
    byGroup.set(key, [...(byGroup.get(key) ?? []), n]);
  });
  let result: Outcome = 'clean';
  for (const members of byGroup.values()) {
    const items = members.map(nodeItem);
    const done = outcome(placeApart(items, gap, frame));
    if (done === 'clean') continue;
    if (done === 'stuck') result = 'stuck';
    else if (result !== 'stuck') result = 'moved';
    members.forEach((n, i) => n.position({ x: items[i]!.x, y: items[i]!.y }));
  }
  return result;
}

/** Moves whole group boxes (their title included) apart, members with them. */
function spreadGroups(cy: Core, gap: number, frame: Rect): Outcome {
  const boxes = cy.nodes('[?isGroup]').filter((g) => g.children().nonempty());
  if (boxes.empty()) return 'clean';
  const items = boxes.map((g) => {
    const bb = g.boundingBox({ includeLabels: true, includeOverlays: false });
    const at = { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 };
    return { x: at.x, y: at.y, start: at, rects: [relative(bb, at)] };
  });
  let done = outcome(placeApart(items, gap, frame));
  // Packed as they were, they do not fit: rows of boxes use a wide screen best.
  if (done === 'stuck') done = packInRows(items, gap, frame) ? 'moved' : 'stuck';
  if (done === 'clean') return done;
  boxes.forEach((g, i) => {
    const { x, y, start } = items[i]!;
    g.children().positions((c) => ({ x: (c as NodeSingular).position('x') + x - start.x, y: (c as NodeSingular).position('y') + y - start.y }));
  });
  return done;
}

/** Members, then group boxes, again until a pass moves nothing; false when they do not fit the frame. */
function settleInFrame(cy: Core, nodes: NodeCollection, frame: Rect, gap: number): boolean {
  for (let pass = 0; pass < 12; pass++) {
    const members = spreadMembers(nodes, gap, frame);
    const groups = spreadGroups(cy, gap, frame);
    if (members === 'stuck' || groups === 'stuck') return false;
    if (members === 'clean' && groups === 'clean') return true;
  }
  return false;
}

/**
 * More room: the drawing scaled by GROW about its centre. Labels then take less of it, except
 * once the map has a reading zoom (their size in the drawing is fixed): a group box would then
 * grow as fast as the room, so groups move apart whole and their members keep their places.
 */
function grow(cy: Core, nodes: NodeCollection, centre: Position, wholeGroups: boolean): void {
  const scaled = (p: Position) => ({ x: centre.x + (p.x - centre.x) * GROW, y: centre.y + (p.y - centre.y) * GROW });
  const groups = wholeGroups ? cy.nodes('[?isGroup]').filter((g) => g.children().nonempty()) : cy.collection();
  groups.forEach((g) => {
    const at = g.position();
    const to = scaled(at);
    g.children().positions((c) => ({ x: (c as NodeSingular).position('x') + to.x - at.x, y: (c as NodeSingular).position('y') + to.y - at.y }));
  });
  nodes.filter((n) => !wholeGroups || n.isOrphan()).positions((n) => scaled((n as NodeSingular).position()));
}

/**
 * Takes a layout's positions and moves nodes until no label overlaps another label or node and
 * no group box (with its title) overlaps another. Labels keep their screen size whatever the
 * zoom, so this is worked out at the zoom the map will be shown at, inside the canvas as seen at
 * that zoom: the final fit can then only zoom in, which makes labels smaller in the drawing and
 * keeps them apart. When they do not fit, the drawing gets more room, which on screen means
 * smaller nodes and ties; after two such steps the labels step down a size (see labelSize), as
 * sixty names cannot stand apart at 13px on a 1024x768 screen. Still too crowded at the smallest
 * size, the map gets a reading zoom (see cyStyle): the labels then keep their size in the
 * drawing, which grows until they stand apart, and it is shown whole with smaller type. Both are
 * kept on the map (it starts from what it has). Big maps are left as they are: their labels only
 * show when zoomed in (see cyStyle). Leaves the nodes at the returned positions.
 */
export function spreadLabels(cy: Core, target: Map<string, Position>, projector: boolean, padding: number, fitView: () => void): Map<string, Position> {
  const nodes = cy.nodes('[kind]');
  nodes.positions((n) => target.get((n as NodeSingular).id()) ?? (n as NodeSingular).position());
  if (isBigMap(cy)) return target;
  fitView();
  let zoom = Math.min(1, cy.zoom());
  const box = cy.elements().boundingBox();
  const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  let grows = 0;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    applyStyle(cy, projector, zoom);
    const { step, readingZoom } = labelScale(cy);
    const [hw, hh] = [(cy.width() / 2 - padding) / zoom, (cy.height() / 2 - padding) / zoom];
    const frame = { x1: centre.x - hw, y1: centre.y - hh, x2: centre.x + hw, y2: centre.y + hh };
    if (settleInFrame(cy, nodes, frame, GAP_PX / Math.max(zoom, readingZoom))) break;
    if (grows >= GROWS_BEFORE_STEP && step < lastLabelStep(projector)) {
      setLabelScale(cy, { step: step + 1 });
      continue;
    }
    if (grows >= GROWS_BEFORE_STEP + GROWS_BEFORE_READING_ZOOM && !readingZoom) setLabelScale(cy, { readingZoom: zoom });
    grows++;
    zoom /= GROW;
    grow(cy, nodes, centre, labelScale(cy).readingZoom > 0);
  }
  return new Map(nodes.map((n) => [n.id(), { ...n.position() }]));
}

/**
 * Saved positions shown again: fitted at the largest label size at which no label covers another
 * (the size the layout chose, unless the screen changed since); failing that, at the smallest
 * size with the lowest reading zoom that keeps them apart. A map crowded by hand, where nothing
 * helps, keeps the full size.
 */
export function fitClearLabels(cy: Core, projector: boolean, fitView: () => void): void {
  const nodes = cy.nodes('[kind]');
  // One screen pixel apart is enough here: the spread left GAP_PX, a refit moves labels by less.
  const clear = () => !anyOverlap(nodes.map(nodeItem), 1 / cy.zoom());
  const last = lastLabelStep(projector);
  for (let step = 0; step <= last; step++) {
    setLabelScale(cy, { step, readingZoom: 0 });
    fitView();
    if (clear()) return;
  }
  // The lowest reading zoom that keeps them apart, between the fitted zoom (labels meet) and
  // sixteen times that; halved in six tries (each a restyle), not walked up step by step.
  const clearAt = (readingZoom: number) => {
    setLabelScale(cy, { step: last, readingZoom });
    fitView();
    return clear();
  };
  let [lo, hi] = [cy.zoom(), cy.zoom() * 16];
  if (clearAt(hi)) {
    for (let i = 0; i < 6; i++) {
      const mid = Math.sqrt(lo * hi);
      [lo, hi] = clearAt(mid) ? [lo, mid] : [mid, hi];
    }
    if (clearAt(hi)) return;
  }
  setLabelScale(cy, { step: 0, readingZoom: 0 });
  fitView();
}
