import { z } from 'zod';
import { metricsRow, relation } from './relation';
import { smallGroup, stakeholder } from './stakeholder';

export const snapshotInfo = z.object({
  id: z.string().uuid(),
  name: z.string(),
  takenAt: z.string(),
  stakeholderCount: z.number().int(),
  relationCount: z.number().int(),
});
export type SnapshotInfo = z.infer<typeof snapshotInfo>;

/** The map frozen at a moment: what was there and the metrics it had then. */
export const snapshotData = z.object({
  stakeholders: z.array(stakeholder),
  relations: z.array(relation),
  groups: z.array(smallGroup),
  metrics: z.array(metricsRow),
  /** Where each node sat on the map; snapshots saved before this was kept have none. */
  positions: z.array(z.object({ id: z.string(), x: z.number(), y: z.number() })).optional(),
});
export type SnapshotData = z.infer<typeof snapshotData>;

const change = z.enum(['same', 'added', 'removed']);
export const miniMap = z.object({
  nodes: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), x: z.number().nullable(), y: z.number().nullable(), change })),
  edges: z.array(z.object({ source: z.string(), target: z.string(), change })),
});
export type MiniMap = z.infer<typeof miniMap>;

const metricValues = metricsRow.omit({ stakeholderId: true, name: true });
export const snapshotComparison = z.object({
  stakeholdersAdded: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
  stakeholdersRemoved: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
  relationsAdded: z.array(relation.extend({ sourceName: z.string(), targetName: z.string() })),
  relationsRemoved: z.array(relation.extend({ sourceName: z.string(), targetName: z.string() })),
  /** One row per stakeholder present in either; null where absent. Sorted by the largest change. */
  metricChanges: z.array(z.object({ stakeholderId: z.string(), name: z.string(), before: metricValues.nullable(), after: metricValues.nullable() })),
  /** The change in a few plain facts (see shared/snapshots/summary.ts). */
  summary: z.array(z.record(z.string(), z.union([z.string(), z.number()]))),
  /** The two maps to draw side by side; a node or tie is marked when it is new or gone. */
  maps: z.object({ before: miniMap, after: miniMap }),
});
export type SnapshotComparison = z.infer<typeof snapshotComparison>;
