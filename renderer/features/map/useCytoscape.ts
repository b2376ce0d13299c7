import type { Core } from 'cytoscape';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { registerExtensions } from './cyExtensions';
import { applyStyle, isBigMap } from './cyStyle';
import { gestureTextureAtScreenSize, settleAfterPan } from './bigMapGestures';
import { detailNearView } from './bigMapDetail';
import { quickHitTest } from './quickHitTest';

/** The canvas renderer's switches that Cytoscape reads on every frame (not in its typings). */
interface ViewportSwitches { textureOnViewport: boolean; hideEdgesOnViewport: boolean; forcedPixelRatio: number | null }

/**
 * A big map pans and zooms a picture of itself (one texture, redrawn when the gesture ends) at
 * one pixel per CSS pixel: full redraws of thousands of ties per frame cannot keep 30 fps.
 * Small maps keep the live, sharp drawing.
 */
export function tuneViewport(cy: Core): void {
  const big = isBigMap(cy);
  const r = (cy as unknown as { renderer: () => ViewportSwitches }).renderer();
  r.textureOnViewport = big;
  r.hideEdgesOnViewport = big;
  r.forcedPixelRatio = big ? 1 : null;
  gestureTextureAtScreenSize(cy);
}

/**
 * One Cytoscape instance for the life of the map view: created on mount, destroyed on unmount.
 * Data changes are synced into it (see syncElements) rather than re-creating it, so zoom,
 * selection and positions survive every edit.
 */
export function useCytoscape(container: RefObject<HTMLDivElement | null>, projector: boolean): Core | null {
  const [cy, setCy] = useState<Core | null>(null);
  const projectorRef = useRef(projector);
  projectorRef.current = projector;

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const cytoscape = registerExtensions();
    const instance = cytoscape({ container: el, minZoom: 0.05, maxZoom: 4, boxSelectionEnabled: false, selectionType: 'single' });
    applyStyle(instance, projectorRef.current, 1);
    quickHitTest(instance);
    const stopSettling = settleAfterPan(instance);
    const stopDetail = detailNearView(instance);
    // Labels and lines are sized for the screen, so the stylesheet follows the zoom (once per
    // frame); applyStyle does nothing on a big map, whose sheet does not depend on the zoom.
    let frame = 0;
    instance.on('zoom', () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        applyStyle(instance, projectorRef.current);
      });
    });
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(el);
    setCy(instance);
    return () => {
      cancelAnimationFrame(frame);
      stopSettling();
      stopDetail();
      resize.disconnect();
      instance.destroy();
      setCy(null);
    };
  }, [container]);

  useEffect(() => {
    if (cy) applyStyle(cy, projector);
  }, [cy, projector]);

  return cy;
}
