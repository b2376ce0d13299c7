import { z } from 'zod';
import { projectId } from '../domain/project';
import { strategyFields, swotStrategy } from '../domain/swotStrategy';
import { workshopBoard } from '../domain/workshop';
import type { MethodSpec } from './spec';

const id = z.string().uuid();
const inWorkshop = z.object({ projectId, workshopId: id });
const withId = z.object({ projectId, id });

/** SWOT to strategy: SO, WO, ST and WT strategies of a SWOT workshop, each linked to its cards. */
export const strategyMethods = {
  'strategies.list': { input: inWorkshop.strict(), output: z.array(swotStrategy) },
  'strategies.create': { input: inWorkshop.extend(strategyFields.shape).strict(), output: swotStrategy, undoable: true },
  'strategies.update': { input: withId.extend(strategyFields.partial().shape).strict(), output: swotStrategy, undoable: true },
  'strategies.delete': { input: withId.strict(), output: z.object({ deleted: z.literal(true) }), undoable: true },
  /** A long-list workshop with one card per strategy, to be voted on and short-listed. */
  'strategies.toLongList': {
    input: inWorkshop.extend({ theme: z.string().trim().min(1).max(200).optional() }).strict(),
    output: workshopBoard,
    undoable: true,
  },
} as const satisfies Record<string, MethodSpec>;
