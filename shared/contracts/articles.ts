import type { MethodSpec } from './spec';

/** Regulation drafts: the articles (AD) and by-laws (ART) of the cluster organisation. */
export const articleMethods = {} as const satisfies Record<string, MethodSpec>;
