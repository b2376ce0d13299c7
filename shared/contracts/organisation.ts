import type { MethodSpec } from './spec';

/** The cluster organisation formed in FGD-2: positions, the election, the board. */
export const organisationMethods = {} as const satisfies Record<string, MethodSpec>;
