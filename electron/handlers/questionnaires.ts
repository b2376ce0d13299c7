import type { questionnaireMethods } from '../../shared/contracts/questionnaires';
import { answerBase } from '../services/questionnaires/answers';
import { base2FromRegistry, questionnaireProfile } from '../services/questionnaires/profile';
import { listRounds, readRound } from '../services/questionnaires/roundRows';
import { createRound, deleteRound, updateRound } from '../services/questionnaires/rounds';
import { questionnaireSpread } from '../services/questionnaires/spread';
import { project, type HandlerSlice } from './types';

export const questionnaireHandlers: HandlerSlice<keyof typeof questionnaireMethods> = {
  'questionnaires.list': project((db) => listRounds(db)),
  'questionnaires.get': project((db, { id }) => readRound(db, id)),
  'questionnaires.create': project((db, { projectId: _p, ...input }, t) => createRound(db, input, t)),
  'questionnaires.update': project((db, { projectId: _p, id, ...patch }, t) => updateRound(db, id, patch, t)),
  'questionnaires.answer': project((db, { projectId: _p, roundId, ...patch }, t) => answerBase(db, roundId, patch, t)),
  'questionnaires.delete': project((db, { id }, t) => deleteRound(db, id, t)),
  'questionnaires.profile': project((db, { roundIds }) => questionnaireProfile(db, roundIds)),
  'questionnaires.spread': project((db, { sittingId }) => questionnaireSpread(db, sittingId)),
  'questionnaires.suggestBase2': project((db) => base2FromRegistry(db)),
};
