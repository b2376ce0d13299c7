import type { organisationId } from './organisation.id';

export const organisationEn: typeof organisationId = {
  title: 'Cluster organisation',
  tab: 'Board election',
  name: 'Organisation name', nameRequired: 'The organisation needs a name.',
  seat: 'Seat (secretariat address)', seatHint: 'e.g. Tegalwangi village, Weru district',
  quorum: {
    title: 'Quorum',
    line: '{present} of {members} members present · quorum ({rule}) {required}',
    met: 'MET', notMet: 'NOT MET', rule: 'Quorum rule',
    rules: { more_than_half: 'more than half', at_least_two_thirds: 'at least two thirds' },
    ruleOptions: { more_than_half: 'More than half of the members', at_least_two_thirds: 'At least two thirds of the members' },
    noMembers: 'No cluster members yet. Tick "Member of the cluster organisation" in the stakeholder list.',
    notMetHint: 'The quorum is not met: votes cannot be recorded yet. Tick who is present in the Attendance tab.',
  },
  setup: {
    hint: 'The positions to elect come from the FGD-1 draft rules, with their number and order (chair first).',
    button: 'Set up the election from the FGD-1 rules',
  },
  position: {
    heading: '{n}. {title}', seats: '{count} seat(s)', seatsLabel: 'Seats', method: 'Method', ballot: 'Ballot',
    methods: { consensus: 'Consensus (musyawarah)', vote: 'Vote' },
    ballots: { secret: 'Secret', open: 'Open' },
    settingsLocked: 'Votes are recorded: remove the last round first to change how this position is elected.',
    waiting: 'Waiting for: {title}', locked: 'Locked',
  },
  candidates: {
    title: 'Candidates', none: 'No candidates yet. Choose from those present.', listOf: 'Candidates for {title}',
    add: 'Add candidate…', addOf: 'Add candidate for {title}', removeOf: 'Remove candidate {name}',
  },
  consensus: {
    legend: 'Agreed on (at most {count})', tooMany: 'At most {count} for this position.',
    note: 'Note on the consensus', defaultNote: 'Agreed by consensus (musyawarah mufakat).', record: 'Record the consensus',
  },
  tally: {
    title: 'Vote count', runoffTitle: 'Run-off vote (round {n})',
    invalid: 'Invalid', blank: 'Blank/abstain', check: '{cast} ballots of {voters} voters present',
    over: '{over} more than there are voters', record: 'Record the count',
  },
  openVote: { entered: '{entered} of {voters} voters entered' },
  rounds: {
    first: 'Round {n}', runoff: 'Round {n} (run-off)', total: 'Total {cast} ballots of {voters} voters present',
    deleteLast: 'Remove the last round',
  },
  tie: {
    banner: 'TIE:', choose: 'How to settle the tie', runoff: 'Run-off vote',
    agree: 'Settle by agreement', pick: 'Agreed on ({count})', note: 'How the agreement was reached',
    noteHint: 'e.g. Candidate B withdrew in favour of candidate A.', record: 'Record the agreement',
  },
  result: {
    elected: 'Elected: {names}', confirm: 'Confirm the result', confirmTitle: 'Confirm the result for {title}?',
    confirmWho: '{names} becomes {title}.',
    confirmBody: 'The result will be locked and the earlier steps can no longer be undone (Ctrl+Z). If it later turns out to be wrong, it can be reopened with a recorded reason.',
    confirmButton: 'Confirm and lock', reopen: 'Reopen…', reopenTitle: 'Reopen the result for {title}',
    reopenBody: 'A locked result can only be reopened with a reason; the reason is recorded.',
    reason: 'Reason', reasonRequired: 'Write down the reason (at least {min} characters).', reopenButton: 'Reopen',
    settledBy: 'Settled by agreement: {note}',
    reopenLog: 'Reopened before',
  },
  board: {
    title: 'Board', position: 'Position', name: 'Name', organisation: 'Firm', term: 'Term of office',
    announce: 'Announce the organisation', announceHint: 'The announcement is recorded as a decision of this meeting.',
    announced: 'The organisation has been announced; the announcement is recorded in this meeting’s decisions (Agenda & minutes).',
  },
  docs: {
    electionRecord: 'Official record (berita acara)', electionRecordHint: 'The record of forming the organisation and electing the board, with the vote counts and witnesses’ signatures.',
    electionRecordHintGeneral: 'The record of electing the board in this meeting, with the vote counts and witnesses’ signatures.', electionRecordHintCommittee: 'The record of electing the committee’s chair and main members, with the vote counts and witnesses’ signatures.',
    boardList: 'Board list', boardListHint: 'The elected board with their term of office.',
  },
  elects: {
    label: 'Elected in this meeting',
    options: { board: 'The cluster organisation’s board', committee: 'The committee’s (CEDC) chair and main members' },
    fixedHint: 'Candidates or votes are recorded: this can no longer be changed.',
    committeeSetupHint: 'Positions to elect: the committee’s Chair, Vice-chair and Secretary. Confirmed results go into the committee’s member list, replacing the entries for the same positions.',
    committeeSetupButton: 'Set up the election of the committee’s chair and main members',
    tabGeneral: 'Election',
    skip: 'Not elected in this meeting', skipOf: 'Leave {title} out of this meeting’s election',
    skipHint: 'Positions not elected keep their holders from the earlier meeting.',
  },
  committee: {
    title: 'Committee chair and main members elected',
    shown: 'These results are in the committee’s member list, noted “elected in” this meeting.',
    open: 'Open the committee member list',
  },
};

export const organisationMethodsEn: Record<string, string> = {
  'organisation.update': 'edit organisation details', 'organisation.announce': 'announce the organisation',
  'election.setup': 'set up the election', 'election.setQuorumRule': 'change the quorum rule', 'election.updatePosition': 'change how a position is elected',
  'election.addCandidate': 'add candidate', 'election.removeCandidate': 'remove candidate', 'election.consensus': 'record the consensus',
  'election.tally': 'record the vote count', 'election.openVotes': 'record open votes', 'election.agree': 'record the agreement on a tie',
  'election.setElects': 'change what the meeting elects', 'election.removePosition': 'leave a position out of the election', 'election.deleteLastRound': 'remove the last round of votes',
};
