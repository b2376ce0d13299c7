/** A rectangle relative to its item's anchor (a node's position, a group's centre). */
export interface Rect { x1: number; y1: number; x2: number; y2: number }

/** Something that moves as one: a node with its label, or a group box with its title. */
export interface SpacedItem { x: number; y: number; rects: readonly Rect[] }

export interface Spacing { moved: boolean; clear: boolean }

/** The union of an item's rects, in absolute coordinates, `pad` added all round. */
function extent(item: SpacedItem, pad = 0): Rect {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of item.rects) {
    x1 = Math.min(x1, r.x1);
    y1 = Math.min(y1, r.y1);
    x2 = Math.max(x2, r.x2);
    y2 = Math.max(y2, r.y2);
  }
  return { x1: item.x + x1 - pad, y1: item.y + y1 - pad, x2: item.x + x2 + pad, y2: item.y + y2 + pad };
}

const apart = (a: Rect, b: Rect) => a.x2 <= b.x1 || b.x2 <= a.x1 || a.y2 <= b.y1 || b.y2 <= a.y1;

/** Whether `a` at (x, y) comes within `gap` of any rect of `b`. */
function clashes(a: SpacedItem, x: number, y: number, b: SpacedItem, gap: number): boolean {
  for (const ra of a.rects) {
    for (const rb of b.rects) {
      const r1 = { x1: x + ra.x1 - gap, y1: y + ra.y1 - gap, x2: x + ra.x2 + gap, y2: y + ra.y2 + gap };
      const r2 = { x1: b.x + rb.x1, y1: b.y + rb.y1, x2: b.x + rb.x2, y2: b.y + rb.y2 };
      if (!apart(r1, r2)) return true;
    }
  }
  return false;
}

/**
 * Offsets in rings of growing radius, nearest first (the first is no move at all). Near rings
 * are `step` apart; farther out the rings and the points on them thin out (a tenth of the
 * radius): a spot far away need not be the nearest one exactly, and looking everywhere at the
 * fine step is what made a crowded map that cannot fit take seconds to find so.
 */
function* spiral(step: number, maxRadius: number): Generator<[number, number]> {
  yield [0, 0];
  for (let r = step, gap = step; r <= maxRadius; gap = Math.max(step, r / 10), r += gap) {
    const count = Math.ceil((2 * Math.PI * r) / gap);
    // Straight up and down first: labels are wide and short, so a small step up or down often clears them.
    for (let k = 0; k < count; k++) {
      const angle = Math.PI / 2 + (k % 2 ? -1 : 1) * Math.ceil(k / 2) * ((2 * Math.PI) / count);
      yield [r * Math.cos(angle), r * Math.sin(angle)];
    }
  }
}

/**
 * Places the items (in place) so that no two come within `gap` of each other, all inside `frame`
 * when one is given. Greedy: the first placed keep their place, and each next one takes the
 * free spot nearest to where the layout put it. It always ends; `clear`
 * is false when some item found no free spot inside the frame (too little room: the caller gives
 * more). Relaxing overlaps pair by pair instead can take thousands of rounds on a dense core.
 */
export function placeApart(items: SpacedItem[], gap: number, frame?: Rect): Spacing {
  const start = items.map((item) => ({ x: item.x, y: item.y }));
  let result: Spacing = { moved: false, clear: false };
  for (const order of ORDERS) {
    items.forEach((item, i) => Object.assign(item, start[i]));
    result = placeInOrder(items, gap, frame, order);
    if (result.clear) return result;
  }
  return result;
}

/**
 * Who is placed first: the middle of the drawing (the dense core keeps its shape), else the
 * outside (the edge fills first and the core takes what is left), else top to bottom or left to
 * right (a sweep leaves no hole behind it). A dense map can fit with one order and not another.
 */
type Order = (a: SpacedItem, b: SpacedItem, cx: number, cy: number) => number;
const ORDERS: Order[] = [
  (a, b, cx, cy) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy),
  (a, b, cx, cy) => Math.hypot(b.x - cx, b.y - cy) - Math.hypot(a.x - cx, a.y - cy),
  (a, b) => a.y - b.y || a.x - b.x,
  (a, b) => a.x - b.x || a.y - b.y,
];

function placeInOrder(items: SpacedItem[], gap: number, frame: Rect | undefined, by: Order): Spacing {
  const box = items.reduce((b, item) => {
    const e = extent(item);
    return { x1: Math.min(b.x1, e.x1), y1: Math.min(b.y1, e.y1), x2: Math.max(b.x2, e.x2), y2: Math.max(b.y2, e.y2) };
  }, { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity });
  const [cx, cy] = [(box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2];
  const order = [...items].sort((a, b) => by(a, b, cx, cy));
  const area = frame ?? { x1: box.x1 - box.x2 + box.x1, y1: box.y1 - box.y2 + box.y1, x2: 2 * box.x2 - box.x1, y2: 2 * box.y2 - box.y1 };
  const reach = Math.hypot(area.x2 - area.x1, area.y2 - area.y1);
  const step = Math.max(gap, 1);
  const placed: { item: SpacedItem; e: Rect }[] = [];
  let moved = false;
  for (const item of order) {
    const own = extent(item);
    let spot: [number, number] | null = null;
    for (const [dx, dy] of spiral(step, reach)) {
      const [x, y] = [item.x + dx, item.y + dy];
      const e = { x1: own.x1 + dx, y1: own.y1 + dy, x2: own.x2 + dx, y2: own.y2 + dy };
      if (frame && (e.x1 < frame.x1 || e.y1 < frame.y1 || e.x2 > frame.x2 || e.y2 > frame.y2)) continue;
      const grown = { x1: e.x1 - gap, y1: e.y1 - gap, x2: e.x2 + gap, y2: e.y2 + gap };
      if (placed.some((p) => !apart(grown, p.e) && clashes(item, x, y, p.item, gap))) continue;
      spot = [x, y];
      break;
    }
    // One that finds no room is enough to know this order fails: the caller tries another or gives more room.
    if (!spot) return { moved, clear: false };
    if (spot[0] !== item.x || spot[1] !== item.y) moved = true;
    [item.x, item.y] = spot;
    placed.push({ item, e: extent(item) });
  }
  return { moved, clear: true };
}

/**
 * Packs the items in rows (reading order of where they are now), the arrangement that fits the
 * most into a wide frame; for group boxes that placeApart could not fit. Picks the number per
 * row that leaves the most room, centres the rows in the frame; false when none fits.
 */
export function packInRows(items: SpacedItem[], gap: number, frame: Rect): boolean {
  const boxes = items.map((item) => ({ item, e: extent(item) }));
  boxes.sort((a, b) => a.e.y1 - b.e.y1 || a.e.x1 - b.e.x1);
  const [fw, fh] = [frame.x2 - frame.x1, frame.y2 - frame.y1];
  let best: { perRow: number; room: number; w: number; h: number } | null = null;
  for (let perRow = 1; perRow <= boxes.length; perRow++) {
    let [w, h] = [0, 0];
    for (let start = 0; start < boxes.length; start += perRow) {
      const row = boxes.slice(start, start + perRow);
      w = Math.max(w, row.reduce((sum, b) => sum + b.e.x2 - b.e.x1, 0) + gap * (row.length - 1));
      h += Math.max(...row.map((b) => b.e.y2 - b.e.y1)) + (start ? gap : 0);
    }
    const room = Math.min(fw / w, fh / h);
    if (room >= 1 && (!best || room > best.room)) best = { perRow, room, w, h };
  }
  if (!best) return false;
  let y = frame.y1 + (fh - best.h) / 2;
  for (let start = 0; start < boxes.length; start += best.perRow) {
    const row = boxes.slice(start, start + best.perRow);
    const rowH = Math.max(...row.map((b) => b.e.y2 - b.e.y1));
    let x = frame.x1 + (fw - best.w) / 2;
    for (const { item, e } of row) {
      item.x += x - e.x1;
      item.y += y + (rowH - (e.y2 - e.y1)) / 2 - e.y1;
      x += e.x2 - e.x1 + gap;
    }
    y += rowH + gap;
  }
  return true;
}

/** Whether any two items come within `gap` of each other; for checks after placeApart. */
export function anyOverlap(items: readonly SpacedItem[], gap: number): boolean {
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) if (clashes(items[i]!, items[i]!.x, items[i]!.y, items[j]!, gap - 1e-9)) return true;
  }
  return false;
}
