import { z } from 'zod';
import { initiationActivityFields, initiationPlan } from '../domain/initiationPlan';
import { projectId } from '../domain/project';
import type { MethodSpec } from './spec';

const id = z.string().uuid();
const inProject = z.object({ projectId });
const withId = inProject.extend({ id });

/** The initiation plan: activities with dates, outputs, linked meetings and budget; every edit undoable. */
export const initiationMethods = {
  'initiation.get': { input: inProject.strict(), output: initiationPlan },
  /** Fills an empty plan with the guideline's six initiation steps. */
  'initiation.prefill': { input: inProject.strict(), output: initiationPlan, undoable: true },
  'initiation.add': {
    input: inProject.extend(initiationActivityFields.partial().shape).extend({ title: initiationActivityFields.shape.title }).strict(),
    output: initiationPlan,
    undoable: true,
  },
  'initiation.update': { input: withId.extend(initiationActivityFields.partial().shape).strict(), output: initiationPlan, undoable: true },
  'initiation.move': { input: withId.extend({ index: z.number().int().min(0) }).strict(), output: initiationPlan, undoable: true },
  'initiation.delete': { input: withId.strict(), output: initiationPlan, undoable: true },
} as const satisfies Record<string, MethodSpec>;
