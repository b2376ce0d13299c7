import type { workshopMethods } from '../../shared/contracts/workshops';
import * as edits from '../services/workshops/cardEdits';
import * as cards from '../services/workshops/cards';
import { exportCardsCsv } from '../services/workshops/exportCards';
import * as groups from '../services/workshops/groups';
import * as participantScores from '../services/workshops/participantScores';
import * as participants from '../services/workshops/participants';
import { rankingOf, shortlistOf } from '../services/workshops/ranking';
import * as rounds from '../services/workshops/rounds';
import { listCards, listVotes, readWorkshop } from '../services/workshops/rows';
import * as votes from '../services/workshops/votes';
import * as workshops from '../services/workshops/workshops';
import { project, type HandlerSlice } from './types';

// Keyed by this area's contract rather than by name prefix: 'votes' or 'rounds' alone would
// also match methods another area might add.
export const workshopHandlers: HandlerSlice<keyof typeof workshopMethods> = {
  'workshops.create': project((db, { projectId: _p, ...input }, t) => workshops.createWorkshop(db, input, t)),
  'workshops.list': project((db) => workshops.listWorkshops(db)),
  'workshops.get': project((db, { id }, t) => workshops.readBoard(db, id, t.now)),
  'workshops.update': project((db, { projectId: _p, id, ...patch }, t) => workshops.updateWorkshop(db, id, patch, t)),
  'workshops.delete': project((db, { id }, t) => workshops.deleteWorkshop(db, id, t)),
  'workshops.ranking': project((db, { id, target }) => rankingOf(db, id, target)),
  'workshops.shortlist': project((db, { id }) => shortlistOf(db, id)),
  'workshops.exportCards': project((db, { id }) => exportCardsCsv(db, id)),

  'participants.add': project((db, { workshopId, stakeholderIds, names }, t) => participants.addParticipants(db, workshopId, { stakeholderIds, names }, t)),
  'participants.update': project((db, { projectId: _p, id, ...patch }, t) => participants.updateParticipant(db, id, patch, t)),
  'participants.remove': project((db, { id }, t) => participants.removeParticipant(db, id, t)),

  'cards.create': project((db, { projectId: _p, workshopId, ...input }, t) => cards.createCard(db, workshopId, input, t)),
  'cards.list': project((db, { workshopId }) => {
    readWorkshop(db, workshopId);
    return listCards(db, workshopId);
  }),
  'cards.update': project((db, { projectId: _p, id, ...patch }, t) => cards.updateCard(db, id, patch, t)),
  'cards.delete': project((db, { id }, t) => cards.deleteCard(db, id, t)),
  'cards.move': project((db, { cardIds, groupId, index }, t) => cards.moveCards(db, cardIds, groupId, index, t)),
  'cards.merge': project((db, { targetId, cardIds }, t) => edits.mergeCards(db, targetId, cardIds, t)),
  'cards.split': project((db, { id, parts }, t) => edits.splitCard(db, id, parts, t)),
  'cards.reveal': project((db, { workshopId }, t) => cards.revealCards(db, workshopId, t)),

  'groups.create': project((db, { workshopId, name, colour }, t) => groups.createGroup(db, workshopId, { name, colour }, t)),
  'groups.list': project((db, { workshopId }) => groups.listGroupsWithCounts(db, workshopId)),
  'groups.update': project((db, { projectId: _p, id, ...patch }, t) => groups.updateGroup(db, id, patch, t)),
  'groups.move': project((db, { id, toIndex }, t) => groups.moveGroup(db, id, toIndex, t)),
  'groups.merge': project((db, { targetId, sourceIds }, t) => groups.mergeGroups(db, targetId, sourceIds, t)),
  'groups.delete': project((db, { id }, t) => groups.deleteGroup(db, id, t)),

  'votes.set': project((db, { projectId: _p, workshopId, ...vote }, t) => votes.setVote(db, workshopId, vote, t)),
  'votes.list': project((db, { workshopId }) => {
    readWorkshop(db, workshopId);
    return listVotes(db, workshopId);
  }),
  'votes.clear': project((db, { workshopId }, t) => votes.clearVotes(db, workshopId, t)),
  'scores.set': project((db, { projectId: _p, workshopId, ...score }, t) => votes.setScore(db, workshopId, score, t)),
  'scores.adoptAverages': project((db, { workshopId }, t) => participantScores.adoptAverages(db, workshopId, t)),
  'participantScores.set': project((db, { projectId: _p, workshopId, ...score }, t) => participantScores.setParticipantScore(db, workshopId, score, t)),
  'participantScores.list': project((db, { workshopId }) => {
    readWorkshop(db, workshopId);
    return participantScores.listParticipantScores(db, workshopId);
  }),

  // Timer actions are live state: not undoable, they write outside the change log (see rounds.ts).
  'rounds.start': project((db, { workshopId, label, durationSeconds }, t) => rounds.startRound(db, workshopId, { label, durationSeconds }, t.newId(), t.now)),
  'rounds.list': project((db, { workshopId }, t) => rounds.listRounds(db, workshopId, t.now)),
  'rounds.pause': project((db, { id }, t) => rounds.pauseRound(db, id, t.now)),
  'rounds.resume': project((db, { id }, t) => rounds.resumeRound(db, id, t.now)),
  'rounds.extend': project((db, { id, minutes }, t) => rounds.extendRound(db, id, minutes, t.now)),
  'rounds.finish': project((db, { id }, t) => rounds.finishRound(db, id, t.now)),
};
