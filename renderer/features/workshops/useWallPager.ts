import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface WallColumn<C extends { id: string }> {
  id: string;
  cards: C[];
}
/** One group on the wall; a group too long for one screen goes on in chunks (starts). */
export interface WallPage {
  index: number;
  starts: number[];
}

const overflows = (el: HTMLElement) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;

/**
 * All groups at once when they fit the box; otherwise one group per page (and a long group in
 * chunks), paged by the facilitator. Sizes are measured, not guessed: the text of the cards
 * decides. While nobody pages, the wall follows the newest card so the room sees it arrive.
 */
export function useWallPager<C extends { id: string }>(box: RefObject<HTMLElement | null>, columns: WallColumn<C>[]) {
  const [page, setPage] = useState<WallPage | null>(null);
  const [overflow, setOverflow] = useState(false);
  // Cards of the current chunk that fit; null until measured.
  const [fit, setFit] = useState<number | null>(null);
  const [target, setTarget] = useState<string | null>(null);
  const [size, setSize] = useState(0);
  const paged = useRef(false);
  const seen = useRef<Set<string> | null>(null);

  useEffect(() => {
    const onResize = () => setSize((n) => n + 1);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  // New content or a new window size: measure again (from all groups, unless someone is paging).
  useLayoutEffect(() => {
    const ids = columns.flatMap((c) => c.cards.map((card) => card.id));
    const fresh = seen.current ? ids.filter((id) => !seen.current!.has(id)) : [];
    seen.current = new Set(ids);
    setFit(null);
    if (paged.current) return;
    setPage(null);
    setOverflow(false);
    if (fresh.length > 0) setTarget(fresh.at(-1)!);
  }, [columns, size]);

  const current = page && columns.length > 0 ? { index: Math.min(page.index, columns.length - 1), starts: page.starts } : null;
  const start = current?.starts.at(-1) ?? 0;

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    if (!current) {
      if (columns.length > 0 && overflows(el)) {
        setOverflow(true);
        const at = target ? columns.findIndex((c) => c.cards.some((card) => card.id === target)) : -1;
        setPage({ index: Math.max(0, at), starts: [0] });
      }
      return;
    }
    if (fit !== null) return;
    const bottom = el.getBoundingClientRect().bottom;
    const items = [...el.querySelectorAll<HTMLElement>('[data-card]')];
    const cut = items.findIndex((item) => item.getBoundingClientRect().bottom > bottom + 1);
    const n = Math.max(1, cut === -1 ? items.length : cut);
    const at = target ? columns[current.index]!.cards.findIndex((card) => card.id === target) : -1;
    // The newest card is further down its group: show the chunk that holds it.
    if (at >= start + n) setPage({ index: current.index, starts: [...current.starts, start + n] });
    else {
      setFit(n);
      setTarget(null);
    }
  });

  const go = (next: WallPage | null) => {
    setPage(next);
    setFit(null);
    setTarget(null);
  };
  const forward = () => {
    paged.current = true;
    if (!current) return columns.length > 0 && go({ index: 0, starts: [0] });
    const cards = columns[current.index]!.cards.length;
    if (fit !== null && start + fit < cards) go({ index: current.index, starts: [...current.starts, start + fit] });
    else if (current.index + 1 < columns.length) go({ index: current.index + 1, starts: [0] });
  };
  const back = () => {
    if (!current) return;
    paged.current = true;
    if (current.starts.length > 1) go({ index: current.index, starts: current.starts.slice(0, -1) });
    else if (current.index > 0) go({ index: current.index - 1, starts: [0] });
    else if (!overflow) {
      // Back to all groups, which fit: the wall follows new cards again.
      paged.current = false;
      go(null);
    }
  };
  const latest = useRef({ forward, back });
  latest.current = { forward, back };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (el?.closest?.('input, textarea, select, [contenteditable="true"]') || document.querySelector('dialog[open]')) return;
      if (e.key === 'PageDown' || e.key === 'ArrowRight') latest.current.forward();
      else if (e.key === 'PageUp' || e.key === 'ArrowLeft') latest.current.back();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return { page: current, start, fit };
}
