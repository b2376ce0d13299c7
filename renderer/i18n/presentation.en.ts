// Strings of presentation mode (English). Same keys as presentation.id.ts.
export const presentationEn: typeof import('./presentation.id').presentationId = {
  button: 'Present',
  buttonTitle: 'Full-screen presentation: {what} (F5; Esc to leave)',
  title: 'Presentation',
  leave: 'Leave the presentation (Esc)',
  what: {
    workshop: 'the workshop wall', map: 'the stakeholder map', vision: 'vision and mission',
    election: 'board election results', agenda: 'meeting agenda', spread: 'the spread of questionnaire answers',
  },
  groupOf: 'Group {n} of {total}',
  cardsRange: 'cards {from}–{to} of {total}',
  vision: {
    heading: 'Vision', missions: 'Mission', adopted: 'Adopted', draft: 'Draft version {number}', version: 'Version {number}',
    empty: 'No vision and mission drafted yet.',
  },
  election: {
    heading: 'Board election results', position: 'Position', elected: 'Elected', votes: 'Votes',
    consensus: 'By consensus', pending: 'Not decided yet', tie: 'Tie', runOff: 'round {n}',
    blank: 'blank/invalid {count}', empty: 'The election has not been set up.',
  },
  agenda: { heading: 'Agenda', empty: 'No agenda items yet.' },
  loading: 'Loading…',
  spread: { legend: 'Numbers: participants who chose that statement (1 = best). Framed: the median.' },
};
