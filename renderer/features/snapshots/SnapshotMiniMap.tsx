import type { MiniMap } from '../../../shared/domain/snapshot';
import type { StakeholderKind } from '../../../shared/domain/stakeholder';
import { nodeLook } from '../map/kindLook';

const W = 400, H = 300, PAD = 24;
/** Beyond this many nodes the names would cover the drawing; the legend and the lists name them. */
const MAX_LABELS = 40;

export interface Frame { toX: (x: number) => number; toY: (y: number) => number; ring: Map<string, { x: number; y: number }> }

/**
 * One frame for both maps, so a node stays in the same place left and right. Nodes without a saved
 * position (added since, or from an older snapshot) sit on a ring around the drawing.
 */
export function sharedFrame(maps: MiniMap[]): Frame {
  const placed = maps.flatMap((m) => m.nodes).filter((n) => n.x !== null && n.y !== null);
  const xs = placed.map((n) => n.x!), ys = placed.map((n) => n.y!);
  const [minX, maxX, minY, maxY] = xs.length ? [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)] : [0, 1, 0, 1];
  const scale = Math.min((W - 2 * PAD) / Math.max(maxX - minX, 1), (H - 2 * PAD) / Math.max(maxY - minY, 1));
  const unplaced = [...new Set(maps.flatMap((m) => m.nodes).filter((n) => n.x === null || n.y === null).map((n) => n.id))];
  const ring = new Map(unplaced.map((id, i) => {
    const a = (2 * Math.PI * i) / unplaced.length;
    return [id, { x: W / 2 + (W / 2 - PAD / 2) * Math.cos(a), y: H / 2 + (H / 2 - PAD / 2) * Math.sin(a) }] as const;
  }));
  return { toX: (x) => PAD + (x - minX) * scale, toY: (y) => PAD + (y - minY) * scale, ring };
}

/** Names near the left or right edge grow inwards, so none is cut off. */
const anchorAt = (x: number) => (x < 70 ? 'start' : x > W - 70 ? 'end' : 'middle');

/** A small read-only drawing of one side of a comparison: new things drawn bold, lost things dashed. */
export function SnapshotMiniMap({ map, frame, label }: { map: MiniMap; frame: Frame; label: string }) {
  const at = new Map(map.nodes.map((n) => [n.id, n.x !== null && n.y !== null ? { x: frame.toX(n.x), y: frame.toY(n.y) } : frame.ring.get(n.id)!]));
  const labels = map.nodes.length <= MAX_LABELS;
  return (
    <figure className="mini-map">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        {map.edges.map((e, i) => {
          const [a, b] = [at.get(e.source), at.get(e.target)];
          if (!a || !b) return null;
          return <line key={i} x1={a.x} y1={a.y} x2={b.x} y2={b.y} className={`mini-edge ${e.change}`} />;
        })}
        {map.nodes.map((n) => {
          const p = at.get(n.id)!;
          return (
            <g key={n.id} className={`mini-node ${n.change}`}>
              <circle cx={p.x} cy={p.y} r={n.change === 'same' ? 6 : 8} fill={nodeLook(n.kind as StakeholderKind)?.color ?? '#999'}>
                <title>{n.name}</title>
              </circle>
              {labels && <text x={p.x} y={p.y + 17} textAnchor={anchorAt(p.x)}>{n.name}</text>}
            </g>
          );
        })}
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
