import type { MethodInput } from '../../../shared/contract';
import { useActionPlans } from './actionPlansStore';

export type PlanPatch = Omit<MethodInput<'actionPlans.update'>, 'projectId' | 'id'>;

/** Saves part of a plan as one undo step; false when refused (the field then shows the saved value). */
export function usePlanSave(planId: string): (patch: PlanPatch) => Promise<boolean> {
  const edit = useActionPlans((s) => s.edit);
  return async (patch) => (await edit('actionPlans.update', { id: planId, ...patch })) !== null;
}
