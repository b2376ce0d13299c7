import type { MethodInput } from '../../../shared/contract';
import type { PathStep, PathStepId } from '../../../shared/domain/projectPath';

type Kind = MethodInput<'documents.render'>['kind'];
/** A document the step produces, and what to render it from (the step's meeting or workshop). */
export interface StepDocument {
  kind: Kind;
  request: Omit<MethodInput<'documents.render'>, 'projectId'>;
}

const MEETING_DOCS: Kind[] = ['minutes', 'attendance'];
const DOCS: Partial<Record<PathStepId, { kinds: Kind[]; by: 'meeting' | 'workshop' | 'round' | 'project' }>> = {
  questionnaire: { kinds: ['annex1'], by: 'round' },
  initiationPlan: { kinds: ['initiation-plan'], by: 'project' },
  kickoff: { kinds: MEETING_DOCS, by: 'meeting' },
  smallGroups: { kinds: MEETING_DOCS, by: 'meeting' },
  fgd1: { kinds: [...MEETING_DOCS, 'vision-mission'], by: 'meeting' },
  fgd2: { kinds: ['minutes', 'election-record', 'board-list'], by: 'meeting' },
  general: { kinds: MEETING_DOCS, by: 'meeting' },
  articles: { kinds: ['articles', 'bylaws'], by: 'project' },
  cedc: { kinds: ['request-letter', 'decree'], by: 'project' },
  diagnosis: { kinds: ['workshop-results'], by: 'workshop' },
  shortlist: { kinds: ['workshop-results'], by: 'workshop' },
  actionPlans: { kinds: ['annual-plan'], by: 'project' },
  monitoring: { kinds: ['monitoring-report'], by: 'project' },
};

/** The documents of a step that can be printed now: only once the step has started. */
export function stepDocuments(step: PathStep): StepDocument[] {
  const docs = DOCS[step.id];
  if (!docs || step.status === 'todo' || step.status === 'next') return [];
  if (docs.by !== 'project' && !step.targetId) return [];
  return docs.kinds.map((kind) => ({
    kind,
    request: docs.by === 'meeting' ? { kind, meetingId: step.targetId! }
      : docs.by === 'workshop' ? { kind, workshopId: step.targetId! }
      : docs.by === 'round' ? { kind, roundId: step.targetId! } : { kind },
  }));
}
