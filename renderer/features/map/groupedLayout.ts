import type { Core, NodeCollection, Position } from 'cytoscape';
import { labelSize } from './cyStyle';

/** Grid spacing of members at full size, in screen pixels at zoom 1. */
const COL = 125;
const ROW = 80;
const NODE = 34;
const PAD = 12;
const GAP = 24;

interface Block { ids: string[]; offsets: Position[]; cols: number; rows: number; titleW: number }
interface Sizes { labelW: number; labelH: number; title: number }

/**
 * Members in a few rows, every other column a little lower so that a tie along a row does not run
 * through the node between. Rows use the space better than circles: labels are wide and short.
 */
function block(members: NodeCollection, title: string, font: number, aspect: number): Block {
  // The group leader first (top left), then by name.
  const sorted = members.sort((a, b) => Number(b.data('leader')) - Number(a.data('leader')) || String(a.data('label')).localeCompare(String(b.data('label'))));
  const count = sorted.length;
  const cols = Math.min(count, Math.max(1, Math.round(Math.sqrt(count * aspect))));
  const rows = Math.ceil(count / cols);
  const offsets = sorted.map((_, i) => ({
    x: ((i % cols) - (cols - 1) / 2) * COL,
    y: (Math.floor(i / cols) - (rows - 1) / 2) * ROW + (count > 1 ? ((i % cols) % 2 ? ROW / 4 : -ROW / 4) : 0),
  }));
  // Bold title, about 0.62 of the font size per character.
  return { ids: sorted.map((n) => n.id()), offsets, cols, rows, titleW: title.length * font * 0.62 };
}

/**
 * The box a block takes when its grid is scaled by `s` and the map shown at `zoom`: labels,
 * titles and padding keep their screen size, so in the drawing they grow as the zoom shrinks.
 */
function extent(b: Block, s: number, zoom: number, z: Sizes): { w: number; h: number } {
  return {
    w: Math.max((b.cols - 1) * COL * s + (Math.max(z.labelW, NODE) + 2 * PAD) / zoom, b.titleW / zoom),
    h: ((b.rows - 1) * ROW + (b.rows > 1 || b.cols > 1 ? ROW / 2 : 0)) * s + NODE + (z.labelH + z.title + 2 * PAD) / zoom,
  };
}

/** Rows of `perRow` blocks; returns each block's centre and the overall size. */
function pack(sizes: { w: number; h: number }[], perRow: number): { centres: Position[]; w: number; h: number } {
  const centres: Position[] = [];
  let y = 0;
  let w = 0;
  for (let start = 0; start < sizes.length; start += perRow) {
    const row = sizes.slice(start, start + perRow);
    const rowH = Math.max(...row.map((b) => b.h));
    let x = 0;
    for (const b of row) {
      centres.push({ x: x + b.w / 2, y: y + rowH / 2 });
      x += b.w + GAP;
    }
    w = Math.max(w, x - GAP);
    y += rowH + GAP;
  }
  return { centres, w, h: y - GAP };
}

/**
 * "By small group": every group (and the stakeholders without one) gets its own box, the boxes
 * packed in rows. The grid shrinks step by step until everything fits a `width` x `height`
 * canvas at zoom 1, so labels keep their full size on the projector.
 */
export function groupedPositions(cy: Core, width: number, height: number, projector: boolean): Map<string, Position> {
  const { font, maxWidth } = labelSize(projector);
  const z: Sizes = { labelW: maxWidth + 8, labelH: 2.5 * font, title: 1.6 * font };
  const groups = cy.nodes('[?isGroup]').map((box) => ({ members: box.children('[kind]'), title: String(box.data('label')) }))
    .filter((g) => g.members.nonempty());
  const loose = cy.nodes('[kind]').orphans();
  if (loose.nonempty()) groups.push({ members: loose, title: '' });
  // Wider or taller grids per group, grid scale, groups per row. Each candidate is shown at the
  // zoom that fits it; the winner has the widest spacing on screen (grid scale times zoom).
  type Choice = { s: number; zoom: number; blocks: Block[]; layout: ReturnType<typeof pack> };
  let chosen: Choice = { s: 1, zoom: 0, blocks: [], layout: { centres: [], w: 1, h: 1 } };
  for (const s of [1, 0.85, 0.7, 0.55, 0.4]) {
    for (const aspect of [0.7, 1.2, 2, 3.5]) {
      const blocks = groups.map((g) => block(g.members, g.title, font, aspect));
      for (let perRow = 1; perRow <= blocks.length; perRow++) {
        let zoom = 1;
        let layout = pack(blocks.map((b) => extent(b, s, zoom, z)), perRow);
        for (let i = 0; i < 4; i++) {
          zoom = Math.min(1, (width - 40) / layout.w, (height - 40) / layout.h);
          layout = pack(blocks.map((b) => extent(b, s, zoom, z)), perRow);
        }
        if (s * zoom > chosen.s * chosen.zoom) chosen = { s, zoom, blocks, layout };
      }
    }
  }
  const { s, layout, blocks } = chosen;
  const positions = new Map<string, Position>();
  blocks.forEach((b, i) => {
    // The title sits above the box and the labels below the nodes: shift the grid to match.
    const centre = { x: layout.centres[i]!.x, y: layout.centres[i]!.y + (z.title - z.labelH) / 2 / chosen.zoom };
    b.ids.forEach((id, k) => positions.set(id, { x: centre.x + b.offsets[k]!.x * s, y: centre.y + b.offsets[k]!.y * s }));
  });
  return positions;
}
