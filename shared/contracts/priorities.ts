import { z } from 'zod';
import { assessmentFields, priorityRow } from '../domain/clusterPriority';
import { projectId } from '../domain/project';
import type { MethodSpec } from './spec';

/** Step 1: each project's own assessment, and the regency view that compares every project here. */
export const priorityMethods = {
  'assessment.get': { input: z.object({ projectId }).strict(), output: assessmentFields },
  'assessment.set': { input: z.object({ projectId }).extend(assessmentFields.partial().shape).strict(), output: assessmentFields, undoable: true },
  /** Every project on this laptop on the five criteria and the pilot scoring, in priority order. */
  'priorities.list': { input: z.object({}).strict(), output: z.array(priorityRow) },
} as const satisfies Record<string, MethodSpec>;
