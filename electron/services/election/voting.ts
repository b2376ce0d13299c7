import type { Database } from 'better-sqlite3';
import type { ElectionPosition } from '../../../shared/domain/election';
import { AppError } from '../../errors';
import type { ProjectTools } from '../../handlers/types';
import { positionIdsOf, presentMemberIds, readElection, readPosition } from './read';
import { assertOpen } from './setup';

/** Positions are elected in their order: the chair first, so the chair leaves later lists. */
export function assertEarlierConfirmed(db: Database, p: ElectionPosition): void {
  for (const id of positionIdsOf(db, p.meetingId)) {
    if (id === p.id) return;
    const earlier = readPosition(db, id);
    if (earlier.status !== 'confirmed') {
      throw new AppError('invalid_state', 'earlier_position_open', `Confirm the result for ${earlier.title} first`, { title: earlier.title });
    }
  }
}

function votable(db: Database, positionId: string, method: 'consensus' | 'vote') {
  const p = assertOpen(db, positionId);
  assertEarlierConfirmed(db, p);
  if (p.method !== method) throw new AppError('invalid_state', 'wrong_method', `${p.title} is elected by ${p.method}`, { title: p.title });
  return p;
}

export function recordConsensus(db: Database, positionId: string, candidateIds: string[], note: string, t: ProjectTools) {
  const p = votable(db, positionId, 'consensus');
  const known = new Set(p.candidates.map((c) => c.id));
  if (candidateIds.some((c) => !known.has(c))) throw new AppError('invalid_input', 'not_a_candidate', 'Only candidates can be agreed on');
  if (candidateIds.length > p.seats) throw new AppError('invalid_input', 'too_many_agreed', `${p.title} has ${p.seats} seat(s)`, { seats: p.seats });
  t.rec.update('election_positions', positionId, { agreed: JSON.stringify(candidateIds), agreement_note: note });
  return readPosition(db, positionId);
}

/** The candidates of the next round: everyone at first; after a tie, only the tied (run-off). */
function nextRoundCandidates(p: ElectionPosition): string[] {
  if (p.rounds.length === 0) {
    if (p.candidates.length === 0) throw new AppError('invalid_state', 'no_candidates', `${p.title} has no candidates`, { title: p.title });
    return p.candidates.map((c) => c.id);
  }
  if (p.outcome.status === 'tie') return p.outcome.tied;
  throw new AppError('invalid_state', 'position_decided', `${p.title} is already decided`, { title: p.title });
}

interface Ballots { tallies: Record<string, number>; invalid: number; blank: number; openVotes: { voterId: string; candidateId: string | null }[] | null }

function addRound(db: Database, p: ElectionPosition, b: Ballots, t: ProjectTools) {
  const election = readElection(db, p.meetingId);
  if (!election.quorum.met) {
    throw new AppError('invalid_state', 'quorum_not_met', 'The quorum is not met', { present: election.quorum.present, required: election.quorum.required });
  }
  const candidateIds = nextRoundCandidates(p);
  const allowed = new Set(candidateIds);
  for (const c of Object.keys(b.tallies)) if (!allowed.has(c)) throw new AppError('invalid_input', 'not_a_candidate', 'Votes can only go to the candidates of this round');
  const cast = Object.values(b.tallies).reduce((n, v) => n + v, 0) + b.invalid + b.blank;
  const voters = election.quorum.present;
  if (cast > voters) throw new AppError('invalid_input', 'ballots_exceed_voters', `${cast} ballots but only ${voters} voters present`, { cast, voters });
  t.rec.insert('election_rounds', {
    id: t.newId(), position_id: p.id, number: p.rounds.length + 1, candidate_ids: JSON.stringify(candidateIds),
    tallies: JSON.stringify(Object.fromEntries(candidateIds.map((c) => [c, b.tallies[c] ?? 0]))), invalid: b.invalid, blank: b.blank,
    voters_present: voters, open_votes: b.openVotes ? JSON.stringify(b.openVotes) : null, created_at: t.now,
  });
  return readPosition(db, p.id);
}

/** A secret ballot counted on paper: one tally per candidate, plus invalid and blank ballots. */
export function recordTally(db: Database, positionId: string, b: Omit<Ballots, 'openVotes'>, t: ProjectTools) {
  const p = votable(db, positionId, 'vote');
  if (p.ballot !== 'secret') throw new AppError('invalid_state', 'wrong_ballot', 'This position is voted openly: enter one vote per voter');
  // A round of all zeros is an untouched form, not a count: saving it would read as "0 of N".
  const counted = Object.values(b.tallies).reduce((n, v) => n + v, 0) + b.invalid + b.blank;
  if (counted === 0) throw new AppError('invalid_input', 'tally_empty', 'The tally counts no ballots');
  return addRound(db, p, { ...b, openVotes: null }, t);
}

/** An open vote: one entry per voter present; the tally is counted from them. */
export function recordOpenVotes(db: Database, positionId: string, votes: { voterId: string; candidateId: string | null }[], t: ProjectTools) {
  const p = votable(db, positionId, 'vote');
  if (p.ballot !== 'open') throw new AppError('invalid_state', 'wrong_ballot', 'This position is voted by secret ballot: enter the tally');
  const eligible = new Set(presentMemberIds(db, p.meetingId));
  const seen = new Set<string>();
  for (const v of votes) {
    if (!eligible.has(v.voterId)) throw new AppError('invalid_input', 'voter_not_eligible', 'Only members present can vote');
    if (seen.has(v.voterId)) throw new AppError('invalid_input', 'voter_twice', 'A voter can vote once');
    seen.add(v.voterId);
  }
  const tallies: Record<string, number> = {};
  for (const v of votes) if (v.candidateId) tallies[v.candidateId] = (tallies[v.candidateId] ?? 0) + 1;
  return addRound(db, p, { tallies, invalid: 0, blank: votes.filter((v) => !v.candidateId).length, openVotes: votes }, t);
}

/** A tie settled by agreement instead of a run-off: recorded with its note, never silently. */
export function resolveByAgreement(db: Database, positionId: string, candidateIds: string[], note: string, t: ProjectTools) {
  const p = votable(db, positionId, 'vote');
  if (p.outcome.status !== 'tie') throw new AppError('invalid_state', 'no_tie', `${p.title} has no tie to resolve`, { title: p.title });
  const open = p.seats - p.outcome.winners.length;
  if (candidateIds.length !== open || candidateIds.some((c) => !p.outcome.tied.includes(c))) {
    throw new AppError('invalid_input', 'agreement_mismatch', `Choose ${open} of the tied candidates`, { seats: open });
  }
  if (!note.trim()) throw new AppError('invalid_input', 'agreement_note_required', 'Write down how the agreement was reached');
  t.rec.update('election_positions', positionId, { agreed: JSON.stringify(candidateIds), agreement_note: note });
  return readPosition(db, positionId);
}

/** Takes back the last round entered (a mistyped tally), while the result is open. */
export function deleteLastRound(db: Database, positionId: string, t: ProjectTools) {
  const p = assertOpen(db, positionId);
  const last = p.rounds.at(-1);
  if (!last) throw new AppError('invalid_state', 'no_rounds', 'No votes recorded yet');
  if (p.agreed.length) t.rec.update('election_positions', positionId, { agreed: '[]', agreement_note: '' });
  t.rec.delete('election_rounds', last.id);
  return readPosition(db, positionId);
}
