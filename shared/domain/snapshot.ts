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
});
export type SnapshotData = z.infer<typeof snapshotData>;

const metricValues = metricsRow.omit({ stakeholderId: true, name: true });
export const snapshotComparison = z.object({
  stakeholdersAdded: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
  stakeholdersRemoved: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
  relationsAdded: z.array(relation.extend({ sourceName: z.string(), targetName: z.string() })),
  relationsRemoved: z.array(relation.extend({ sourceName: z.string(), targetName: z.string() })),
  /** One row per stakeholder present in either; null where absent. Sorted by the largest change. */
  metricChanges: z.array(z.object({ stakeholderId: z.string(), name: z.string(), before: metricValues.nullable(), after: metricValues.nullable() })),
});
export type SnapshotComparison = z.infer<typeof snapshotComparison>;
