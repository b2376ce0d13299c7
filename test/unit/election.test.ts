import { describe, expect, it } from 'vitest';
import { fgd2 } from './fixtures/fgd2';

describe('FGD-2 election', () => {
  it('takes the positions from the FGD-1 rules and checks the quorum', async () => {
    const { state } = await fgd2();
    expect(state.positions.map((p) => [p.title, p.seats])).toEqual([['Ketua', 1], ['Wakil Ketua', 1], ['Anggota', 2]]);
    expect(state.quorum).toEqual({ rule: 'more_than_half', members: 52, present: 41, required: 27, met: true });
  });

  it('refuses votes without quorum', async () => {
    const { ok, raw, projectId, state, attendees } = await fgd2(20);
    const chair = state.positions[0]!;
    const pos = await ok('election.addCandidate', { projectId, positionId: chair.id, attendeeId: attendees[0]!.id });
    const res = await raw('election.tally', { projectId, positionId: chair.id, tallies: { [pos.candidates[0]!.id]: 10 } });
    expect(res.ok || [res.error.reason, res.error.params]).toEqual(['quorum_not_met', { present: 20, required: 27 }]);
  });

  it('refuses a tally that counts no ballots and saves no round', async () => {
    const { ok, raw, projectId, state, attendees } = await fgd2();
    const chair = state.positions[0]!;
    await ok('election.addCandidate', { projectId, positionId: chair.id, attendeeId: attendees[0]!.id });
    const withTwo = await ok('election.addCandidate', { projectId, positionId: chair.id, attendeeId: attendees[1]!.id });
    const [a, b] = withTwo.candidates.map((c) => c.id) as [string, string];
    const empty = await raw('election.tally', { projectId, positionId: chair.id, tallies: { [a]: 0, [b]: 0 }, invalid: 0, blank: 0 });
    expect(empty.ok || [empty.error.code, empty.error.reason]).toEqual(['invalid_input', 'tally_empty']);
    const none = await raw('election.tally', { projectId, positionId: chair.id, tallies: {} });
    expect(none.ok || none.error.reason).toBe('tally_empty');
    const after = await ok('election.get', { projectId, meetingId: chair.meetingId });
    expect(after.positions[0]!.rounds).toEqual([]);
    // Blank ballots alone are still a count.
    const blanks = await ok('election.tally', { projectId, positionId: chair.id, tallies: { [a]: 0, [b]: 0 }, invalid: 0, blank: 3 });
    expect(blanks.rounds).toHaveLength(1);
  });

  it('keeps a candidate on the attendance list until the candidacy is withdrawn', async () => {
    const { ok, raw, projectId, state, attendees } = await fgd2();
    const chair = state.positions[0]!;
    const position = await ok('election.addCandidate', { projectId, positionId: chair.id, attendeeId: attendees[0]!.id });
    const refused = await raw('attendees.remove', { projectId, id: attendees[0]!.id });
    expect(refused.ok || [refused.error.code, refused.error.reason]).toEqual(['invalid_state', 'attendee_is_candidate']);
    await ok('election.removeCandidate', { projectId, candidateId: position.candidates[0]!.id });
    expect(await ok('attendees.remove', { projectId, id: attendees[0]!.id })).toEqual({ deleted: true });
  });

  it('runs the chair vote with a tie and a run-off, refuses too many ballots, confirms and locks', async () => {
    const { ok, raw, projectId, meetingId, state, attendees } = await fgd2();
    const chair = state.positions[0]!;
    await ok('election.addCandidate', { projectId, positionId: chair.id, attendeeId: attendees[0]!.id });
    const withTwo = await ok('election.addCandidate', { projectId, positionId: chair.id, attendeeId: attendees[1]!.id });
    const [a, b] = withTwo.candidates.map((c) => c.id) as [string, string];

    const tooMany = await raw('election.tally', { projectId, positionId: chair.id, tallies: { [a]: 20, [b]: 20 }, invalid: 2, blank: 3 });
    expect(tooMany.ok || [tooMany.error.reason, tooMany.error.params]).toEqual(['ballots_exceed_voters', { cast: 45, voters: 41 }]);

    const tie = await ok('election.tally', { projectId, positionId: chair.id, tallies: { [a]: 18, [b]: 18 }, invalid: 2, blank: 3 });
    expect(tie.outcome).toEqual({ status: 'tie', winners: [], tied: [a, b] });
    const early = await raw('election.confirm', { projectId, positionId: chair.id });
    expect(early.ok || early.error.reason).toBe('tie_unresolved');

    const runoff = await ok('election.tally', { projectId, positionId: chair.id, tallies: { [a]: 21, [b]: 19 } });
    expect(runoff.rounds.map((r) => r.candidateIds.length)).toEqual([2, 2]);
    expect(runoff.outcome).toEqual({ status: 'decided', winners: [a], tied: [] });

    // Later positions wait for the chair; a person elected chair leaves later lists.
    const vice = state.positions[1]!;
    await ok('election.addCandidate', { projectId, positionId: vice.id, attendeeId: attendees[0]!.id });
    const viceWithB = await ok('election.addCandidate', { projectId, positionId: vice.id, attendeeId: attendees[1]!.id });
    const blocked = await raw('election.consensus', { projectId, positionId: vice.id, candidateIds: [viceWithB.candidates[0]!.id] });
    expect(blocked.ok || blocked.error.reason).toBe('earlier_position_open');

    const confirmed = await ok('election.confirm', { projectId, positionId: chair.id });
    expect(confirmed.status).toBe('confirmed');
    const locked = await raw('election.deleteLastRound', { projectId, positionId: chair.id });
    expect(locked.ok || locked.error.reason).toBe('position_locked');
    expect((await ok('history.state', { projectId })).canUndo).toBe(false);

    const election = await ok('election.get', { projectId, meetingId });
    expect(election.positions[1]!.candidates.map((c) => c.attendeeId)).toEqual([attendees[1]!.id]);
    const again = await raw('election.addCandidate', { projectId, positionId: vice.id, attendeeId: attendees[0]!.id });
    expect(again.ok || again.error.reason).toBe('already_elected');

    const org = await ok('organisation.get', { projectId });
    expect(org.board).toEqual([expect.objectContaining({ positionTitle: 'Ketua', name: attendees[0]!.name, termStart: '2026-12-09', termEnd: '2029-12-09' })]);
  });

  it('elects by consensus in order, reopens only with a reason, and announces the organisation', async () => {
    const { ok, raw, projectId, meetingId, state, attendees } = await fgd2();
    const [chair, vice, members] = state.positions as [typeof state.positions[0], typeof state.positions[0], typeof state.positions[0]];
    for (const p of [chair, vice, members]) await ok('election.updatePosition', { projectId, positionId: p.id, method: 'consensus' });
    const outOfOrder = await raw('election.consensus', { projectId, positionId: vice.id, candidateIds: [] });
    expect(outOfOrder.ok || outOfOrder.error.reason).toBe('earlier_position_open');

    const elect = async (positionId: string, people: number[]) => {
      let p;
      for (const i of people) p = await ok('election.addCandidate', { projectId, positionId, attendeeId: attendees[i]!.id });
      await ok('election.consensus', { projectId, positionId, candidateIds: p!.candidates.map((c) => c.id), note: 'Musyawarah mufakat' });
      return ok('election.confirm', { projectId, positionId });
    };
    await elect(chair.id, [0]);
    await elect(vice.id, [1]);
    await elect(members.id, [2, 3]);
    expect((await ok('organisation.get', { projectId })).board.map((m) => m.positionTitle)).toEqual(['Ketua', 'Wakil Ketua', 'Anggota', 'Anggota']);

    const earlyReopen = await raw('election.reopen', { projectId, positionId: chair.id, reason: 'Salah tulis nama' });
    expect(earlyReopen.ok || earlyReopen.error.reason).toBe('later_position_confirmed');
    const noReason = await raw('election.reopen', { projectId, positionId: members.id, reason: '' });
    expect(noReason.ok || noReason.error.code).toBe('invalid_input');
    const reopened = await ok('election.reopen', { projectId, positionId: members.id, reason: 'Nama anggota tertukar' });
    expect(reopened.reopenLog).toEqual([expect.objectContaining({ reason: 'Nama anggota tertukar' })]);
    expect((await ok('organisation.get', { projectId })).board).toHaveLength(2);
    await ok('election.confirm', { projectId, positionId: members.id });

    const org = await ok('organisation.announce', { projectId, meetingId });
    expect(org.announcedMeetingId).toBe(meetingId);
    const minutes = await ok('meetings.get', { projectId, id: meetingId });
    expect(minutes.agenda[1]!.decisions[0]!.text).toContain('dibentuk dan diumumkan');
  });

  it('counts open votes one per voter, and only members present may vote', async () => {
    const { ok, raw, projectId, state, attendees } = await fgd2();
    const chair = state.positions[0]!;
    await ok('election.updatePosition', { projectId, positionId: chair.id, ballot: 'open' });
    await ok('election.addCandidate', { projectId, positionId: chair.id, attendeeId: attendees[0]!.id });
    const p = await ok('election.addCandidate', { projectId, positionId: chair.id, attendeeId: attendees[1]!.id });
    const [a, b] = p.candidates.map((c) => c.id) as [string, string];
    const absent = await raw('election.openVotes', { projectId, positionId: chair.id, votes: [{ voterId: attendees[50]!.id, candidateId: a }] });
    expect(absent.ok || absent.error.reason).toBe('voter_not_eligible');
    const twice = await raw('election.openVotes', { projectId, positionId: chair.id, votes: [{ voterId: attendees[2]!.id, candidateId: a }, { voterId: attendees[2]!.id, candidateId: b }] });
    expect(twice.ok || twice.error.reason).toBe('voter_twice');
    const votes = attendees.slice(0, 5).map((v, i) => ({ voterId: v.id, candidateId: i < 3 ? a : i < 4 ? b : null }));
    const done = await ok('election.openVotes', { projectId, positionId: chair.id, votes });
    expect(done.rounds[0]).toMatchObject({ tallies: { [a]: 3, [b]: 1 }, blank: 1 });
    expect(done.outcome.winners).toEqual([a]);
    await ok('history.undo', { projectId });
    expect((await ok('election.get', { projectId, meetingId: chair.meetingId })).positions[0]!.rounds).toEqual([]);
  });
});

describe('deleting the FGD-2 meeting', () => {
  it('takes its open election with it (undoable), but a confirmed election keeps the meeting', async () => {
    const { ok, raw, projectId, meetingId, state, attendees } = await fgd2();
    const chair = state.positions[0]!;
    await ok('election.addCandidate', { projectId, positionId: chair.id, attendeeId: attendees[0]!.id });
    await ok('meetings.delete', { projectId, id: meetingId });
    await ok('history.undo', { projectId });
    expect((await ok('election.get', { projectId, meetingId })).positions[0]!.candidates).toHaveLength(1);

    await ok('election.updatePosition', { projectId, positionId: chair.id, method: 'consensus' });
    const p = await ok('election.consensus', { projectId, positionId: chair.id, candidateIds: [(await ok('election.get', { projectId, meetingId })).positions[0]!.candidates[0]!.id] });
    expect(p.outcome.status).toBe('decided');
    await ok('election.confirm', { projectId, positionId: chair.id });
    const refused = await raw('meetings.delete', { projectId, id: meetingId });
    expect(refused.ok || refused.error.reason).toBe('meeting_election_locked');
  });
});
