import type { MethodSpec } from './spec';

/** Workshops: brainstorming and card sorting, voting, short lists. */
export const workshopMethods = {} as const satisfies Record<string, MethodSpec>;
