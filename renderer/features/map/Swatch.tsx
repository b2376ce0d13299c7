import type { Arrow, Shape } from './kindLook';

/** Regular polygon points in a 20x20 box, first corner at the top. */
function polygon(corners: number, radius = 9, inner?: number): string {
  const points: string[] = [];
  const steps = inner ? corners * 2 : corners;
  for (let i = 0; i < steps; i++) {
    const r = inner && i % 2 === 1 ? inner : radius;
    const a = -Math.PI / 2 + (i * 2 * Math.PI) / steps;
    points.push(`${(10 + r * Math.cos(a)).toFixed(1)},${(10 + r * Math.sin(a)).toFixed(1)}`);
  }
  return points.join(' ');
}

const outline = { stroke: '#1d1b16', strokeWidth: 1.2 };

/** A node's shape and colour as the map draws it, for the legend. */
export function NodeSwatch({ shape, color }: { shape: Shape; color: string }) {
  const body = {
    ellipse: <circle cx="10" cy="10" r="8.5" fill={color} {...outline} />,
    'round-rectangle': <rect x="2" y="3" width="16" height="14" rx="3" fill={color} {...outline} />,
    star: <polygon points={polygon(5, 9.5, 4)} fill={color} {...outline} />,
    triangle: <polygon points="10,1.5 18.5,17.5 1.5,17.5" fill={color} {...outline} />,
    diamond: <polygon points="10,1 19,10 10,19 1,10" fill={color} {...outline} />,
    hexagon: <polygon points={polygon(6)} fill={color} {...outline} />,
    pentagon: <polygon points={polygon(5)} fill={color} {...outline} />,
  }[shape];
  return <svg className="swatch" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">{body}</svg>;
}

function head(arrow: Arrow, color: string) {
  return {
    triangle: <polygon points="34,5 44,10 34,15" fill={color} />,
    vee: <polygon points="33,4 44,10 33,16 36,10" fill={color} />,
    circle: <circle cx="39" cy="10" r="4.5" fill={color} />,
    square: <rect x="35" y="6" width="8" height="8" fill={color} />,
    diamond: <polygon points="34,10 39,5 44,10 39,15" fill={color} />,
    tee: <rect x="39" y="3" width="3" height="14" fill={color} />,
  }[arrow];
}

/** A tie as the map draws it: colour, arrow head, and dashed when traditional. */
export function TieSwatch({ color, arrow, dashed }: { color: string; arrow: Arrow; dashed?: boolean }) {
  return (
    <svg className="swatch" viewBox="0 0 46 20" width="46" height="20" aria-hidden="true">
      <line x1="2" y1="10" x2="35" y2="10" stroke={color} strokeWidth="2.5" strokeDasharray={dashed ? '5 3' : undefined} />
      {head(arrow, color)}
    </svg>
  );
}
