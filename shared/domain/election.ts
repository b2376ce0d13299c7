import { z } from 'zod';

const id = z.string().uuid();
export const ELECTION_METHODS = ['consensus', 'vote'] as const;
export const BALLOTS = ['secret', 'open'] as const;
export const QUORUM_RULES = ['more_than_half', 'at_least_two_thirds'] as const;
export type QuorumRule = (typeof QUORUM_RULES)[number];
/** What an election meeting elects: the cluster organisation's board, or the committee's chair and main members. */
export const ELECTION_TARGETS = ['board', 'committee'] as const;
export type ElectionTarget = (typeof ELECTION_TARGETS)[number];
/** Meeting kinds that hold an election: FGD-2 forms the board, a general meeting (Step 4) elects the official leader. */
export const ELECTION_MEETING_KINDS = ['fgd2', 'general'] as const;
/**
 * The committee's positions elected by the cluster (its chair and main members); the offices
 * that sit on it by function stay hand entries in the committee's list.
 */
export const COMMITTEE_POSITIONS = [
  { key: 'ketua', title: 'Ketua', count: 1 },
  { key: 'wakil_ketua', title: 'Wakil Ketua', count: 1 },
  { key: 'sekretaris', title: 'Sekretaris', count: 1 },
] as const;

export const electionRound = z.object({
  id,
  number: z.number().int(),
  /** Who could be voted for in this round: everyone at first, only the tied ones in a run-off. */
  candidateIds: z.array(id),
  tallies: z.record(z.string(), z.number().int().min(0)),
  invalid: z.number().int().min(0),
  blank: z.number().int().min(0),
  votersPresent: z.number().int(),
  /** Open ballots: one entry per voter (candidate null = blank). */
  openVotes: z.array(z.object({ voterId: id, candidateId: id.nullable() })).nullable(),
  createdAt: z.string(),
});
export type ElectionRound = z.infer<typeof electionRound>;

export const candidate = z.object({ id, attendeeId: id, name: z.string(), organisation: z.string() });
export type Candidate = z.infer<typeof candidate>;

export const outcome = z.object({
  status: z.enum(['pending', 'decided', 'tie']),
  /** Candidate ids elected (fewer than the seats while a tie is open). */
  winners: z.array(id),
  /** Candidates level at the last seat: the facilitator resolves by run-off or agreement. */
  tied: z.array(id),
});
export type Outcome = z.infer<typeof outcome>;

export const electionPosition = z.object({
  id,
  meetingId: id,
  order: z.number().int(),
  key: z.string(),
  title: z.string(),
  seats: z.number().int().min(1),
  method: z.enum(ELECTION_METHODS),
  ballot: z.enum(BALLOTS),
  status: z.enum(['open', 'confirmed']),
  confirmedAt: z.string().nullable(),
  /** Consensus, or the agreement that settled a tie: the candidate ids agreed on. */
  agreed: z.array(id),
  agreementNote: z.string(),
  reopenLog: z.array(z.object({ at: z.string(), reason: z.string() })),
  candidates: z.array(candidate),
  rounds: z.array(electionRound),
  outcome,
});
export type ElectionPosition = z.infer<typeof electionPosition>;

export const quorum = z.object({
  rule: z.enum(QUORUM_RULES),
  members: z.number().int(),
  present: z.number().int(),
  required: z.number().int(),
  met: z.boolean(),
});
export type Quorum = z.infer<typeof quorum>;

export const electionState = z.object({ meetingId: id, elects: z.enum(ELECTION_TARGETS), quorum, positions: z.array(electionPosition) });
export type ElectionState = z.infer<typeof electionState>;

/** The smallest number of members present that satisfies the rule. */
export function quorumRequired(rule: QuorumRule, members: number): number {
  return rule === 'more_than_half' ? Math.floor(members / 2) + 1 : Math.ceil((2 * members) / 3);
}

/**
 * Who is elected. Consensus: whoever was agreed. Vote: the latest round's top `seats`; when
 * candidates are level at the last seat the result is a tie, shown as such, until a run-off or
 * a recorded agreement settles it (never silently, e.g. by list order).
 */
export function electionOutcome(p: Pick<ElectionPosition, 'method' | 'seats' | 'agreed' | 'rounds'>): Outcome {
  if (p.method === 'consensus') {
    return p.agreed.length ? { status: 'decided', winners: p.agreed.slice(0, p.seats), tied: [] } : { status: 'pending', winners: [], tied: [] };
  }
  const round = p.rounds.at(-1);
  if (!round) return { status: 'pending', winners: [], tied: [] };
  // Winners of earlier rounds keep their seats; a run-off only fills what is left.
  const earlier = p.rounds.length > 1 ? electionOutcome({ ...p, rounds: p.rounds.slice(0, -1), agreed: [] }).winners : [];
  const open = p.seats - earlier.length;
  const ranked = round.candidateIds.map((c) => ({ c, v: round.tallies[c] ?? 0 })).sort((a, b) => b.v - a.v);
  const cutoff = ranked[open - 1]?.v;
  if (cutoff === undefined || cutoff === 0) return { status: 'pending', winners: earlier, tied: [] };
  const above = ranked.filter((r) => r.v > cutoff).map((r) => r.c);
  const level = ranked.filter((r) => r.v === cutoff).map((r) => r.c);
  if (above.length + level.length <= open) return { status: 'decided', winners: [...earlier, ...above, ...level], tied: [] };
  const agreed = p.agreed.filter((a) => level.includes(a)).slice(0, open - above.length);
  if (agreed.length === open - above.length) return { status: 'decided', winners: [...earlier, ...above, ...agreed], tied: [] };
  return { status: 'tie', winners: [...earlier, ...above], tied: level };
}
