import type { Core, LayoutOptions, NodeSingular, Position } from 'cytoscape';
import type { MetricsRow } from '../../../shared/domain/relation';
import { buildStyle } from './cyStyle';
import { groupedPositions } from './groupedLayout';
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

// Measured (npm run bench): on 2,000 stakeholders the force-directed refinement takes about
// 100 s in Chromium without a GPU, the spectral draft about 1 s. Big maps get the draft and no
// animation; nobody reads 2,000 labels anyway, they filter or search.
const LARGE_MAP = 400;
const HUGE_MAP = 600;

function fcose(edgeLength: number, nodeCount: number): Options {
  const large = nodeCount > LARGE_MAP;
  return {
    name: 'fcose', quality: nodeCount > HUGE_MAP ? 'draft' : large ? 'default' : 'proof', randomize: true, nodeDimensionsIncludeLabels: !large,
    idealEdgeLength: edgeLength, nodeRepulsion: 4500 * (edgeLength / 80) ** 2, edgeElasticity: 0.4, gravity: 0.35,
    packComponents: !large, numIter: large ? 1500 : 2500,
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
    return;
  }
  if (mode === 'grouped') {
    cy.style(buildStyle({ projector: context.projector, zoom: 1 }));
    await glide(cy, groupedPositions(cy, cy.width(), cy.height(), context.projector), context.projector);
    return;
  }
  const before = new Map(nodes.map((n) => [n.id(), { ...n.position() }]));
  // Label sizes as they will be at zoom 1, so the layout leaves room for them.
  cy.style(buildStyle({ projector: context.projector, zoom: 1 }));
  const edgeLength = Math.min(160, Math.max(50, 0.75 * Math.sqrt((cy.width() * cy.height()) / nodes.length)));
  const eles = mode === 'concentric' ? nodes.union(cy.edges()) : cy.elements();
  const layout = eles.layout({ ...options(mode, context, edgeLength, nodes.length), animate: false, fit: false } as LayoutOptions);
  const stopped = layout.promiseOn('layoutstop');
  layout.run();
  await stopped;
  const target = fillCanvas(new Map(nodes.map((n) => [n.id(), { ...n.position() }])), cy.width(), cy.height());
  nodes.positions((n) => before.get((n as NodeSingular).id())!);
  await glide(cy, target, context.projector);
}

async function glide(cy: Core, target: Map<string, Position>, projector: boolean): Promise<void> {
  const nodes = cy.nodes('[kind]');
  const layout = nodes.layout({
    name: 'preset', positions: Object.fromEntries(target), animate: nodes.length <= LARGE_MAP, animationDuration: 450, fit: true, padding: PADDING,
  } as LayoutOptions);
  const stopped = layout.promiseOn('layoutstop');
  layout.run();
  await stopped;
  // Zoomed out, labels keep their screen size and so grow in the drawing: fit again with them.
  for (let i = 0; i < (nodes.length <= LARGE_MAP ? 3 : 1) && !cy.destroyed(); i++) {
    cy.style(buildStyle({ projector, zoom: cy.zoom() }));
    cy.fit(undefined, PADDING);
  }
}
