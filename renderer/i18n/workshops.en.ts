import type { workshopsId } from './workshops.id';

export const workshopsEn: typeof workshopsId = {
  title: 'Workshops', new: 'New workshop', empty: 'No workshops yet. Create a "New workshop": the brainstorming rules are prefilled and can be changed.',
  intro: 'Brainstorming with cards: rules on the screen, a running timer, cards typed as people speak, grouped, then chosen with dots.',
  create: 'Create workshop', noDate: 'No date', backToList: 'All workshops',
  counts: '{cards} cards · {groups} groups · {participants} participants',
  deleteOf: 'Delete workshop {theme}', deleteTitle: 'Delete this workshop?',
  deleteBody: 'Workshop "{theme}" with {cards} cards will be deleted. Undo (Ctrl+Z) brings it back.',
  deleted: 'Workshop "{theme}" deleted.',
  tabs: { rules: 'Rules', cards: 'Cards', board: 'Group', decide: 'Choose', results: 'Results' },
  rulesEdit: 'Edit the rules (one rule per line)', rulesHint: 'Saved when you leave the field. Read the rules out at the start and keep them on the screen.',
  rulesTooMany: 'At most 30 rules.',
  projector: {
    show: 'Show on projector', title: 'Projector view', back: 'Back',
    missing: 'The workshop cannot be read (it may have been deleted). Trying again…', noCards: 'No cards yet.', noVotes: 'No dots yet.',
  },
  fields: {
    theme: 'Theme (question)', template: 'Template', date: 'Date', place: 'Place', facilitator: 'Facilitator',
    rules: 'Brainstorming rules', dotsPerParticipant: 'Dots per participant', decision: 'How to decide',
    rankTarget: 'What is ranked', cutLine: 'Short list cut line', privateWriting: 'Private writing (cards hidden until revealed)',
  },
  templates: {
    free: 'Free brainstorming', problems: 'Problems and causes', swot: 'SWOT analysis',
    longlist: 'Long list of activity themes', vision: 'Vision keywords',
  } as Record<string, string>,
  swot: { S: 'Strengths', W: 'Weaknesses', O: 'Opportunities', T: 'Threats' } as Record<string, string>,
  colours: {
    yellow: 'Yellow', orange: 'Orange', pink: 'Pink', green: 'Green', blue: 'Blue', purple: 'Purple', white: 'White',
  } as Record<string, string>,
  decisions: { dots: 'Dot voting', scores: 'Importance × feasibility scoring (1-5)' } as Record<string, string>,
  targets: { card: 'Cards', group: 'Groups/themes' } as Record<string, string>,
  participants: {
    title: 'Participants', fromRegistry: 'Pick from the stakeholder registry', typed: 'Type a name', wall: 'Counted from the wall',
    typedHint: 'One name per line', picked: '{count} picked', pickShown: 'Pick all shown ({count})',
  },
  cards: {
    add: 'Add card', anonymous: 'anonymous', ungrouped: 'Ungrouped', hiddenCount: '{count} hidden cards',
    reveal: 'Reveal all cards', merge: 'Merge cards', split: 'Split by lines', tooLongHint: 'At most {max} characters.',
    newCard: 'New card', author: 'Author', colour: 'Colour', text: 'Card text', edit: 'Edit', editTitle: 'Edit card',
    entryHint: 'Enter: add · Shift+Enter: new line · Alt+1…9: author · Alt+0: anonymous',
    count: '{count} cards', selected: '{count} cards selected', clearSelection: 'Clear selection', listLabel: 'Cards',
    deleteOf: 'Delete card {text}', hidden: 'hidden', hiddenCard: '(card face down)',
    hide: 'Hide', show: 'Show', hideOf: 'Hide card {text}', showOf: 'Show card {text}', withheld: 'taken off the wall',
  },
  groups: {
    add: 'Add group', merge: 'Merge groups', deleteBody: 'Group "{name}" will be deleted; its cards return to the ungrouped pile.',
    newName: 'New group name', name: 'Group name', edit: 'Rename and recolour', actionsOf: 'Group {name}',
    mergeInto: 'Merge into group', editTitle: 'Group "{name}"', mergeTitle: 'Merge "{name}" into another group', deleteTitle: 'Delete group "{name}"?',
  },
  board: {
    moveTo: 'Move to…', move: 'Move',
    hint: 'Drag cards to a column, or tick cards (Space) and choose "Move to…". Ticked cards are dragged along together.',
  },
  voting: {
    dotsLeft: '{left} of {limit} dots left', rank: 'Rank', tie: 'tie', shortlist: 'Short list',
    tiedAtCut: 'Tie at the cut line: all are kept, the participants decide', noCutLine: 'No cut line set yet.',
    importance: 'Importance', feasibility: 'Feasibility', product: 'Score',
    importanceOf: 'Importance of {item}', feasibilityOf: 'Feasibility of {item}',
    total: 'Total', dots: 'Dots', dotsCount: '{count} dots', dotsOf: 'Dots of {name} for {item}', item: 'Theme/card',
    ranking: 'Ranking', applyCut: 'Apply cut line', clear: 'Clear all dots', tiedAtCutShort: 'tie at the cut',
    needsDecision: 'Cut line {cut}, but {count} themes are in because of a tie at the cut: the participants must decide.',
    nothingToVote: 'Nothing to choose yet. Make groups or cards first.',
  },
  timer: {
    label: 'Timer', minutes: 'Minutes', start: 'Start', pause: 'Pause', resume: 'Resume', extend: '+{minutes} min', finish: 'Finish', overtime: 'Time is up',
    statuses: { running: 'running', paused: 'paused', done: 'done' } as Record<string, string>,
  },
  documents: {
    results: 'Workshop results (Word)', cardsCsv: 'All cards (CSV for Excel)', saved: 'Saved: {name}',
    resultsHint: 'The rules, every card by group, the dots and the short list; to hand out.',
    cardsCsvHint: '{count} cards with group, author and dots, ";" separated.',
  },
  errors: {
    workshop_not_found: 'Workshop not found. It may have been deleted.',
    card_not_found: 'Card not found. It may have been deleted.',
    card_group_not_found: 'Card group not found. It may have been deleted.',
    participant_not_found: 'Workshop participant not found.',
    round_not_found: 'Timer round not found.',
    workshop_mismatch: 'This card, group or participant belongs to another workshop. Nothing was changed.',
    workshop_dots_exceeded: '{name} has only {left} of {limit} dots left. Nothing was changed.',
    workshop_dots_in_use: '{name} has already placed {used} dots; the dots per participant cannot be fewer.',
    workshop_card_too_long: 'The merged card would have {length} characters; a card holds at most {max}.',
    workshop_card_single_line: 'This card has only one line; there is nothing to split.',
    workshop_group_fixed: 'The SWOT column "{name}" always exists; it can be renamed, not deleted or merged into another.',
    workshop_round_state: 'This round\'s timer cannot be changed that way (status: {status}).',
  } as Record<string, string>,
};

export const workshopMethodsEn: Record<string, string> = {
  'workshops.create': 'create workshop', 'workshops.update': 'edit workshop', 'workshops.delete': 'delete workshop',
  'participants.add': 'add workshop participants', 'participants.update': 'edit workshop participant', 'participants.remove': 'remove workshop participant',
  'cards.create': 'add card', 'cards.update': 'edit card', 'cards.delete': 'delete card', 'cards.move': 'move cards',
  'cards.merge': 'merge cards', 'cards.split': 'split card', 'cards.reveal': 'reveal hidden cards',
  'groups.create': 'create card group', 'groups.update': 'edit card group', 'groups.move': 'move card group',
  'groups.merge': 'merge card groups', 'groups.delete': 'delete card group',
  'votes.set': 'change dots', 'votes.clear': 'clear all dots', 'scores.set': 'change importance and feasibility',
};
