// Strings of the initiation plan (English). Same keys as initiation.id.ts.
import type { initiationId } from './initiation.id';

export const initiationEn: typeof initiationId = {
  nav: 'Initiation plan', title: 'Cluster initiation plan',
  intro: 'The guideline\'s steps to start the cluster: when, the target output, the related meeting, and the budget. Meetings created under Meetings appear under their step.',
  empty: 'No initiation activities yet.', prefill: 'Fill with the guideline\'s steps',
  newTitle: 'New activity', newPlaceholder: 'e.g. Study visit to another cluster', add: 'Add activity',
  document: 'Word document', total: 'Initiation budget: {total}',
  activityN: 'Activity {n}: {title}', titleN: 'Name of activity {n}', moveUpN: 'Move activity {n} up', moveDownN: 'Move activity {n} down', deleteN: 'Delete activity {n}',
  start: 'Start', end: 'End', startN: 'Start date of activity {n}', endN: 'End date of activity {n}',
  meetingKind: 'Related meeting', meetingKindN: 'Related meeting of activity {n}', noMeeting: '(no meeting)',
  budget: 'Budget (Rp)', budgetN: 'Budget of activity {n}', fundingLabel: 'Source of funds', fundingN: 'Source of funds of activity {n}',
  output: 'Target output', outputN: 'Target output of activity {n}', noMeetingYet: 'No {kind} created under Meetings yet.',
  funding: { apbd: 'Regional budget (APBD)', apbn: 'State budget (APBN)', members: 'Members\' dues', sponsor: 'Sponsor/CSR', other: 'Other' },
};

export const initiationMethodsEn: Record<string, string> = {
  'initiation.prefill': 'fill the initiation plan from the guideline', 'initiation.add': 'add initiation activity',
  'initiation.update': 'edit initiation activity', 'initiation.move': 'move initiation activity', 'initiation.delete': 'delete initiation activity',
};

export const initiationErrorsEn: Record<string, string> = {
  initiation_activity_not_found: 'Initiation activity not found. It may have been deleted.',
  initiation_end_before_start: 'The end date is before the start date. Nothing was changed.',
  initiation_not_empty: 'The initiation plan already has activities; the guideline\'s steps only fill an empty plan.',
};
