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

/** Points in the 20x20 box, for the shapes that are plain polygons. */
const points: Partial<Record<Shape, string>> = {
  triangle: '10,1.5 18.5,17.5 1.5,17.5',
  vee: '1.5,2 10,7 18.5,2 10,18.5',
  tag: '1.5,3 13,3 18.5,10 13,17 1.5,17',
  rhomboid: '1.5,3 14.5,3 18.5,17 5.5,17',
  diamond: '10,1 19,10 10,19 1,10',
  'concave-hexagon': '1.5,2.5 18.5,2.5 15,10 18.5,17.5 1.5,17.5 5,10',
  star: polygon(5, 9.5, 4),
  pentagon: polygon(5),
  hexagon: polygon(6),
};

/** A node's shape and colour as the map draws it, for the legend. */
export function NodeSwatch({ shape, color }: { shape: Shape; color: string }) {
  const paint = { fill: color, ...outline };
  const polygonPoints = points[shape];
  const body = polygonPoints ? <polygon points={polygonPoints} {...paint} /> : {
    ellipse: <circle cx="10" cy="10" r="8.5" {...paint} />,
    'round-rectangle': <rect x="2" y="3" width="16" height="14" rx="3" {...paint} />,
    rectangle: <rect x="2" y="3" width="16" height="14" {...paint} />,
    'bottom-round-rectangle': <path d="M2,3 H18 V12 Q18,17 13,17 H7 Q2,17 2,12 Z" {...paint} />,
    'round-diamond': <rect x="4" y="4" width="12" height="12" rx="2.5" transform="rotate(45 10 10)" {...paint} />,
  }[shape as 'ellipse'];
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
