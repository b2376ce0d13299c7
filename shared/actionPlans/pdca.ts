import type { PdcaStage } from '../domain/actionPlan';

/**
 * The cycle the guideline runs: start (Plan -> Do), mid-term evaluation (Check), improvement
 * plan (Action), continue (Do again); a closing record ends it. A wrong step is undone with Ctrl+Z.
 */
export const NEXT_STAGE: Record<PdcaStage, PdcaStage> = { plan: 'do', do: 'check', check: 'action', action: 'do' };

export interface StageFacts {
  stage: PdcaStage;
  closed: boolean;
  startDate: string;
  hasMidterm: boolean;
}

/** Why a plan may not move to `to` (an error reason), or null when it may. */
export function stageRefusal(p: StageFacts, to: PdcaStage): string | null {
  if (p.closed) return 'plan_closed';
  if (NEXT_STAGE[p.stage] !== to) return 'plan_stage_order';
  if (to === 'do' && p.stage === 'plan' && !p.startDate) return 'plan_needs_start';
  if (to === 'action' && !p.hasMidterm) return 'plan_needs_midterm';
  return null;
}
