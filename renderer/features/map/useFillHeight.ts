import { useLayoutEffect, type RefObject } from 'react';

/**
 * Gives the element the rest of the window's height below its top edge. The canvas needs a real
 * height, and the toolbar above it wraps differently per language, width and projector mode.
 */
export function useFillHeight(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = () => {
      const scroller = el.closest('.content');
      const gap = scroller ? parseFloat(getComputedStyle(scroller).paddingBottom) || 0 : 16;
      const top = el.getBoundingClientRect().top + (scroller?.scrollTop ?? 0);
      const height = `${Math.max(260, Math.floor(window.innerHeight - top - gap))}px`;
      if (el.style.height !== height) el.style.height = height;
    };
    fit();
    // The whole page changes size when the toolbar wraps, the window resizes or projector mode flips.
    const observer = new ResizeObserver(fit);
    observer.observe(document.documentElement);
    window.addEventListener('resize', fit);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', fit);
    };
  }, [ref]);
}
