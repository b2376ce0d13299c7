import type { Core, LayoutOptions, NodeSingular, Position } from 'cytoscape';
import type { MetricsRow } from '../../../shared/domain/relation';
import { detail } from './bigMapDetail';
import { applyStyle, isBigMap, lastLabelStep, setLabelScale } from './cyStyle';
import { groupedPositions } from './groupedLayout';
import { measureLayout } from './mapMarks';
import { fitClearLabels, spreadLabels } from './spreadLabels';
import type { LayoutMode, MetricKey } from './mapState';
import type { Positions } from './syncElements';

interface LayoutContext {
  metrics: MetricsRow[];
  concentricBy: MetricKey;
  saved: Positions;
  projector: boolean;
}

const PADDING = 28;

/** Force-directed: ties pull, everyone pushes; labels count as part of a node so they overlap less. */
type Options = Record<string, unknown>;

// Measured (npm run bench, Chromium without a GPU, on a busy 2-core machine): 'proof' takes
// 2.5-8 s on 300 stakeholders and about 100 s on 2,000; 'default' with 1,000 iterations about
// 1.2 s on 300, and the spectral draft 1-3 s on 2,000. Big maps get the draft and no
// animation; nobody reads 2,000 labels anyway, they filter or search. After its spectral
// draft, 'default' starts the forces at half fcose's energy (0.15): the draft is already near,
// and the forces settle in about 460 steps instead of 650 (300/900: 0.9 s instead of 1.2 s in
// the same run), ties as long and as even, as few stakeholders close together.
const LARGE_MAP = 400;
const HUGE_MAP = 600;
const PROOF_UP_TO = 150;

function fcose(edgeLength: number, nodeCount: number): Options {
  const large = nodeCount > LARGE_MAP;
  const quality = nodeCount > HUGE_MAP ? 'draft' : nodeCount > PROOF_UP_TO ? 'default' : 'proof';
  return {
    name: 'fcose', quality, randomize: true, nodeDimensionsIncludeLabels: !large,
    idealEdgeLength: edgeLength, nodeRepulsion: 4500 * (edgeLength / 80) ** 2, edgeElasticity: 0.4, gravity: 0.35,
    // Isolated stakeholders are tiled beside the drawing instead of being pushed around by it.
    tile: true, packComponents: !large, numIter: quality === 'proof' ? 2500 : 1000,
    ...(quality === 'default' ? { initialEnergyOnIncremental: 0.15 } : {}),
  };
}

function options(mode: 'fcose' | 'concentric', { metrics, concentricBy }: LayoutContext, edgeLength: number, nodeCount: number): Options {
  switch (mode) {
    case 'fcose':
      return fcose(edgeLength, nodeCount);
    case 'concentric': {
      const value = new Map(metrics.map((r) => [r.stakeholderId, r[concentricBy]]));
      const max = Math.max(0, ...value.values());
      // Five rings at most, the highest values in the middle.
      return {
        name: 'concentric', concentric: (n: NodeSingular) => value.get(n.id()) ?? 0, levelWidth: () => (max > 0 ? max / 4.5 : 1),
        minNodeSpacing: edgeLength / 3, startAngle: (3 / 2) * Math.PI, nodeDimensionsIncludeLabels: true,
      };
    }
  }
}

/**
 * Stretches or shrinks the drawing to the canvas, so that at zoom 1 it fills the screen: labels
 * then show at their full size instead of being zoomed down (the projector needs every pixel).
 * Width and height may scale differently (up to 1.8 times): labels are wide, screens are wide.
 */
function fillCanvas(target: Map<string, Position>, width: number, height: number): Map<string, Position> {
  const xs = [...target.values()].map((p) => p.x);
  const ys = [...target.values()].map((p) => p.y);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Room for the labels: half a label to each side, one line below.
  const room = { w: width - 2 * PADDING - 110, h: height - 2 * PADDING - 50 };
  const clamp = (v: number) => Math.min(3, Math.max(0.3, v));
  let sx = clamp(x2 > x1 ? room.w / (x2 - x1) : 1);
  let sy = clamp(y2 > y1 ? room.h / (y2 - y1) : 1);
  sx = Math.min(sx, sy * 1.8);
  sy = Math.min(sy, sx * 1.8);
  const [cx, cy] = [(x1 + x2) / 2, (y1 + y2) / 2];
  return new Map([...target].map(([id, p]) => [id, { x: cx + (p.x - cx) * sx, y: cy + (p.y - cy) * sy }]));
}

/** Runs a layout on what is shown and resolves when the nodes have glided to their new places. */
export async function runLayout(cy: Core, mode: LayoutMode, context: LayoutContext): Promise<void> {
  const nodes = cy.nodes('[kind]');
  if (nodes.empty()) return;
  if (mode === 'saved') {
    await glide(cy, new Map(nodes.map((n) => [n.id(), context.saved.get(n.id()) ?? n.position()])), context.projector);
    showSaved(cy, context.projector);
    return;
  }
  const before = new Map(nodes.map((n) => [n.id(), { ...n.position() }]));
  if (mode === 'grouped') {
    await settle(cy, before, groupedAtLargestLabels(cy, context.projector), context.projector);
    return;
  }
  // Label sizes as they will be at zoom 1, so the layout leaves room for them; full size to start.
  setLabelScale(cy, { step: 0, readingZoom: 0 });
  applyStyle(cy, context.projector, 1);
  // Room is left by measuring the labels: a big map draws its own first (fcose on a large one
  // leaves them out).
  if (mode === 'concentric' || nodes.length <= LARGE_MAP) detail(cy, 'everywhere');
  const edgeLength = Math.min(160, Math.max(50, 0.75 * Math.sqrt((cy.width() * cy.height()) / nodes.length)));
  const eles = mode === 'concentric' ? nodes.union(cy.edges()) : cy.elements();
  const layout = eles.layout({ ...options(mode, context, edgeLength, nodes.length), animate: false, fit: false } as LayoutOptions);
  const stopped = layout.promiseOn('layoutstop');
  const start = performance.now();
  layout.run();
  await stopped;
  measureLayout(mode, start);
  const placed = new Map(nodes.map((n) => [n.id(), { ...n.position() }]));
  // A big map is not squeezed to the canvas: its hundreds of nodes would cover each other at
  // zoom 1. It keeps the layout's spacing and is shown zoomed out, labels appearing as one zooms in.
  await settle(cy, before, isBigMap(cy) ? placed : fillCanvas(placed, cy.width(), cy.height()), context.projector);
}

/**
 * By small group with the largest labels whose groups all fit the canvas. When even the smallest
 * do not, the groups are laid out for a canvas as much larger as needed and shown smaller, with
 * a reading zoom at which the labels have their size again (see cyStyle).
 */
function groupedAtLargestLabels(cy: Core, projector: boolean): Map<string, Position> {
  // The boxes are packed by their members' labels: a big map's are worked out first.
  detail(cy, 'everywhere');
  const place = (scale: number) => {
    applyStyle(cy, projector, 1);
    return groupedPositions(cy, cy.width() * scale, cy.height() * scale, projector);
  };
  let placed: ReturnType<typeof groupedPositions> | undefined;
  for (let step = 0; step <= lastLabelStep(projector) && !placed?.fits; step++) {
    setLabelScale(cy, { step, readingZoom: 0 });
    placed = place(1);
  }
  if (placed!.fits) return placed!.positions;
  const larger = place(placed!.overflow * 1.05);
  setLabelScale(cy, { readingZoom: larger.zoom });
  return larger.positions;
}

/** Saved positions on opening the map or going back to them: fitted with the labels as large as stay clear. */
export function showSaved(cy: Core, projector: boolean): void {
  if (isBigMap(cy)) {
    // Its ties are straight lines between its nodes, so the nodes' box (labels included) is the
    // drawing's box: measuring it leaves out the thousands of ties, whose geometry the fit would
    // otherwise work out here and again for the first frame.
    cy.fit(cy.nodes(), PADDING);
    return;
  }
  fitClearLabels(cy, projector, () => fitWithLabels(cy, projector));
}

/**
 * The positions as they are, spread so that no label overlaps another on this canvas at this
 * label size: for the wall, whose canvas and type differ from the screen the layout was made on.
 * Groups in boxes are laid out by group again for the wall instead: their boxes were packed for
 * the other screen. Shown only; the caller decides whether to save.
 */
export async function spreadAsShown(cy: Core, projector: boolean): Promise<void> {
  const nodes = cy.nodes('[kind]');
  if (nodes.empty() || cy.destroyed()) return;
  const now = new Map(nodes.map((n) => [n.id(), { ...n.position() }]));
  // Worked out again for this canvas and type, from the full size.
  setLabelScale(cy, { step: 0, readingZoom: 0 });
  const target = cy.nodes('[?isGroup]').nonempty() ? groupedAtLargestLabels(cy, projector) : now;
  await settle(cy, now, target, projector);
}

/**
 * Spreads the layout's result until no label overlaps another (worked out where the glide will
 * end, with the labels at their final size), then glides there from where the nodes were.
 */
async function settle(cy: Core, before: Map<string, Position>, target: Map<string, Position>, projector: boolean): Promise<void> {
  const start = performance.now();
  // Worked out at the final view; the glide starts from the view as it was.
  const view = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  const spread = spreadLabels(cy, target, projector, PADDING, () => fitWithLabels(cy, projector));
  measureLayout('spread', start);
  cy.nodes('[kind]').positions((n) => before.get((n as NodeSingular).id())!);
  cy.viewport(view);
  applyStyle(cy, projector);
  await glide(cy, spread, projector);
}

/**
 * Zoomed out, labels keep their screen size and so grow in the drawing: fit again with them.
 * A big map's labels do not (see cyStyle), so the first fit stands: each fit is a full redraw.
 */
function fitWithLabels(cy: Core, projector: boolean): void {
  for (let i = 0; i < (isBigMap(cy) ? 0 : 3) && !cy.destroyed(); i++) {
    applyStyle(cy, projector);
    cy.fit(undefined, PADDING);
  }
}

async function glide(cy: Core, target: Map<string, Position>, projector: boolean): Promise<void> {
  const nodes = cy.nodes('[kind]');
  const layout = nodes.layout({
    name: 'preset', positions: Object.fromEntries(target), animate: nodes.length <= LARGE_MAP, animationDuration: 450, fit: true, padding: PADDING,
  } as LayoutOptions);
  const stopped = layout.promiseOn('layoutstop');
  layout.run();
  await stopped;
  fitWithLabels(cy, projector);
}
