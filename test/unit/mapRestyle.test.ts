// What the map restyles, and the sheet that makes it cheap: on a big map every element restyled costs time, so the search focus and
// the arrival of metrics must touch only what changes. Real Cytoscape, headless, with our sheet.
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { detail } from '../../renderer/features/map/bigMapDetail';
import { BIG_MAP, buildStyle, DETAILED } from '../../renderer/features/map/cyStyle';
import { markFocus } from '../../renderer/features/map/mapFocus';
import { drawFirstTimeOnce } from '../../renderer/features/map/firstStyle';
import { syncElements } from '../../renderer/features/map/syncElements';
import { nodeSizes, UNIFORM_SIZE } from '../../renderer/features/map/toElements';

/** A chain a-b-c-d-e with one tie per neighbour pair. */
function chain(): Core {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  return cytoscape({
    headless: true, styleEnabled: true, style: buildStyle({ projector: false, zoom: 1, big: false }),
    elements: [
      ...ids.map((id) => ({ group: 'nodes' as const, data: { id, label: id, kind: 'core_firm' } })),
      ...ids.slice(1).map((id, i) => ({ group: 'edges' as const, data: { id: `${ids[i]}${id}`, source: ids[i]!, target: id, kind: 'support' } })),
    ],
  });
}

/** Ids of the elements whose classes changed while `run` ran. */
function restyled(cy: Core, run: () => void): string[] {
  const ids: string[] = [];
  const on = (e: { target: { id: () => string } }) => ids.push(e.target.id());
  cy.on('class', on);
  run();
  cy.off('class', on);
  return ids.sort();
}

describe('map restyling', () => {
  it('clearing a focus that is not there restyles nothing', () => {
    const cy = chain();
    expect(restyled(cy, () => markFocus(cy, null))).toEqual([]);
  });

  it('focus fades all but the stakeholder and its direct ties, and clearing it touches only those marked', () => {
    const cy = chain();
    const b = cy.getElementById('b') as NodeSingular;
    markFocus(cy, b);
    expect(cy.$('.focus').map((e) => e.id())).toEqual(['b']);
    expect(cy.$('.faded').map((e) => e.id()).sort()).toEqual(['cd', 'd', 'de', 'e']);
    // Moving the focus to d: c is in both neighbourhoods, so it is never touched.
    const moved = restyled(cy, () => markFocus(cy, cy.getElementById('d') as NodeSingular));
    expect(cy.$('.faded').map((e) => e.id()).sort()).toEqual(['a', 'ab', 'b', 'bc']);
    expect(moved).not.toContain('c');
    expect(restyled(cy, () => markFocus(cy, null))).toEqual(['a', 'ab', 'b', 'bc', 'd']);
    expect(cy.$('.focus, .faded')).toHaveLength(0);
  });

  it('uniform sizes are the same map each time, so metrics arriving do not rebuild the drawing', () => {
    const rows = [{ stakeholderId: 'a', name: 'A', inDegree: 1, outDegree: 2, closeness: 0.5, betweenness: 0.1, eigenvector: 0.3 }];
    expect(nodeSizes(rows, 'uniform')).toBe(nodeSizes([], 'uniform'));
    expect(nodeSizes(rows, 'uniform').size).toBe(0);
    expect(nodeSizes(rows, 'outDegree').get('a')).toBe(78);
  });
});

describe('map sheet and sync', () => {
  const node = (id: string, size?: number) => ({ group: 'nodes' as const, data: { id, label: id, kind: 'bank', leader: false, ...(size ? { size } : {}) } });

  it('sizes a node by its data when sized, by the sheet when uniform, and going back to uniform drops the old size', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStyle({ projector: false, zoom: 1, big: true }) });
    syncElements(cy, [node('a', 60), node('b')], new Map());
    expect(cy.getElementById('a').width()).toBe(60);
    expect(cy.getElementById('b').width()).toBe(UNIFORM_SIZE);
    syncElements(cy, [node('a'), node('b')], new Map());
    expect(cy.getElementById('a').data('size')).toBeUndefined();
    expect(cy.getElementById('a').width()).toBe(UNIFORM_SIZE);
  });

  it('draws strength 1, 2 and 3 at the widths the old continuous mapping gave', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStyle({ projector: false, zoom: 1, big: true }) });
    syncElements(cy, [node('a'), node('b'), ...[1, 2, 3].map((strength) => ({
      group: 'edges' as const, data: { id: `t${strength}`, source: 'a', target: 'b', kind: 'finance', strength, mutual: strength === 3 },
    }))], new Map());
    expect([1, 2, 3].map((s) => cy.getElementById(`t${s}`).numericStyle('width'))).toEqual([1.2, 2.4, 3.6].map((w) => expect.closeTo(w, 6)));
    // A big map's ties carry their heads once drawn in detail (see bigMapDetail).
    expect(cy.getElementById('t3').style('source-arrow-shape')).toBe('none');
    cy.edges().addClass(DETAILED);
    // A mutual tie carries its kind's head and colour at both ends; a one-way tie only at its target.
    expect(cy.getElementById('t3').style('source-arrow-shape')).toBe('diamond');
    expect(cy.getElementById('t1').style('source-arrow-shape')).toBe('none');
    expect(cy.getElementById('t3').style('source-arrow-color')).toBe(cy.getElementById('t3').style('line-color'));
  });
});

describe('styling a map on opening', () => {
  const PROPS = ['width', 'height', 'shape', 'background-color', 'border-width', 'border-style', 'label', 'font-size', 'text-max-width',
    'line-color', 'line-style', 'target-arrow-shape', 'source-arrow-shape', 'target-arrow-color', 'curve-style', 'padding'];
  const kinds = ['core_firm', 'bank', 'buyer', 'supplier'];
  const ties = ['upstream', 'finance', 'support'];
  /** Grouped: two boxes with members, ties of every strength, some mutual, some parallel. */
  const defs = (): ElementDefinition[] => [
    ...['g1', 'g2'].map((id) => ({ group: 'nodes' as const, data: { id: `group:${id}`, label: id, isGroup: true } })),
    ...Array.from({ length: 12 }, (_, i) => ({
      group: 'nodes' as const,
      data: { id: `n${i}`, label: `Pelaku ${i}`, kind: kinds[i % 4], leader: i === 3, parent: `group:${i < 6 ? 'g1' : 'g2'}`, ...(i % 5 === 0 ? { size: 50 } : {}) },
    })),
    ...Array.from({ length: 20 }, (_, i) => ({
      group: 'edges' as const,
      data: { id: `e${i}`, source: `n${i % 12}`, target: `n${(i * 5 + 1) % 12}`, kind: ties[i % 3], strength: 1 + (i % 3), mutual: i % 4 === 0, formality: i % 2 ? 'formal' : 'traditional' },
    })),
  ];
  const positions = new Map(Array.from({ length: 12 }, (_, i) => [`n${i}`, { x: (i % 4) * 120, y: Math.floor(i / 4) * 90 }]));
  const look = (cy: Core) => cy.elements().map((e) => [e.id(), ...PROPS.map((p) => String(e.style(p))), JSON.stringify(e.boundingBox())]);

  for (const big of [false, true]) {
    it(`${big ? 'a big' : 'a small'} map styled in one pass on opening looks exactly as when styled element by element`, () => {
      const sheet = buildStyle({ projector: false, zoom: 1, big });
      const opened = cytoscape({ headless: true, styleEnabled: true, style: sheet });
      syncElements(opened, defs(), positions);
      const plain = cytoscape({ headless: true, styleEnabled: true, style: sheet, elements: defs().map((d) => ({ ...d, ...(positions.has(d.data.id!) ? { position: positions.get(d.data.id!) } : {}) })) });
      expect(look(opened)).toEqual(look(plain));
      // Later changes restyle as usual: a new member and a selection.
      const more = [...defs(), { group: 'nodes' as const, data: { id: 'n12', label: 'Baru', kind: 'bank', parent: 'group:g1' } }];
      syncElements(opened, more, positions);
      plain.add({ ...more.at(-1)!, position: opened.getElementById('n12').position() });
      opened.getElementById('n1').select();
      plain.getElementById('n1').select();
      expect(look(opened)).toEqual(look(plain));
    });
  }
});

describe('the first frame of a newly opened map', () => {
  type Internals = { _private: { rstyle: { clean?: boolean } } };
  const clean = (cy: Core, id: string) => (cy.getElementById(id) as unknown as Internals)._private.rstyle.clean;
  const dirtyAll = (cy: Core) => cy.elements().forEach((e) => void ((e as unknown as Internals)._private.rstyle.clean = false));

  it('keeps the geometry worked out in it for the elements it boxed, and only on that one frame', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStyle({ projector: false, zoom: 1, big: true }) });
    const fresh = cy.add([
      { group: 'nodes', data: { id: 'a', label: 'A', kind: 'bank' }, position: { x: 0, y: 0 } },
      { group: 'nodes', data: { id: 'b', label: 'B', kind: 'bank' }, position: { x: 200, y: 0 } },
      { group: 'edges', data: { id: 'ab', source: 'a', target: 'b', kind: 'finance', strength: 2 } },
    ]);
    drawFirstTimeOnce(cy, fresh);
    // The frame boxes a and the tie for the first time; Cytoscape then marks them as moved.
    cy.getElementById('a').boundingBox();
    cy.getElementById('ab').boundingBox();
    dirtyAll(cy);
    cy.emit('render');
    expect(['a', 'b', 'ab'].map((id) => clean(cy, id))).toEqual([true, false, true]);
    expect(cy.getElementById('a').position()).toEqual({ x: 0, y: 0 });
    // Later frames are Cytoscape's own again: a real move stays marked.
    cy.getElementById('a').position({ x: 50, y: 10 });
    dirtyAll(cy);
    cy.emit('render');
    expect(clean(cy, 'a')).toBe(false);
  });
});

describe('a big map drawn in detail', () => {
  /** `n` stakeholders in a row, each tied to the next, one small group around the first two. */
  const map = (n: number): Core => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStyle({ projector: false, zoom: 1, big: n > BIG_MAP }) });
    syncElements(cy, [
      { group: 'nodes', data: { id: 'group:g', label: 'Kelompok Lasem', isGroup: true } },
      ...Array.from({ length: n }, (_, i) => ({ group: 'nodes' as const, data: { id: `n${i}`, label: `Pelaku ${i}`, kind: 'core_firm', ...(i < 2 ? { parent: 'group:g' } : {}) } })),
      ...Array.from({ length: n - 1 }, (_, i) => ({ group: 'edges' as const, data: { id: `t${i}`, source: `n${i}`, target: `n${i + 1}`, kind: 'upstream', strength: 2, mutual: i === 0 } })),
    ], new Map(Array.from({ length: n }, (_, i) => [`n${i}`, { x: i * 100, y: 0 }])));
    return cy;
  };
  const look = (cy: Core, id: string) => {
    const e = cy.getElementById(id);
    const style = (name: string) => String(e.style(name));
    return e.isNode() ? style('label') : `${style('curve-style')} ${style('source-arrow-shape')} ${style('target-arrow-shape')}`;
  };

  it('opens with plain shapes and lines, the small groups named', () => {
    const cy = map(BIG_MAP + 1);
    expect(look(cy, 'n5')).toBe('');
    expect(look(cy, 't5')).toBe('haystack none none');
    expect(look(cy, 'group:g')).toBe('Kelompok Lasem');
  });

  it('draws every label and arrow head before an export, as a small map always does', () => {
    const cy = map(BIG_MAP + 1);
    detail(cy, 'everywhere');
    expect(cy.elements().not(`.${DETAILED}`)).toHaveLength(0);
    expect(look(cy, 'n5')).toBe('Pelaku 5');
    expect(look(cy, 't5')).toBe('straight none triangle');
    expect(look(cy, 't0')).toBe('straight triangle triangle');
    const small = map(BIG_MAP - 1); // with its group box, as many nodes as a small map may have
    detail(small, 'everywhere');
    expect(small.$(`.${DETAILED}`)).toHaveLength(0);
    expect(look(small, 'n5')).toBe('Pelaku 5');
    expect(look(small, 't5')).toBe('bezier none triangle');
  });
});
