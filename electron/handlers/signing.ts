import type { signingMethods } from '../../shared/contracts/signing';
import { listRegencies } from '../services/regions';
import * as signing from '../services/signing';
import { project, workspace, type HandlerSlice } from './types';

export const signingHandlers: HandlerSlice<keyof typeof signingMethods> = {
  'regions.list': workspace(() => [...listRegencies()]),
  'signing.get': project((db) => signing.readSigning(db)),
  'signing.set': project((db, { projectId: _p, ...patch }, t) => signing.setSigning(db, patch, t)),
  'signing.witnesses': project((db, { meetingId }) => ({ witnesses: signing.readWitnesses(db, meetingId) })),
  'signing.setWitnesses': project((db, { meetingId, witnesses }, t) => ({ witnesses: signing.setWitnesses(db, meetingId, witnesses, t) })),
};
