import type { Core } from 'cytoscape';

// How a big map's pan and zoom gestures are drawn: Cytoscape internals, guarded (see useCytoscape's tuneViewport).

/** Cytoscape 3.x internals (not in its typings) of the wheel zoom's gesture picture. */
interface WheelInternals { textureOnViewport: boolean; data?: { wheelZooming?: boolean; wheelTimeout?: ReturnType<typeof setTimeout> }; redrawHint: (what: string, on: boolean) => void; redraw: () => void }

/**
 * When a drag of a big map ends, its full redraw (half a second with thousands of ties) waits
 * 150 ms, as Cytoscape's own wheel zoom does: a zoom or another drag begun meanwhile goes on
 * moving the same picture instead of stalling on a redraw nobody looks at. The same flag and
 * timer as the wheel's, so either gesture ends the wait. Without the internals nothing changes.
 */
export function settleAfterPan(cy: Core): () => void {
  const r = (cy as unknown as { renderer: () => WheelInternals }).renderer();
  if (!r.data || typeof r.redrawHint !== 'function') return () => {};
  let panned = false;
  const onPan = () => void (panned = true);
  const onRelease = () => {
    if (!panned || !r.textureOnViewport || !r.data) return;
    panned = false;
    r.data.wheelZooming = true;
    clearTimeout(r.data.wheelTimeout);
    r.data.wheelTimeout = setTimeout(() => {
      if (!r.data || cy.destroyed()) return;
      r.data.wheelZooming = false;
      r.redrawHint('eles', true);
      r.redraw();
    }, 150);
  };
  cy.on('dragpan', onPan);
  cy.on('tapend', onRelease);
  return () => clearTimeout(r.data?.wheelTimeout);
}

/** Cytoscape 3.x canvas internals (not in its typings) that size the gesture's texture. */
interface CanvasInternals {
  textureOnViewport: boolean; textureMult: number; canvasWidth: number; canvasHeight: number; TEXTURE_BUFFER: number;
  container: HTMLElement; data: { bufferCanvases?: HTMLCanvasElement[] }; matchCanvasSize: (container: HTMLElement) => void;
}
const screenSized = new WeakSet<object>();

/**
 * On a one-pixel-per-pixel screen Cytoscape draws the gesture's texture at twice the canvas
 * size: four times the pixels, and every node's picture made again at that scale, which was
 * most of the stall as a pan or zoom of a big map began. At the canvas size the texture is
 * only softer while the gesture lasts; the map is drawn sharp again when it ends. Cytoscape
 * sizes the texture on every resize, so its sizing is followed. Nothing happens without the
 * internals (another Cytoscape version).
 */
export function gestureTextureAtScreenSize(cy: Core): void {
  const r = (cy as unknown as { renderer: () => CanvasInternals }).renderer();
  if (typeof r.matchCanvasSize !== 'function' || !r.data?.bufferCanvases) return;
  const shrink = () => {
    const texture = r.data.bufferCanvases?.[r.TEXTURE_BUFFER];
    if (!r.textureOnViewport || r.textureMult === 1 || !texture || !(r.canvasWidth > 0)) return;
    r.textureMult = 1;
    texture.width = r.canvasWidth;
    texture.height = r.canvasHeight;
  };
  shrink();
  if (screenSized.has(r)) return;
  screenSized.add(r);
  const match = r.matchCanvasSize.bind(r);
  r.matchCanvasSize = (container) => {
    match(container);
    shrink();
  };
}
