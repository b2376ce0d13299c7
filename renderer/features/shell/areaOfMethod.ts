import type { TKey } from '../../i18n';
import type { ProjectAreaId } from './uiStore';

/** Which screen a method's data lives on, by the method's area prefix ("cedc.update" -> Komite). */
const AREA_OF_PREFIX: Record<string, ProjectAreaId> = {
  projects: 'details', letterhead: 'details', signing: 'details',
  stakeholders: 'stakeholders', smallGroups: 'stakeholders', import: 'stakeholders', snapshots: 'stakeholders',
  relations: 'map',
  meetings: 'meetings', agenda: 'meetings', decisions: 'meetings', followUps: 'meetings', attendees: 'meetings',
  rules: 'meetings', organisation: 'meetings', election: 'meetings',
  vision: 'vision',
  workshops: 'workshops', participants: 'workshops', cards: 'workshops', groups: 'workshops', votes: 'workshops',
  scores: 'workshops', participantScores: 'workshops', rounds: 'workshops',
  articles: 'articles', cedc: 'cedc',
  actionPlans: 'actionPlans', budgetLines: 'actionPlans', indicators: 'actionPlans', annualPlans: 'actionPlans',
  questionnaires: 'diagnosis', initiation: 'initiation', strategies: 'workshops',
};

export const AREA_LABEL: Partial<Record<ProjectAreaId, TKey>> = {
  home: 'path.nav', details: 'nav.details', stakeholders: 'nav.stakeholders', map: 'nav.map', meetings: 'meetings.navMeetings',
  vision: 'meetings.navVision', workshops: 'workshops.title', articles: 'articles.title', cedc: 'cedc.title', actionPlans: 'actionPlans.title',
  diagnosis: 'diagnosis.title', initiation: 'initiation.nav',
};

/** Methods whose data lives elsewhere than their prefix says (node positions are the map's). */
const AREA_OF_METHOD: Record<string, ProjectAreaId> = { 'stakeholders.savePositions': 'map', 'snapshots.create': 'stakeholders', 'snapshots.delete': 'stakeholders' };

export function areaOfMethod(method: string): ProjectAreaId | null {
  return AREA_OF_METHOD[method] ?? AREA_OF_PREFIX[method.split('.')[0] ?? ''] ?? null;
}
