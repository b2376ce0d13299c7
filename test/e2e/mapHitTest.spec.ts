import { expect, test } from './fixtures';
import { MapPage } from './pages/MapPage';

/**
 * The map's quicker "what is under the mouse" (quickHitTest.ts) must answer exactly as
 * Cytoscape's own test: compared on the demo map, as drawn, at every node, on every tie's
 * middle and arrow heads, and on a grid over the canvas, at two zooms and after the nodes moved
 * (its boxes are kept between mouse moves, so they must follow the drawing).
 */
test('the quick hit test finds the same stakeholder or tie as Cytoscape at every point tried', async ({ page, home }) => {
  const map = new MapPage(page);
  await home.goto();
  await home.openRegistryDemo();
  await map.open();
  await map.expectCounts(34, 88);

  const compared = await page.evaluate(async () => {
    const host = document.querySelector('[data-testid="map-canvas"]') as HTMLElement & { _cyreg: { cy: import('cytoscape').Core } };
    const cy = host._cyreg.cy;
    type Find = (x: number, y: number, interactive: boolean, touch: boolean) => { id: () => string }[];
    const r = (cy as unknown as { renderer: () => { findNearestElements: Find } }).renderer();
    const full = Object.getPrototypeOf(r).findNearestElements as Find;
    const ids = (found: { id: () => string }[]) => found.map((e) => e.id()).join(',');
    let points = 0;
    let hits = 0;
    const mismatches: string[] = [];
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const opened = cy.zoom();
    for (const step of ['opened', 'zoomed in', 'moved']) {
      const zoom = step === 'opened' ? opened : opened * 2.5;
      cy.zoom({ level: zoom, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      if (step === 'moved') {
        ids(r.findNearestElements(0, 0, true, false)); // boxed before the move
        cy.nodes('[kind]').forEach((n, i) => void n.shift({ x: i % 2 ? 25 : -15, y: i % 3 ? 20 : -30 }));
      }
      await frame(); // drawn at this zoom: the ties' geometry is worked out
      const spots: [number, number][] = [];
      cy.nodes().forEach((n) => void spots.push([n.position('x'), n.position('y')], [n.position('x') + n.outerWidth() / 2 + 1, n.position('y')]));
      cy.edges().forEach((e) => {
        const rs = (e as unknown as { _private: { rscratch: Record<string, number> } })._private.rscratch;
        spots.push([rs.midX!, rs.midY!], [rs.arrowEndX!, rs.arrowEndY!], [rs.arrowStartX!, rs.arrowStartY!], [rs.midX! + 3 / zoom, rs.midY!]);
      });
      const ext = cy.extent();
      for (let i = 0; i <= 40; i++) for (let j = 0; j <= 30; j++) spots.push([ext.x1 + (ext.w * i) / 40, ext.y1 + (ext.h * j) / 30]);
      for (const [x, y] of spots) {
        for (const touch of [false, true]) {
          const quick = ids(r.findNearestElements(x, y, true, touch));
          const own = ids(full.call(r, x, y, true, touch));
          points += 1;
          if (own) hits += 1;
          if (quick !== own) mismatches.push(`(${x.toFixed(1)}, ${y.toFixed(1)}${touch ? ', touch' : ''}): ${quick} vs ${own}`);
        }
      }
    }
    return { installed: r.findNearestElements !== full, points, hits, mismatches: mismatches.slice(0, 10) };
  });
  expect(compared.installed).toBe(true);
  expect(compared.mismatches).toEqual([]);
  // Enough of the points land on something for the comparison to mean anything.
  expect(compared.hits).toBeGreaterThan(500);
  expect(compared.points).toBeGreaterThan(3000);
});
