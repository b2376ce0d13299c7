import type { cedcMethods } from '../../shared/contracts/cedc';
import * as cedc from '../services/cedc';
import { project, type HandlerSlice } from './types';

export const cedcHandlers: HandlerSlice<keyof typeof cedcMethods> = {
  'cedc.get': project((db) => cedc.readCedc(db)),
  'cedc.update': project((db, { projectId: _p, ...patch }, t) => cedc.updateCedc(db, patch, t)),
  'cedc.addMember': project((db, { projectId: _p, ...fields }, t) => cedc.addMember(db, fields, t)),
  'cedc.addFromRegistry': project((db, { stakeholderIds }, t) => cedc.addFromRegistry(db, stakeholderIds, t)),
  'cedc.updateMember': project((db, { projectId: _p, id, ...patch }, t) => cedc.updateMember(db, id, patch, t)),
  'cedc.moveMember': project((db, { id, toIndex }, t) => cedc.moveMember(db, id, toIndex, t)),
  'cedc.removeMember': project((db, { id }, t) => cedc.removeMember(db, id, t)),
};
