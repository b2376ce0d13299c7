import { z } from 'zod';

/**
 * The guideline's path through a cluster project, in its four phases. The project home shows
 * each step as done, in progress or next, so a facilitator sees where the cluster stands.
 */
export const PATH_PHASES = ['preparation', 'initiation', 'framework', 'implementation'] as const;
export const PATH_STEPS = [
  'mapping', 'questionnaire', 'initiationPlan',
  'kickoff', 'smallGroups', 'fgd1', 'fgd2',
  'general', 'articles', 'cedc',
  'diagnosis', 'shortlist', 'actionPlans', 'monitoring',
] as const;
export type PathStepId = (typeof PATH_STEPS)[number];
export type PathPhase = (typeof PATH_PHASES)[number];

export const PHASE_OF_STEP: Record<PathStepId, PathPhase> = {
  mapping: 'preparation', questionnaire: 'preparation', initiationPlan: 'preparation',
  kickoff: 'initiation', smallGroups: 'initiation', fgd1: 'initiation', fgd2: 'initiation',
  general: 'framework', articles: 'framework', cedc: 'framework',
  diagnosis: 'implementation', shortlist: 'implementation', actionPlans: 'implementation', monitoring: 'implementation',
};

/** `next` is the first step not yet done; the steps after it that have not started are `todo`. */
export const PATH_STATUSES = ['done', 'inProgress', 'next', 'todo'] as const;
export type PathStatus = (typeof PATH_STATUSES)[number];

const count = z.number().int().nonnegative();
export const pathStep = z.object({
  id: z.enum(PATH_STEPS),
  phase: z.enum(PATH_PHASES),
  status: z.enum(PATH_STATUSES),
  /** The step's own date (meeting held, vision adopted, board announced...), or '' when none. */
  date: z.string(),
  /** The meeting, workshop or plan the step's link opens, when there is exactly one to open. */
  targetId: z.string().uuid().nullable(),
  /** Small figures that make "what to do next" concrete (e.g. members without a small group). */
  facts: z.record(z.string(), count),
});
export type PathStep = z.infer<typeof pathStep>;

export const projectCounts = z.object({
  stakeholders: count,
  members: count,
  ties: count,
  meetings: count,
  workshops: count,
  plans: count,
});
export type ProjectCounts = z.infer<typeof projectCounts>;

export const projectPath = z.object({ counts: projectCounts, steps: z.array(pathStep) });
export type ProjectPath = z.infer<typeof projectPath>;
