import type { CollectionReturnValue, Core, ElementDefinition, NodeSingular, Position } from 'cytoscape';
import { drawFirstTimeOnce, styleFirstTime } from './firstStyle';

export type Positions = Map<string, Position>;

/** Edgehandles' temporary elements are not ours to add or remove. */
const isGesture = (ele: { hasClass: (c: string) => boolean }) => ['eh-ghost', 'eh-preview'].some((c) => ele.hasClass(c));

/**
 * Brings the graph in line with `elements` without re-creating it: kept elements keep their
 * position, zoom and selection; new nodes go to their saved position, or next to the drawing.
 */
export function syncElements(cy: Core, elements: ElementDefinition[], saved: Positions): void {
  const wanted = new Map(elements.map((e) => [e.data.id!, e]));
  const empty = cy.elements().empty();
  let fresh = null as CollectionReturnValue | null;
  cy.batch(() => {
    // Parents first: a node whose box changes moves out before the old box is removed with it.
    for (const def of elements) {
      if (def.group !== 'nodes') continue;
      const ele = cy.getElementById(def.data.id!);
      if (ele.empty()) continue;
      const parent = (def.data.parent as string | undefined) ?? null;
      const current = (ele as NodeSingular).parent().first();
      const currentId = current.empty() ? null : current.id();
      if (currentId !== parent) {
        if (parent && cy.getElementById(parent).empty()) addParent(cy, elements, parent);
        (ele as NodeSingular).move({ parent });
      }
    }
    cy.elements().filter((ele) => {
      if (isGesture(ele)) return false;
      const def = wanted.get(ele.id());
      const reconnected = def && ele.isEdge() && (ele.source().id() !== def.data.source || ele.target().id() !== def.data.target);
      return !def || !!reconnected;
    }).remove();
    const spot = freeSpot(cy);
    // One add for everything new: per-element adds cost seconds on a 2,000-node map. Parents
    // come first in `elements`, so each box exists before its members name it.
    const added: ElementDefinition[] = [];
    for (const def of elements) {
      const ele = cy.getElementById(def.data.id!);
      if (ele.nonempty()) {
        const stale = staleKeys(ele.data(), def.data);
        if (stale.length > 0) ele.removeData(stale.join(' '));
        if (stale.length > 0 || changed(ele.data(), def.data)) ele.data(def.data);
        continue;
      }
      if (def.group === 'nodes' && !def.data.isGroup) added.push({ ...def, position: saved.get(def.data.id!) ?? spot() });
      else added.push(def);
    }
    if (added.length > 0) fresh = cy.add(added);
  });
  // Opening the map: everything is new. Styled after the batch, whose end marks it for restyling.
  if (empty && fresh) {
    styleFirstTime(cy, fresh);
    drawFirstTimeOnce(cy, fresh);
  }
}

/** Setting data restyles the element even when nothing changed: compare first. */
function changed(current: Record<string, unknown>, next: Record<string, unknown>): boolean {
  return Object.keys(next).some((k) => current[k] !== next[k]);
}

/** Data the element no longer has (a size when sizes went back to uniform); ids and ends stay. */
function staleKeys(current: Record<string, unknown>, next: Record<string, unknown>): string[] {
  return Object.keys(current).filter((k) => !(k in next) && !['id', 'source', 'target', 'parent'].includes(k));
}

function addParent(cy: Core, elements: ElementDefinition[], id: string): void {
  if (cy.getElementById(id).nonempty()) return;
  const def = elements.find((e) => e.data.id === id);
  if (def) cy.add(def);
}

/** Places for nodes without a saved position: a row under the drawing, not on top of it. */
function freeSpot(cy: Core): () => Position {
  const box = cy.nodes().not('[?isGroup]').boundingBox();
  const empty = !Number.isFinite(box.x1) || cy.nodes().empty();
  let i = 0;
  return () => {
    const at = empty ? { x: (i % 6) * 90, y: Math.floor(i / 6) * 90 } : { x: box.x1 + (i % 8) * 90, y: box.y2 + 70 + Math.floor(i / 8) * 80 };
    i += 1;
    return at;
  };
}

/** Moves nodes to their saved positions (after undo or redo); nodes never saved stay where they are. */
export function applyPositions(cy: Core, saved: Positions): void {
  const nodes = cy.nodes().filter((n) => saved.has(n.id()));
  if (nodes.empty()) return;
  nodes.layout({ name: 'preset', positions: Object.fromEntries(saved), fit: false, animate: true, animationDuration: 250 }).run();
}

/** Where the stakeholders are now, for stakeholders.savePositions (group boxes are not stakeholders). */
export function currentPositions(cy: Core): { id: string; x: number; y: number }[] {
  return cy.nodes('[kind]').map((n) => ({ id: n.id(), x: round(n.position('x')), y: round(n.position('y')) }));
}

const round = (v: number) => Math.round(v * 10) / 10;
