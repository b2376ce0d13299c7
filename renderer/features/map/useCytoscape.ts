import type { Core } from 'cytoscape';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { registerExtensions } from './cyExtensions';
import { buildStyle } from './cyStyle';

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
    const instance = cytoscape({
      container: el, minZoom: 0.15, maxZoom: 4, boxSelectionEnabled: false, selectionType: 'single',
      style: buildStyle({ projector: projectorRef.current, zoom: 1 }),
    });
    // Labels and lines are sized for the screen, so the stylesheet follows the zoom (once per frame).
    let frame = 0;
    instance.on('zoom', () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        instance.style(buildStyle({ projector: projectorRef.current, zoom: instance.zoom() }));
      });
    });
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(el);
    setCy(instance);
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      instance.destroy();
      setCy(null);
    };
  }, [container]);

  useEffect(() => {
    cy?.style(buildStyle({ projector, zoom: cy.zoom() }));
  }, [cy, projector]);

  return cy;
}
