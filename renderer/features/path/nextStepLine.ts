import type { PathStep } from '../../../shared/domain/projectPath';
import type { TKey } from '../../i18n';

/** The one line of "what to do next" for a step not yet done, chosen from what the step holds. */
export function nextStepLine(step: PathStep): TKey {
  const started = step.status === 'inProgress';
  switch (step.id) {
    case 'mapping': return started ? 'path.todo.mappingTies' : 'path.todo.mapping';
    case 'smallGroups':
      if ((step.facts.ungroupedMembers ?? 0) > 0) return 'path.todo.smallGroupsUngrouped';
      return started ? 'path.todo.smallGroupsPlanned' : 'path.todo.smallGroups';
    default: return started ? `path.todo.${step.id}Planned` : `path.todo.${step.id}`;
  }
}
