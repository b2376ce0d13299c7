import type { Core, NodeSingular } from 'cytoscape';
import { useEffect, useState, type RefObject } from 'react';

const DIRECTIONS: Record<string, { x: number; y: number }> = {
  ArrowRight: { x: 1, y: 0 }, ArrowLeft: { x: -1, y: 0 }, ArrowDown: { x: 0, y: 1 }, ArrowUp: { x: 0, y: -1 },
};

/** The stakeholder nearest to `from` in a direction; off-axis distance counts double, so "right" stays a row. */
function nearestToward(nodes: NodeSingular[], from: NodeSingular, dir: { x: number; y: number }): NodeSingular | null {
  const p = from.position();
  let best: NodeSingular | null = null;
  let bestScore = Infinity;
  for (const n of nodes) {
    if (n.same(from)) continue;
    const q = n.position();
    const along = (q.x - p.x) * dir.x + (q.y - p.y) * dir.y;
    if (along <= 0) continue;
    const across = Math.abs((q.x - p.x) * dir.y - (q.y - p.y) * dir.x);
    const score = along + 2 * across;
    if (score < bestScore) [best, bestScore] = [n, score];
  }
  return best;
}

/** Where the keyboard starts: the selected stakeholder, else the one nearest the middle of the view. */
function startNode(cy: Core, nodes: NodeSingular[]): NodeSingular | null {
  const selected = nodes.find((n) => n.selected());
  if (selected) return selected;
  const ext = cy.extent();
  const mid = { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
  const dist = (n: NodeSingular) => (n.position('x') - mid.x) ** 2 + (n.position('y') - mid.y) ** 2;
  return nodes.reduce<NodeSingular | null>((a, n) => (!a || dist(n) < dist(a) ? n : a), null);
}

/**
 * Keyboard access to the drawing: Tab into the map, arrow keys move a visible focus to the
 * nearest stakeholder in that direction (the view follows), Enter selects it (Delete then asks
 * to delete it), Enter on the selected one opens it, Escape lets go. Returns the focused
 * stakeholder's id, for the live region that names it.
 */
export function useKeyboardNodes(cy: Core | null, container: RefObject<HTMLDivElement | null>, onOpen: (id: string) => void): string | null {
  const [focused, setFocused] = useState<string | null>(null);

  useEffect(() => {
    const el = container.current;
    if (!cy || !el) return;
    let current: NodeSingular | null = null;
    const show = (node: NodeSingular | null) => {
      current?.removeClass('kbd-focus');
      current = node;
      setFocused(node ? node.id() : null);
      if (!node) return;
      node.addClass('kbd-focus');
      // Keep the focused stakeholder on screen, with a margin for its label.
      const box = node.renderedBoundingBox({ includeLabels: true });
      if (box.x1 < 30 || box.y1 < 30 || box.x2 > cy.width() - 30 || box.y2 > cy.height() - 30) cy.center(node);
    };
    const onKey = (e: KeyboardEvent) => {
      const nodes = cy.nodes('[kind]').filter((n) => n.visible()).toArray() as NodeSingular[];
      if (nodes.length === 0) return;
      if (current?.removed()) current = null;
      const dir = DIRECTIONS[e.key];
      if (dir) {
        e.preventDefault();
        show(current ? nearestToward(nodes, current, dir) ?? current : startNode(cy, nodes));
      } else if ((e.key === 'Enter' || e.key === ' ') && current) {
        e.preventDefault();
        if (current.selected() && e.key === 'Enter') onOpen(current.id());
        else {
          cy.$(':selected').unselect();
          current.select();
        }
      } else if (e.key === 'Escape' && current) {
        show(null);
      }
    };
    // Focus leaving the map hides the ring; coming back shows it where it was.
    const onBlur = () => current?.removeClass('kbd-focus');
    const onFocus = () => current?.addClass('kbd-focus');
    el.addEventListener('keydown', onKey);
    el.addEventListener('blur', onBlur);
    el.addEventListener('focus', onFocus);
    return () => {
      el.removeEventListener('keydown', onKey);
      el.removeEventListener('blur', onBlur);
      el.removeEventListener('focus', onFocus);
      if (!cy.destroyed()) current?.removeClass('kbd-focus');
    };
  }, [cy, container, onOpen]);

  return focused;
}
