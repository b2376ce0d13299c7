import { z } from 'zod';
import { isoDate } from './project';

export const RELATION_KINDS = ['upstream', 'downstream', 'support', 'finance', 'information', 'coordination'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];
export const FORMALITIES = ['traditional', 'formal'] as const;

export const relationFields = z.object({
  sourceId: z.string().uuid(),
  targetId: z.string().uuid(),
  kind: z.enum(RELATION_KINDS),
  formality: z.enum(FORMALITIES),
  strength: z.number().int().min(1).max(3),
  /** A mutual tie counts in both directions for the metrics. */
  mutual: z.boolean(),
  since: isoDate.nullable(),
  note: z.string().trim().max(1000),
});
export type RelationFields = z.infer<typeof relationFields>;

export const relation = relationFields.extend({ id: z.string().uuid(), createdAt: z.string() });
export type Relation = z.infer<typeof relation>;

export const relationDefaults: Pick<RelationFields, 'formality' | 'strength' | 'mutual' | 'since' | 'note'> = {
  formality: 'traditional', strength: 2, mutual: false, since: null, note: '',
};

export const metricsRow = z.object({
  stakeholderId: z.string(),
  name: z.string(),
  inDegree: z.number(),
  outDegree: z.number(),
  closeness: z.number(),
  betweenness: z.number(),
  eigenvector: z.number(),
});
export type MetricsRow = z.infer<typeof metricsRow>;
