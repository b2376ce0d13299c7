import type { Core, NodeCollection, NodeSingular, Position } from 'cytoscape';
import { labelSize, labelStep } from './cyStyle';

/**
 * Screen pixels (they keep their size at any zoom, like the labels): room between two labels,
 * the group box's padding (cyStyle's), the room between two group boxes, the edge of the canvas.
 */
const GAP = 6;
const PAD = 12;
const BETWEEN = 14;
const EDGE = 29;
const MIN_ZOOM = 0.15;

/** A group's members in order, their label sizes at zoom 1 (screen pixels), node size in drawing units. */
interface Group { ids: string[]; labels: Size[]; node: number; title: TitleSize }
/** A group's grid: label sizes per column and row and the title at zoom 1 (screen pixels), nodes in drawing units. */
interface Block { ids: string[]; cols: number; colW: number[]; rowH: number[]; node: number; title: TitleSize }
interface TitleSize { w: number; h: number }
interface Size { w: number; h: number }

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** Each column as wide as its widest label, each row as tall as its node and tallest label, at `zoom`. */
const colWidths = (b: Block, zoom: number) => b.colW.map((w) => Math.max(b.node, w / zoom) + GAP / zoom);
const rowHeights = (b: Block, zoom: number) => b.rowH.map((h) => b.node + (h + GAP) / zoom);
/** Every other column a little lower, so that a tie along a row does not run through the node between. */
const stagger = (b: Block) => (b.cols > 1 && b.rowH.length > 1 ? b.node * 0.6 : 0);

/** The box a block takes at `zoom`, its title above it included. */
function extent(b: Block, zoom: number): Size {
  return {
    w: Math.max(sum(colWidths(b, zoom)) + (2 * PAD) / zoom, b.title.w / zoom),
    h: sum(rowHeights(b, zoom)) + stagger(b) + (2 * PAD + b.title.h) / zoom,
  };
}

/** The group leader first (top left), then by name; each with its label's size. */
function groupOf(members: NodeCollection, title: TitleSize): Group {
  const sorted = members.sort((a, b) => Number(b.data('leader')) - Number(a.data('leader')) || String(a.data('label')).localeCompare(String(b.data('label'))));
  const labels = sorted.map((n) => n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false }));
  return { ids: sorted.map((n) => n.id()), labels, node: Math.max(...sorted.map((n) => n.outerWidth())), title };
}

/** Members in `cols` columns (rows use the space better than circles: labels are wide and short). */
function grid(g: Group, cols: number): Block {
  const colW = Array.from({ length: cols }, () => 0);
  const rowH = Array.from({ length: Math.ceil(g.ids.length / cols) }, () => 0);
  g.labels.forEach((l, i) => {
    colW[i % cols] = Math.max(colW[i % cols]!, l.w);
    rowH[Math.floor(i / cols)] = Math.max(rowH[Math.floor(i / cols)]!, l.h);
  });
  return { ids: g.ids, cols, colW, rowH, node: g.node, title: g.title };
}

/** The grid of about `aspect` columns per row; 'least': the one with the least area at a middling zoom. */
function shaped(g: Group, aspect: number | 'least'): Block {
  if (aspect === 'least') {
    // A short group often fits in one row under its title.
    const area = (b: Block) => extent(b, 0.6).w * extent(b, 0.6).h;
    return [0.3, 0.5, 0.8, 1.2, 2, 3.5, 6, 10, 20].map((a) => shaped(g, a)).reduce((best, b) => (area(b) < area(best) ? b : best));
  }
  return grid(g, Math.min(g.ids.length, Math.max(1, Math.round(Math.sqrt(g.ids.length * aspect)))));
}

/**
 * A group's title as cyStyle draws it (bold, the label size, above the box), in screen pixels.
 * Measured on a canvas: Cytoscape's own box for a group's label spans the whole group.
 */
function titleSize(text: string, projector: boolean, step: number): TitleSize {
  if (!text) return { w: 0, h: 0 };
  const { font } = labelSize(projector, step);
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return { w: text.length * font * 0.62, h: font * 1.4 + 4 };
  ctx.font = `bold ${font}px system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif`;
  return { w: ctx.measureText(text).width + 12, h: font * 1.4 + 4 };
}

/**
 * Tallest boxes first, each where its top can be highest (then leftmost) within `maxW`: a skyline
 * packing, which fills the room beside one tall group with the short ones. Each box's centre and
 * the overall size.
 */
function skyline(sizes: Size[], maxW: number, gap: number): { centres: Position[]; w: number; h: number } {
  const order = sizes.map((_, i) => i).sort((i, j) => sizes[j]!.h - sizes[i]!.h || sizes[j]!.w - sizes[i]!.w);
  const placed: { x: number; y: number; w: number; h: number }[] = [];
  const centres: Position[] = [];
  let [w, h] = [0, 0];
  for (const i of order) {
    const b = sizes[i]!;
    // Candidate left edges: the canvas edge and the right of every placed box.
    let best: { x: number; y: number } | null = null;
    for (const x of [0, ...placed.map((p) => p.x + p.w + gap)]) {
      if (x > 0 && x + b.w > maxW) continue;
      const y = Math.max(0, ...placed.filter((p) => p.x < x + b.w + gap && x < p.x + p.w + gap).map((p) => p.y + p.h + gap));
      if (!best || y < best.y || (y === best.y && x < best.x)) best = { x, y };
    }
    const at = best ?? { x: 0, y: h + gap };
    placed.push({ ...at, w: b.w, h: b.h });
    centres[i] = { x: at.x + b.w / 2, y: at.y + b.h / 2 };
    w = Math.max(w, at.x + b.w);
    h = Math.max(h, at.y + b.h);
  }
  return { centres, w, h };
}

/** How the boxes are packed and how well they fit a `roomW` x `roomH` room (screen pixels). */
function packing(roomW: number, roomH: number) {
  const arrange = (blocks: Block[], zoom: number) => skyline(blocks.map((b) => extent(b, zoom)), roomW / zoom, BETWEEN / zoom);
  /** How many times too big for the room the packed boxes are at `zoom` (1 or less: they fit). */
  const overflow = (blocks: Block[], zoom: number) => {
    const { w, h } = arrange(blocks, zoom);
    return Math.max((w * zoom) / roomW, (h * zoom) / roomH);
  };
  /** The largest zoom the boxes fit at (smaller zooms shrink nodes, not labels: what fits at one zoom fits at any smaller one). */
  const largestZoom = (blocks: Block[]) => {
    let [lo, hi] = [MIN_ZOOM, 1];
    if (overflow(blocks, hi) <= 1) return hi;
    for (let i = 0; i < 18; i++) [lo, hi] = overflow(blocks, (lo + hi) / 2) <= 1 ? [(lo + hi) / 2, hi] : [lo, (lo + hi) / 2];
    return lo;
  };
  /** Larger zoom first; when neither fits even at the smallest zoom, the one that overflows less. */
  const score = (blocks: Block[]) => ({ blocks, zoom: largestZoom(blocks), over: overflow(blocks, MIN_ZOOM) });
  return { arrange, score };
}
type Scored = ReturnType<ReturnType<typeof packing>['score']>;
const better = (a: Scored, b: Scored) => a.zoom > b.zoom + 1e-9 || (Math.abs(a.zoom - b.zoom) <= 1e-9 && a.over < b.over - 1e-9);

/** Where each stakeholder goes, whether the boxes fit, how many times too big they are at the smallest zoom, and the zoom they are made for. */
export interface GroupedPlacement { positions: Map<string, Position>; fits: boolean; overflow: number; zoom: number }

/**
 * "By small group": every group (and the stakeholders without one) gets its own box, the boxes
 * packed as wide as the canvas. The grid shapes start alike for all groups (the one shown at the
 * largest zoom on a `width` x `height` canvas wins), then each group's number of columns is
 * changed on its own while that lets the whole be shown larger: a long group lies flat beside a
 * tall one. Cells are as large as the labels at that zoom, so no two labels meet. `fits` is false
 * when even the smallest zoom leaves the boxes too big for the canvas: the caller then tries
 * smaller labels.
 */
export function groupedPositions(cy: Core, width: number, height: number, projector: boolean): GroupedPlacement {
  const step = labelStep(cy);
  const groups = cy.nodes('[?isGroup]')
    .map((box: NodeSingular) => ({ members: box.children('[kind]'), title: titleSize(String(box.data('label')), projector, step) }))
    .filter((g) => g.members.nonempty())
    .map((g) => groupOf(g.members, g.title));
  const loose = cy.nodes('[kind]').orphans();
  if (loose.nonempty()) groups.push(groupOf(loose, { w: 0, h: 0 }));
  const positions = new Map<string, Position>();
  if (groups.length === 0) return { positions, fits: true, overflow: 0, zoom: 1 };
  const { arrange, score } = packing(width - 2 * EDGE, height - 2 * EDGE);
  let chosen = (['least', 0.5, 0.8, 1.2, 2, 3.5, 6] as const).map((aspect) => score(groups.map((g) => shaped(g, aspect)))).reduce((a, b) => (better(b, a) ? b : a));
  for (let round = 0, improved = true; improved && round < 4; round++) {
    improved = false;
    groups.forEach((g, i) => {
      for (let cols = 1; cols <= g.ids.length; cols++) {
        if (cols === chosen.blocks[i]!.cols) continue;
        const tried = score(chosen.blocks.map((b, j) => (j === i ? grid(g, cols) : b)));
        if (better(tried, chosen)) [chosen, improved] = [tried, true];
      }
    });
  }
  const { zoom, blocks } = chosen;
  const { centres } = arrange(blocks, zoom);
  blocks.forEach((b, i) => {
    const size = extent(b, zoom);
    const [widths, heights] = [colWidths(b, zoom), rowHeights(b, zoom)];
    const left = centres[i]!.x - sum(widths) / 2;
    // Title on top, then the padding, then the rows; each node's label hangs below it in its row.
    const top = centres[i]!.y - size.h / 2 + (b.title.h + PAD) / zoom;
    b.ids.forEach((id, k) => {
      const [col, row] = [k % b.cols, Math.floor(k / b.cols)];
      positions.set(id, {
        x: left + sum(widths.slice(0, col)) + widths[col]! / 2,
        y: top + sum(heights.slice(0, row)) + b.node / 2 + (col % 2 ? stagger(b) : 0),
      });
    });
  });
  return { positions, fits: chosen.over <= 1, overflow: chosen.over, zoom };
}
