import type { PathStep, PathStepId } from '../../../shared/domain/projectPath';
import { useWorkshops } from '../workshops/workshopsStore';
import { useUi, type ProjectAreaId } from '../shell/uiStore';

const AREA: Record<PathStepId, ProjectAreaId> = {
  mapping: 'map', questionnaire: 'diagnosis', initiationPlan: 'initiation', kickoff: 'meetings', smallGroups: 'stakeholders', fgd1: 'meetings', fgd2: 'meetings', general: 'meetings',
  articles: 'articles', cedc: 'cedc', diagnosis: 'workshops', shortlist: 'workshops', actionPlans: 'actionPlans', monitoring: 'actionPlans',
};

/** Opens the screen where the step is done: its meeting or workshop when it has one. */
export function openStep(projectId: string, step: PathStep): void {
  const area = step.id === 'smallGroups' && step.targetId ? 'meetings' : AREA[step.id];
  if (area === 'meetings' && step.targetId) {
    useUi.getState().navigate({ name: 'project', projectId, area, detail: `${step.targetId}/detail` });
    return;
  }
  if (area === 'workshops' && step.targetId) {
    // The workshop store must know the project before it opens one of its workshops.
    useWorkshops.getState().use(projectId);
    useWorkshops.getState().open(step.targetId);
  }
  useUi.getState().navigate({ name: 'project', projectId, area });
}
