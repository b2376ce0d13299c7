import { z } from 'zod';
import { BALLOTS, electionPosition, electionState, ELECTION_METHODS, ELECTION_TARGETS, QUORUM_RULES } from '../domain/election';
import { organisation, organisationFields } from '../domain/organisation';
import { BULK_MAX_BODY_BYTES, type MethodSpec } from './spec';

const projectId = z.string().uuid();
const inMeeting = z.object({ projectId, meetingId: z.string().uuid() });
const position = z.object({ projectId, positionId: z.string().uuid() });
const count = z.number().int().min(0).max(100_000);

/** The cluster organisation formed in FGD-2: positions, the election (FGD-2 or a general meeting), the board. */
export const organisationMethods = {
  'organisation.get': { input: z.object({ projectId }).strict(), output: organisation },
  'organisation.update': { input: z.object({ projectId }).extend(organisationFields.omit({ announcedMeetingId: true, announcedAt: true }).partial().shape).strict(), output: organisation, undoable: true },
  /** Records the announcement as a decision of the FGD-2 meeting. */
  'organisation.announce': { input: inMeeting.strict(), output: organisation, undoable: true },

  /** Creates the positions to elect from the FGD-1 draft rules (once). */
  'election.setup': { input: inMeeting.strict(), output: electionState, undoable: true },
  'election.get': { input: inMeeting.strict(), output: electionState },
  /** What the meeting elects: the organisation's board (default) or the committee's chair and main members. */
  'election.setElects': { input: inMeeting.extend({ elects: z.enum(ELECTION_TARGETS) }).strict(), output: electionState, undoable: true },
  'election.setQuorumRule': { input: inMeeting.extend({ rule: z.enum(QUORUM_RULES) }).strict(), output: electionState, undoable: true },
  'election.updatePosition': {
    input: position.extend({ method: z.enum(ELECTION_METHODS).optional(), ballot: z.enum(BALLOTS).optional(), seats: z.number().int().min(1).max(50).optional(), title: z.string().trim().min(1).max(120).optional() }).strict(),
    output: electionPosition,
    undoable: true,
  },
  /** Leaves a position out of this meeting's election (a general meeting re-electing the chair only). */
  'election.removePosition': { input: position.strict(), output: electionState, undoable: true },
  'election.addCandidate': { input: position.extend({ attendeeId: z.string().uuid() }).strict(), output: electionPosition, undoable: true },
  'election.removeCandidate': { input: z.object({ projectId, candidateId: z.string().uuid() }).strict(), output: electionPosition, undoable: true },
  'election.consensus': { input: position.extend({ candidateIds: z.array(z.string().uuid()).max(50), note: z.string().trim().max(2000).default('') }).strict(), output: electionPosition, undoable: true },
  /** Secret ballot counted on paper. */
  'election.tally': {
    input: position.extend({ tallies: z.record(z.string().uuid(), count), invalid: count.default(0), blank: count.default(0) }).strict(),
    output: electionPosition,
    undoable: true,
  },
  /** Open vote: one entry per voter (candidateId null = blank). */
  'election.openVotes': {
    input: position.extend({ votes: z.array(z.object({ voterId: z.string().uuid(), candidateId: z.string().uuid().nullable() })).max(100_000) }).strict(),
    output: electionPosition,
    undoable: true,
    maxBodyBytes: BULK_MAX_BODY_BYTES,
  },
  /** A tie settled by agreement, with how it was reached. */
  'election.agree': { input: position.extend({ candidateIds: z.array(z.string().uuid()).min(1).max(50), note: z.string().trim().max(2000) }).strict(), output: electionPosition, undoable: true },
  'election.deleteLastRound': { input: position.strict(), output: electionPosition, undoable: true },
  /** Locks the result and seats the board; not undoable: reopen with a reason instead. */
  'election.confirm': { input: position.strict(), output: electionPosition },
  'election.reopen': { input: position.extend({ reason: z.string().trim().min(5).max(2000) }).strict(), output: electionPosition },
} as const satisfies Record<string, MethodSpec>;
