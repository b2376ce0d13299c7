import type { Core } from 'cytoscape';

/**
 * Performance marks for `npm run bench` (scripts/bench-map.ts reads them with page.evaluate).
 * "map:data" is when the map has everything it draws (registry and saved positions), "map:drawn"
 * the frame after Cytoscape's first render of it; "map:draw" measures between the two.
 */
const seen = new Set<string>();

/** Marks `what` arrived; the data mark is the last of them (the map needs both). */
export function markArrived(what: 'registry' | 'positions'): void {
  if (seen.has(what)) return;
  seen.add(what);
  performance.mark(`map:${what}`);
  if (seen.has('registry') && seen.has('positions')) performance.mark('map:data');
}

/** After the first render that shows stakeholders, the next frame is when they are on screen. */
export function markFirstDraw(cy: Core): void {
  if (seen.has('drawn') || cy.nodes().empty()) return;
  seen.add('drawn');
  cy.one('render', () => requestAnimationFrame(() => {
    performance.mark('map:drawn');
    if (performance.getEntriesByName('map:data').length > 0) performance.measure('map:draw', 'map:data', 'map:drawn');
  }));
}

/** Time of one layout run (the algorithm only, not the glide or the save). */
export function measureLayout(name: string, start: number): void {
  performance.measure(`map:layout:${name}`, { start, end: performance.now() });
}
