import type { StakeholderKind } from '../../../shared/domain/stakeholder';
import type { RelationKind } from '../../../shared/domain/relation';

/**
 * How each kind looks on the map: every kind its own colour-and-shape pair. Colours are the
 * Okabe-Ito palette (told apart with every common colour-vision deficiency) and mark the side
 * of the cluster; inside one colour the shape tells the kinds apart, so a black-and-white print
 * or a projector that washes colours out stays readable. Eight colours cannot name every kind
 * alone, hence the pairs; within a colour the shapes are of different kinds (corners,
 * points, curves), as hexagon and octagon look alike at legend size.
 */
export type Shape = 'ellipse' | 'star' | 'triangle' | 'vee' | 'tag' | 'rhomboid' | 'round-rectangle' | 'rectangle' | 'diamond'
  | 'pentagon' | 'concave-hexagon' | 'hexagon' | 'bottom-round-rectangle' | 'round-diamond';
export interface NodeLook { shape: Shape; color: string }

/** Okabe-Ito, by side of the cluster; grey for the forum and the facilitator, who stand outside it. */
const SIDE = {
  core: '#E69F00', upstream: '#F0E442', market: '#D55E00', government: '#0072B2',
  members: '#009E73', knowledge: '#56B4E9', money: '#CC79A7', outside: '#B8B8B8',
} as const;

const looks: Record<StakeholderKind, NodeLook> = {
  core_firm: { shape: 'ellipse', color: SIDE.core },
  supplier: { shape: 'triangle', color: SIDE.upstream },
  subcontractor: { shape: 'vee', color: SIDE.upstream },
  // The leading firm is often the trader: it stands with the market.
  leading_firm: { shape: 'star', color: SIDE.market },
  distributor: { shape: 'tag', color: SIDE.market },
  buyer: { shape: 'rhomboid', color: SIDE.market },
  gov_central: { shape: 'round-rectangle', color: SIDE.government },
  gov_provincial: { shape: 'hexagon', color: SIDE.government },
  gov_regency: { shape: 'diamond', color: SIDE.government },
  association: { shape: 'diamond', color: SIDE.members },
  kadin: { shape: 'pentagon', color: SIDE.members },
  ngo: { shape: 'concave-hexagon', color: SIDE.members },
  university: { shape: 'hexagon', color: SIDE.knowledge },
  rnd_institute: { shape: 'triangle', color: SIDE.knowledge },
  training_centre: { shape: 'rhomboid', color: SIDE.knowledge },
  bank: { shape: 'rectangle', color: SIDE.money },
  consultant: { shape: 'tag', color: SIDE.money },
  committee: { shape: 'bottom-round-rectangle', color: SIDE.outside },
  facilitator: { shape: 'round-diamond', color: SIDE.outside },
  related_industry: { shape: 'rectangle', color: SIDE.upstream },
  cooperative: { shape: 'round-rectangle', color: SIDE.members },
  media: { shape: 'round-diamond', color: SIDE.knowledge },
  investor: { shape: 'vee', color: SIDE.money },
};

export function nodeLook(kind: StakeholderKind): NodeLook {
  return looks[kind];
}

/** Tie kinds differ in colour and in arrow head; line style is left for formality. */
export type Arrow = 'triangle' | 'vee' | 'circle' | 'square' | 'diamond' | 'tee';
export interface TieLook { color: string; arrow: Arrow }

export const tieLook: Record<RelationKind, TieLook> = {
  upstream: { color: '#D55E00', arrow: 'triangle' },
  downstream: { color: '#0072B2', arrow: 'vee' },
  support: { color: '#009E73', arrow: 'circle' },
  finance: { color: '#CC79A7', arrow: 'diamond' },
  information: { color: '#6E6E6E', arrow: 'square' },
  coordination: { color: '#1D1B16', arrow: 'tee' },
};
