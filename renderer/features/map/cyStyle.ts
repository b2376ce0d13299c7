import type { Core, StylesheetJson } from 'cytoscape';
import { STAKEHOLDER_KINDS } from '../../../shared/domain/stakeholder';
import { RELATION_KINDS } from '../../../shared/domain/relation';
import { nodeLook, tieLook } from './kindLook';
import { UNIFORM_SIZE } from './toElements';

interface StyleContext {
  projector: boolean;
  /** Current zoom: labels and lines are sized in screen pixels, so they stay legible when zoomed out. */
  zoom: number;
  /** A big map: sizes stay in drawing units and labels show only when zoomed in enough to read them. */
  big?: boolean;
  /** How many sizes the labels stepped down on a crowded map (see labelSize). */
  step?: number;
}

/**
 * Above this many nodes the map is drawn for speed: a stylesheet that does not follow the zoom
 * (restyling thousands of elements per frame is what made zooming take seconds), and only what
 * is near the view drawn in detail once zoomed in enough to read it (labels, arrow heads; see
 * bigMapDetail): the rest are plain shapes and lines. Nobody reads 2,000 labels at once; they
 * filter or search.
 */
export const BIG_MAP = 250;
export const isBigMap = (cy: Core) => cy.nodes().length > BIG_MAP;

/** The class of a big map's elements drawn in detail. */
export const DETAILED = 'detailed';

/** A big map's labels show from this size on screen (smaller ones cost the most to draw). */
const SMALLEST_LABEL_PX = 8;
const labelFonts = new WeakMap<Core, number>();

/** The zoom from which a big map's labels show: 0.62 at the desk, 0.47 on the wall. */
export const labelsShownFrom = (cy: Core) => SMALLEST_LABEL_PX / (labelFonts.get(cy) ?? labelSize(false).font);

const FOCUS = '#F0A500';

/**
 * Label sizes in screen pixels, largest first. 17px on the projector: above the 16px the back
 * row of a village hall needs, small enough that a cluster of thirty-odd actors still fits a
 * 1024x768 wall. A crowded map steps down (see spreadLabels) rather than letting labels cover
 * each other: at the desk to 11px, still readable at arm's length; on the wall never below 16px.
 */
const LABEL_FONTS = { desk: [13, 12, 11], projector: [17, 16] } as const;

/** The smallest step the labels may take down. */
export const lastLabelStep = (projector: boolean) => LABEL_FONTS[projector ? 'projector' : 'desk'].length - 1;

export function labelSize(projector: boolean, step = 0): { font: number; maxWidth: number } {
  const fonts = LABEL_FONTS[projector ? 'projector' : 'desk'];
  const font = fonts[Math.min(Math.max(0, step), fonts.length - 1)]!;
  // The wrap width shrinks with the type, so a label keeps its lines.
  return { font, maxWidth: Math.round(((projector ? 130 : 110) * font) / fonts[0]) };
}

/**
 * How a map's labels are drawn: their step down (0 until a layout or an opening finds the map
 * crowded), and the reading zoom: zoomed out below it, labels and lines shrink with the drawing
 * like a picture, instead of keeping their screen size and covering each other. A map too
 * crowded for the screen even with the smallest labels gets one (0: none); it then shows whole
 * with smaller type, and zooming in to the reading zoom brings the type back to its size.
 */
interface LabelScale { step: number; readingZoom: number }
const scales = new WeakMap<Core, LabelScale>();
export const labelScale = (cy: Core): LabelScale => scales.get(cy) ?? { step: 0, readingZoom: 0 };
export const labelStep = (cy: Core) => labelScale(cy).step;
export const setLabelScale = (cy: Core, change: Partial<LabelScale>) => scales.set(cy, { ...labelScale(cy), ...change });

/** The whole stylesheet; rebuilt on zoom and on projector mode (a few dozen rules, cheap). */
export function buildStyle({ projector, zoom, big = false, step = 0 }: StyleContext): StylesheetJson {
  const px = (n: number) => (big ? n : n / Math.max(zoom, 0.05));
  const { font, maxWidth } = labelSize(projector, step);
  const line = projector ? 1.8 : 1;
  const detailed = big ? `.${DETAILED}` : '';
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        // Every property here is applied to every node: ones equal to Cytoscape's defaults
        // (black text, centred, solid lines, opaque) are left out, as each costs time on a big map.
        ...(big ? {} : { label: 'data(label)' }), 'font-size': px(font), 'text-valign': 'bottom',
        width: UNIFORM_SIZE, height: UNIFORM_SIZE,
        'text-margin-y': px(3), 'text-wrap': 'wrap', 'text-max-width': `${px(maxWidth)}px`,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': `${px(1.5)}px`,
        'border-width': px(projector ? 2 : 1.2), 'border-color': '#1d1b16',
        'font-family': 'system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
        // Labels too small to read cost the most to draw: a big map shows them from about zoom 0.6.
        ...(big ? { 'min-zoomed-font-size': SMALLEST_LABEL_PX } : {}),
      },
    },
    ...(big ? [{ selector: `node.${DETAILED}, node[?isGroup]`, style: { label: 'data(label)' } }] : []),
    { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
    ...STAKEHOLDER_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: { shape: nodeLook(kind).shape, 'background-color': nodeLook(kind).color },
    })),
    { selector: 'node[?leader]', style: { 'border-style': 'double', 'border-width': px(projector ? 6 : 5) } },
    {
      selector: 'node[?isGroup]',
      style: {
        shape: 'round-rectangle', 'background-color': '#ece8dc', 'background-opacity': 0.55, 'border-style': 'dashed',
        'border-color': '#8a8578', 'border-width': px(1.5), 'text-valign': 'top', 'text-margin-y': px(-4),
        'font-weight': 'bold', 'font-size': px(font), padding: `${px(12)}px`, 'text-background-opacity': 0,
        'text-max-width': `${px(400)}px`, 'text-wrap': 'ellipsis',
      },
    },
    {
      selector: 'edge',
      // Opaque: Cytoscape draws every arrow head of a see-through tie twice (clear, then fill).
      // A big map's plain ties are haystack lines, the cheapest to work out and draw.
      style: { width: px(2 * line), 'curve-style': big ? 'haystack' : 'bezier', 'arrow-scale': projector ? 1.4 : 1.1 },
    },
    ...(big ? [{ selector: `edge.${DETAILED}`, style: { 'curve-style': 'straight' as const } }] : []),
    // Strength 1 to 3 as three widths: plain selectors, no per-element mapping to compute.
    ...[1, 2, 3].map((strength) => ({ selector: `edge[strength = ${strength}]`, style: { width: px((1.2 + 1.2 * (strength - 1)) * line) } })),
    ...RELATION_KINDS.map((kind) => ({ selector: `edge[kind = "${kind}"]`, style: { 'line-color': tieLook[kind].color } })),
    // Arrow heads: the same at both ends of a mutual tie; on a big map only on detailed ties.
    ...RELATION_KINDS.map((kind) => ({
      selector: `edge${detailed}[kind = "${kind}"]`, style: { 'target-arrow-color': tieLook[kind].color, 'target-arrow-shape': tieLook[kind].arrow },
    })),
    ...RELATION_KINDS.map((kind) => ({
      selector: `edge${detailed}[kind = "${kind}"][?mutual]`, style: { 'source-arrow-shape': tieLook[kind].arrow, 'source-arrow-color': tieLook[kind].color },
    })),
    { selector: 'edge[formality = "traditional"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [px(7), px(4)] } },
    { selector: 'node:selected', style: { 'border-color': FOCUS, 'border-width': px(5) } },
    { selector: 'edge:selected', style: { 'underlay-color': FOCUS, 'underlay-opacity': 0.6, 'underlay-padding': px(4) } },
    { selector: '.focus', style: { 'border-color': FOCUS, 'border-width': px(6) } },
    // The keyboard's place: a halo around the node that no kind's colour or shape is mistaken for.
    {
      selector: 'node.kbd-focus',
      style: { 'underlay-color': '#1d1b16', 'underlay-opacity': 0.35, 'underlay-padding': px(7), 'underlay-shape': 'ellipse', 'border-color': FOCUS, 'border-width': px(5) },
    },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.25 } },
    { selector: '.eh-hover, .eh-source', style: { 'border-color': FOCUS, 'border-width': px(5) } },
    {
      selector: '.eh-preview, .eh-ghost-edge',
      style: { 'line-color': FOCUS, 'target-arrow-color': FOCUS, 'target-arrow-shape': 'triangle', width: px(3), 'line-style': 'solid' },
    },
    { selector: '.eh-ghost-node', style: { width: 1, height: 1, opacity: 0, label: '' } },
    { selector: '.eh-ghost-edge.eh-preview-active', style: { opacity: 0 } },
  ];
  return sheet;
}

const applied = new WeakMap<Core, string>();

/**
 * Sets the stylesheet for the map as it is now (its size, projector, zoom). Replacing the sheet
 * restyles every element, so it is skipped when nothing it depends on changed: on a big map the
 * zoom is not one of those things. `nodes` lets the sheet be set before the nodes are added.
 */
export function applyStyle(cy: Core, projector: boolean, zoom = cy.zoom(), nodes = cy.nodes().length): void {
  const big = nodes > BIG_MAP;
  const { step, readingZoom } = big ? { step: 0, readingZoom: 0 } : labelScale(cy);
  labelFonts.set(cy, labelSize(projector, step).font);
  // Below the reading zoom the sheet stays as it is there: no restyle while zooming out further.
  const sized = Math.max(zoom, readingZoom);
  const key = `${projector}|${big}|${big ? 1 : sized}|${step}`;
  if (applied.get(cy) === key) return;
  applied.set(cy, key);
  cy.style(buildStyle({ projector, zoom: sized, big, step }));
}
