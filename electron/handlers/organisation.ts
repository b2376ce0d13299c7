import * as candidates from '../services/election/candidates';
import { confirmPosition, reopenPosition } from '../services/election/confirm';
import { readElection } from '../services/election/read';
import { removePosition, setElects, setQuorumRule, setupElection, updatePosition } from '../services/election/setup';
import * as voting from '../services/election/voting';
import { readMeeting } from '../services/meetings';
import * as org from '../services/organisation';
import { project, type HandlerSlice, type MethodsOf } from './types';

export const organisationHandlers: HandlerSlice<MethodsOf<'organisation' | 'election'>> = {
  'organisation.get': project((db) => org.readOrganisation(db)),
  'organisation.update': project((db, { projectId: _p, ...patch }, t) => org.updateOrganisation(db, patch, t)),
  'organisation.announce': project((db, { meetingId }, t) => org.announceOrganisation(db, meetingId, t)),

  'election.setup': project((db, { meetingId }, t) => setupElection(db, meetingId, t)),
  'election.get': project((db, { meetingId }) => {
    readMeeting(db, meetingId);
    return readElection(db, meetingId);
  }),
  'election.setElects': project((db, { meetingId, elects }, t) => setElects(db, meetingId, elects, t)),
  'election.setQuorumRule': project((db, { meetingId, rule }, t) => setQuorumRule(db, meetingId, rule, t)),
  'election.updatePosition': project((db, { projectId: _p, positionId, ...patch }, t) => updatePosition(db, positionId, patch, t)),
  'election.removePosition': project((db, { positionId }, t) => removePosition(db, positionId, t)),
  'election.addCandidate': project((db, { positionId, attendeeId }, t) => candidates.addCandidate(db, positionId, attendeeId, t)),
  'election.removeCandidate': project((db, { candidateId }, t) => candidates.removeCandidate(db, candidateId, t)),
  'election.consensus': project((db, { positionId, candidateIds, note }, t) => voting.recordConsensus(db, positionId, candidateIds, note, t)),
  'election.tally': project((db, { positionId, tallies, invalid, blank }, t) => voting.recordTally(db, positionId, { tallies, invalid, blank }, t)),
  'election.openVotes': project((db, { positionId, votes }, t) => voting.recordOpenVotes(db, positionId, votes, t)),
  'election.agree': project((db, { positionId, candidateIds, note }, t) => voting.resolveByAgreement(db, positionId, candidateIds, note, t)),
  'election.deleteLastRound': project((db, { positionId }, t) => voting.deleteLastRound(db, positionId, t)),
  'election.confirm': project((db, { positionId }, t) => confirmPosition(db, positionId, t)),
  'election.reopen': project((db, { positionId, reason }, t) => reopenPosition(db, positionId, reason, t)),
};
