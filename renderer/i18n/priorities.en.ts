// Strings of the regency view across projects (English). Same keys as priorities.id.ts.
import type { prioritiesId } from './priorities.id';

export const prioritiesEn: typeof prioritiesId = {
  title: 'Cluster priorities (Step 1)',
  intro: 'Compare the clusters on this laptop on the guideline\'s five criteria and the pilot study\'s scoring: growth opportunity (at most 54) and action-taking capacity (at most 36), as a share of 90. The criteria come from each project\'s stakeholder registry and ANNEX-1 questionnaire.',
  rank: 'Rank', cluster: 'Cluster', coreFirms: 'Core firms', workforce: 'Workforce', sales: 'Sales per year (Rp)',
  supporting: 'Supporting industries', market: 'Marketability', growth: 'Growth opportunity (/54)', capacity: 'Action-taking capacity (/36)', percent: 'Share',
  salesOf: 'Sales per year of {name}', growthOf: 'Growth opportunity of {name}', capacityOf: 'Action-taking capacity of {name}',
  short: { rank: 'No.', coreFirms: 'Core firms', workforce: 'Workers', sales: 'Sales/yr (Rp)', supporting: 'Supporting', market: 'Market', growth: 'Growth /54', capacity: 'Action /36', percent: '%' },
  outOfRange: '{what} takes 0 to {max}. The old value is kept.',
  salesInvalid: 'Sales per year takes a rupiah amount of 0 or more. The old value is kept.',
  marketOf: '{grade} of 5', supported: 'Supported in the first year', supportedHint: 'This many top clusters are marked and printed.',
  chosen: 'supported', document: 'Word document', unreadable: 'Cannot be read', loading: 'Reading the projects…',
  scaleNote: 'Marketability uses the ANNEX-1 Base 3 grade (5 best to 1), Klaster Workbench\'s own convention.',
};

export const prioritiesMethodsEn: Record<string, string> = { 'assessment.set': 'edit cluster priority assessment' };
