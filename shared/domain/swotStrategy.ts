import { z } from 'zod';

/**
 * From SWOT to strategy (guideline section 2.3.1): strengths used on opportunities (SO), weaknesses
 * overcome through opportunities (WO), strengths against threats (ST), weaknesses and threats (WT).
 */
export const STRATEGY_KINDS = ['SO', 'WO', 'ST', 'WT'] as const;
export type StrategyKind = (typeof STRATEGY_KINDS)[number];
export const STRATEGY_TEXT_MAX = 500;
export const STRATEGY_SOURCES_MAX = 20;

/** The SWOT columns a strategy of each kind may draw its cards from. */
export const STRATEGY_COLUMNS: Record<StrategyKind, readonly ['S' | 'W', 'O' | 'T']> = {
  SO: ['S', 'O'], WO: ['W', 'O'], ST: ['S', 'T'], WT: ['W', 'T'],
};

const id = z.string().uuid();
export const strategyFields = z.object({
  kind: z.enum(STRATEGY_KINDS),
  text: z.string().trim().min(1).max(STRATEGY_TEXT_MAX),
  /** The SWOT cards the strategy comes from; cards deleted later simply drop out. */
  cardIds: z.array(id).max(STRATEGY_SOURCES_MAX),
});
export type StrategyFields = z.infer<typeof strategyFields>;

export const swotStrategy = strategyFields.extend({
  id, workshopId: id, position: z.number().int(),
  sources: z.array(z.object({ cardId: id, text: z.string(), column: z.enum(['S', 'W', 'O', 'T']) })),
});
export type SwotStrategy = z.infer<typeof swotStrategy>;
