import * as plan from '../services/initiation/plan';
import { project, type HandlerSlice, type MethodsOf } from './types';

export const initiationHandlers: HandlerSlice<MethodsOf<'initiation'>> = {
  'initiation.get': project((db) => plan.readInitiationPlan(db)),
  'initiation.prefill': project((db, _input, t) => plan.prefillInitiation(db, t)),
  'initiation.add': project((db, { projectId: _p, ...fields }, t) => plan.addActivity(db, fields, t)),
  'initiation.update': project((db, { id, projectId: _p, ...patch }, t) => plan.updateActivity(db, id, patch, t)),
  'initiation.move': project((db, { id, index }, t) => plan.moveActivity(db, id, index, t)),
  'initiation.delete': project((db, { id }, t) => plan.deleteActivity(db, id, t)),
};
