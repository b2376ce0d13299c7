// Strings of the diagnosis screens (English). Same keys as diagnosis.id.ts.
import { SCALE_NOTE } from '../../shared/diagnosis/scale';

export const diagnosisEn = {
  title: 'Cluster diagnosis',
  intro: 'The ANNEX-1 questionnaire (Step 2) outlines the cluster\'s condition: for each Base pick one of five statements (best first). Every round is kept, so the profile can be compared over time.',
  tabsLabel: 'Parts of the diagnosis',
  tabs: { rounds: 'Questionnaire rounds', profile: 'Profile', outline: 'Cluster outline' },
  outline: {
    title: 'Cluster outline',
    intro: 'The cluster profile document takes the product, region, core firms per village, workforce, key actors and network measures from the project\'s data. Complete the cluster\'s history and its estimated yearly sales here.',
    history: 'History of the cluster', historyPlaceholder: 'e.g. A hand-drawn batik centre since the 19th century, grown through Chinese traders…',
    sales: 'Estimated sales per year (Rp)', document: 'Cluster profile document',
  },
  purposes: 'Purposes of the questionnaire',
  newRound: 'New round…',
  empty: 'No questionnaire rounds yet. Make a round, then answer the eight Bases with a respondent or in a cluster meeting.',
  back: 'All rounds',
  openOf: 'Open round {title}',
  answeredOf: '{answered} of 8 Bases answered',
  totalOf: 'total {total} of {max}*',
  noDate: 'no date',
  base: 'Base {n}',
  gradeOf: 'grade {grade}*',
  fields: {
    title: 'Round title', respondent: 'Respondent', meeting: 'Meeting', noMeeting: 'No meeting', date: 'Date',
    note: 'Note on the round', baseNote: 'Note on Base {n}',
  },
  newDialog: {
    title: 'New questionnaire round', create: 'Create round', created: 'Round "{title}" created.', defaultTitle: 'Round {n}',
    hint: 'Give the respondent, or choose the meeting when the questionnaire is answered together in a cluster meeting.',
  },
  suggestion: {
    text: 'Suggested from the stakeholder registry: {count} core firms are recorded, which fits statement {choice}.',
    accept: 'Accept suggestion', chosen: 'The choice matches the suggestion.',
  },
  scaleNote: `* ${SCALE_NOTE.en}`,
  chart: {
    title: 'Profile of the eight Bases', label: 'Chart of each Base\'s grade per round', rounds: 'Rounds compared',
    none: 'No round to draw yet. Make and answer a round first.', pick: 'Choose at least one round.',
    unanswered: 'not answered', grade: 'Grade*', table: 'Profile table',
  },
  shortBase: {
    geography: 'Geographic extent', coreFirms: 'Core firms', market: 'Industry/market', materials: 'Materials',
    resources: 'Resources', research: 'R&D', support: 'Support institutions', leadingCompany: 'Leading company',
  },
  docs: { annex1: 'ANNEX-1 questionnaire (Word)', rendering: 'Preparing the document…' },
  deleteRound: 'Delete round…', deleteTitle: 'Delete this round?',
  deleteBody: 'Round "{title}" and its answers are deleted. Undo (Ctrl+Z) brings them back.',
  deleted: 'Round "{title}" deleted.',
  sitting: {
    open: 'Answer on participants\' phones…', newTitle: 'Questionnaire on participants\' phones', next: 'Next',
    newHint: 'Each participant answers from their own phone; their answers become one round per person in this sitting. Choose the meeting so participants can pick their name from its list.',
    defaultTitle: 'ANNEX-1 questionnaire with participants',
    respondents: '{count} respondents, {complete} answered everything', spread: 'Spread of answers', spreadOf: 'Spread of answers {title}',
    spreadTitle: 'Spread of answers: {title}', continue: 'Continue on phones', each: 'Answers per respondent ({count})',
    tableLabel: 'Number of respondents who chose each statement, per Base', statement: 'Statement {n}', answered: 'Answered',
    legend: 'Each number counts the respondents who chose that statement (1 = the first, best statement). The framed cell is the median used in the profile; when the room splits evenly, the more cautious statement is used. Point at a cell to read its statement.',
    live: 'being answered on phones',
    statements: 'Statement chosen (1 = best)',
    median: 'median of {n} respondents',
  },
  errors: {
    questionnaire_round_not_found: 'The questionnaire round was not found. It may have been deleted.',
  } as Record<string, string>,
};

export const diagnosisMethodsEn: Record<string, string> = {
  'questionnaires.create': 'create questionnaire round', 'questionnaires.update': 'edit questionnaire round',
  'questionnaires.answer': 'answer the questionnaire', 'questionnaires.delete': 'delete questionnaire round',
};
