import { readAssessment, setAssessment } from '../services/priorities/assessment';
import { comparePriorities } from '../services/priorities/compare';
import { project, workspace, type HandlerSlice, type MethodsOf } from './types';

export const priorityHandlers: HandlerSlice<MethodsOf<'assessment' | 'priorities'>> = {
  'assessment.get': project((db) => readAssessment(db)),
  'assessment.set': project((db, { projectId: _p, ...patch }, t) => setAssessment(db, patch, t)),
  'priorities.list': workspace((ctx) => comparePriorities(ctx)),
};
