import { useDiagnosis } from '../diagnosis/diagnosisStore';
import { useMeetings } from '../meetings/meetingsStore';
import { useProjects } from '../project/projectStore';
import { useUi, type Route } from '../shell/uiStore';
import { useWorkshops } from '../workshops/workshopsStore';
import type { Showing } from './presentationStore';

interface Screen {
  route: Route;
  openProjectId: string | null;
  workshopId: string | null;
  meetingId: string | null;
  meetingTab: string;
  meetingKind: string | null;
  /** The phone sitting whose spread of answers is on screen in Diagnosis. */
  sittingId: string | null;
}

/** What the screen in front of the facilitator would put on the wall, or null for none. */
export function presentableOf(s: Screen): Showing | null {
  const { route } = s;
  if (route.name === 'projector') return { kind: 'workshop', projectId: route.projectId, workshopId: route.workshopId };
  if (route.name !== 'project' || s.openProjectId !== route.projectId) return null;
  const projectId = route.projectId;
  if (route.area === 'map') return { kind: 'map', projectId };
  if (route.area === 'vision') return { kind: 'vision', projectId };
  if (route.area === 'diagnosis' && s.sittingId) return { kind: 'spread', projectId, sittingId: s.sittingId };
  if (route.area === 'workshops' && s.workshopId) return { kind: 'workshop', projectId, workshopId: s.workshopId };
  if (route.area === 'meetings' && s.meetingId) {
    // FGD-2's election tab shows the results; every other tab of a meeting shows its agenda.
    const election = s.meetingTab === 'election' && (s.meetingKind === 'fgd2' || s.meetingKind === 'general');
    return { kind: election ? 'election' : 'agenda', projectId, meetingId: s.meetingId };
  }
  return null;
}

/** The same, read from the stores now (for the F5 action). */
export function presentableHere(): Showing | null {
  const meetings = useMeetings.getState();
  return presentableOf({
    route: useUi.getState().route,
    openProjectId: useProjects.getState().current?.id ?? null,
    workshopId: useWorkshops.getState().openId,
    meetingId: meetings.openId,
    meetingTab: meetings.tab,
    meetingKind: meetings.record?.kind ?? null,
    sittingId: useDiagnosis.getState().spreadId,
  });
}

/** The same, kept up to date for a button. */
export function usePresentable(): Showing | null {
  const route = useUi((s) => s.route);
  const openProjectId = useProjects((s) => s.current?.id ?? null);
  const workshopId = useWorkshops((s) => s.openId);
  const meetingId = useMeetings((s) => s.openId);
  const meetingTab = useMeetings((s) => s.tab as string);
  const meetingKind = useMeetings((s) => s.record?.kind ?? null);
  const sittingId = useDiagnosis((s) => s.spreadId);
  return presentableOf({ route, openProjectId, workshopId, meetingId, meetingTab, meetingKind, sittingId });
}
