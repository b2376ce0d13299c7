import { z } from 'zod';
import { bdsDefaults, bdsFields, firmDefaults, firmFields } from './stakeholderProfile';

/** Internal actors of the value chain first, then external support, then the facilitator. */
export const STAKEHOLDER_KINDS = [
  'core_firm', 'leading_firm', 'supplier', 'subcontractor', 'distributor', 'buyer',
  'gov_central', 'gov_provincial', 'gov_regency',
  'association', 'kadin', 'ngo', 'university', 'bank', 'consultant', 'rnd_institute', 'training_centre',
  'committee', 'facilitator',
  'cooperative', 'related_industry', 'media', 'investor',
] as const;
export type StakeholderKind = (typeof STAKEHOLDER_KINDS)[number];

export const KIND_FAMILY: Record<StakeholderKind, 'internal' | 'government' | 'bds' | 'forum' | 'facilitator'> = {
  core_firm: 'internal', leading_firm: 'internal', supplier: 'internal', subcontractor: 'internal',
  distributor: 'internal', buyer: 'internal',
  gov_central: 'government', gov_provincial: 'government', gov_regency: 'government',
  association: 'bds', kadin: 'bds', ngo: 'bds', university: 'bds', bank: 'bds', consultant: 'bds',
  rnd_institute: 'bds', training_centre: 'bds',
  committee: 'forum', facilitator: 'facilitator',
  // Related industries share the core firms' skills or markets (seed 004): inside the cluster.
  // Cooperatives, media and investors serve it from outside: finance, information, promotion.
  related_industry: 'internal', cooperative: 'bds', media: 'bds', investor: 'bds',
};

const text = (max: number) => z.string().trim().max(max);
const score = z.number().int().min(1).max(5);

export const stakeholderFields = z.object({
  name: text(120).min(1),
  organisation: text(200),
  kind: z.enum(STAKEHOLDER_KINDS),
  role: text(120),
  village: text(120),
  district: text(120),
  coreBusiness: text(200),
  phone: text(40).regex(/^[0-9+()\-.\s]*$/, 'Only digits, spaces and + ( ) - .'),
  smallGroupId: z.string().uuid().nullable(),
  groupLeader: z.boolean(),
  clusterMember: z.boolean(),
  interest: score.nullable(),
  influence: score.nullable(),
  notes: text(2000),
}).extend(firmFields.shape).extend(bdsFields.shape);
export type StakeholderFields = z.infer<typeof stakeholderFields>;

export const stakeholder = stakeholderFields.extend({
  id: z.string().uuid(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Stakeholder = z.infer<typeof stakeholder>;

export const stakeholderDefaults: Omit<StakeholderFields, 'name' | 'kind'> = {
  organisation: '', role: '', village: '', district: '', coreBusiness: '', phone: '',
  smallGroupId: null, groupLeader: false, clusterMember: false, interest: null, influence: null, notes: '',
  ...firmDefaults, ...bdsDefaults,
};

export const smallGroupFields = z.object({ name: text(120).min(1), area: text(200) });
export const smallGroup = smallGroupFields.extend({ id: z.string().uuid() });
export type SmallGroup = z.infer<typeof smallGroup>;
