import { describe, expect, it } from 'vitest';
import { electionOutcome, quorumRequired, type ElectionRound } from '../../shared/domain/election';

const ids = ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b', '00000000-0000-4000-8000-00000000000c'];
const [A, B, C] = ids as [string, string, string];
const round = (tallies: Record<string, number>, candidateIds = Object.keys(tallies)): ElectionRound => ({
  id: ids[0]!, number: 1, candidateIds, tallies, invalid: 0, blank: 0, votersPresent: 41, openVotes: null, createdAt: '',
});

describe('election outcome', () => {
  it('elects the most votes for one seat', () => {
    expect(electionOutcome({ method: 'vote', seats: 1, agreed: [], rounds: [round({ [A]: 21, [B]: 19 })] })).toEqual({ status: 'decided', winners: [A], tied: [] });
  });

  it('shows an 18-18 tie as a tie, and a run-off between the tied decides', () => {
    const first = round({ [A]: 18, [B]: 18, [C]: 0 });
    expect(electionOutcome({ method: 'vote', seats: 1, agreed: [], rounds: [first] })).toEqual({ status: 'tie', winners: [], tied: [A, B] });
    const runoff = { ...round({ [A]: 21, [B]: 19 }, [A, B]), number: 2 };
    expect(electionOutcome({ method: 'vote', seats: 1, agreed: [], rounds: [first, runoff] })).toEqual({ status: 'decided', winners: [A], tied: [] });
  });

  it('settles a tie by a recorded agreement', () => {
    expect(electionOutcome({ method: 'vote', seats: 1, agreed: [B], rounds: [round({ [A]: 10, [B]: 10 })] }).winners).toEqual([B]);
  });

  it('fills several seats; a tie only at the last seat keeps the clear winners', () => {
    const r = round({ [A]: 12, [B]: 7, [C]: 7 });
    expect(electionOutcome({ method: 'vote', seats: 2, agreed: [], rounds: [r] })).toEqual({ status: 'tie', winners: [A], tied: [B, C] });
    expect(electionOutcome({ method: 'vote', seats: 3, agreed: [], rounds: [r] })).toEqual({ status: 'decided', winners: [A, B, C], tied: [] });
    const runoff = { ...round({ [B]: 9, [C]: 5 }, [B, C]), number: 2 };
    expect(electionOutcome({ method: 'vote', seats: 2, agreed: [], rounds: [r, runoff] }).winners).toEqual([A, B]);
  });

  it('is pending without votes, and decided by consensus when agreed', () => {
    expect(electionOutcome({ method: 'vote', seats: 1, agreed: [], rounds: [] }).status).toBe('pending');
    expect(electionOutcome({ method: 'consensus', seats: 1, agreed: [C], rounds: [] })).toEqual({ status: 'decided', winners: [C], tied: [] });
  });

  it('computes the quorum: more than half, or two thirds', () => {
    expect(quorumRequired('more_than_half', 52)).toBe(27);
    expect(quorumRequired('more_than_half', 51)).toBe(26);
    expect(quorumRequired('at_least_two_thirds', 52)).toBe(35);
  });
});
