import { KIND_FAMILY, type StakeholderKind } from '../../../shared/domain/stakeholder';
import type { RelationKind } from '../../../shared/domain/relation';

/**
 * How each kind looks on the map. Colours are the Okabe-Ito palette (safe for colour-blind
 * viewers) and every look also has its own shape, so a black-and-white print stays readable.
 * Families share a look; inside the value chain the leading firm (often the trader) and the
 * chain partners get their own, because the cluster's story is told between them.
 */
export type Shape = 'ellipse' | 'star' | 'triangle' | 'round-rectangle' | 'diamond' | 'hexagon' | 'pentagon';
export interface NodeLook { shape: Shape; color: string }

const familyLook: Record<(typeof KIND_FAMILY)[StakeholderKind], NodeLook> = {
  internal: { shape: 'ellipse', color: '#E69F00' },
  government: { shape: 'round-rectangle', color: '#0072B2' },
  bds: { shape: 'diamond', color: '#009E73' },
  forum: { shape: 'hexagon', color: '#CC79A7' },
  facilitator: { shape: 'pentagon', color: '#56B4E9' },
};
const chainPartner: NodeLook = { shape: 'triangle', color: '#F0E442' };
const kindOverride: Partial<Record<StakeholderKind, NodeLook>> = {
  leading_firm: { shape: 'star', color: '#D55E00' },
  supplier: chainPartner, subcontractor: chainPartner, distributor: chainPartner, buyer: chainPartner,
};

export function nodeLook(kind: StakeholderKind): NodeLook {
  return kindOverride[kind] ?? familyLook[KIND_FAMILY[kind]];
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
