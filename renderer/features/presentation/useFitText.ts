import { useLayoutEffect, type DependencyList, type RefObject } from 'react';

/**
 * Sets the largest font size (whole px, between min and max) at which the element's content
 * fits its box without scrolling, so a short text fills the wall and a long one stays legible.
 * The box must get its size from outside (flex, grid): children size themselves in em.
 */
export function useFitText(ref: RefObject<HTMLElement | null>, min: number, max: number, deps: DependencyList): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fits = (size: number) => {
      el.style.fontSize = `${size}px`;
      return el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1;
    };
    const fit = () => {
      if (fits(max)) return;
      let lo = min;
      let hi = max;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (fits(mid)) lo = mid;
        else hi = mid;
      }
      fits(lo);
    };
    fit();
    // The box changes with the window (and with full screen arriving a moment later).
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what changes the text
  }, [ref, min, max, ...deps]);
}
