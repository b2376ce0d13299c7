import * as strategies from '../services/workshops/strategies';
import { project, type HandlerSlice, type MethodsOf } from './types';

export const strategyHandlers: HandlerSlice<MethodsOf<'strategies'>> = {
  'strategies.list': project((db, { workshopId }) => strategies.listStrategies(db, workshopId)),
  'strategies.create': project((db, { workshopId, ...fields }, t) => strategies.createStrategy(db, workshopId, fields, t)),
  'strategies.update': project((db, { id, projectId: _p, ...patch }, t) => strategies.updateStrategy(db, id, patch, t)),
  'strategies.delete': project((db, { id }, t) => strategies.deleteStrategy(db, id, t)),
  'strategies.toLongList': project((db, { workshopId, theme }, t) => strategies.strategiesToLongList(db, workshopId, theme, t)),
};
