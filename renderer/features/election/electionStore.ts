import { create } from 'zustand';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { ElectionState } from '../../../shared/domain/election';
import type { Organisation } from '../../../shared/domain/organisation';
import { call } from '../../api';
import { useMeetings } from '../meetings/meetingsStore';
import { useProjects } from '../project/projectStore';
import { useUi } from '../shell/uiStore';

interface ElectionStore {
  meetingId: string | null;
  election: ElectionState | null;
  organisation: Organisation | null;
  /** Stakeholder ids of the cluster's members: only they vote (open ballots list them). */
  memberIds: ReadonlySet<string>;
  /** Reads the election, the organisation and who is a member; the last call wins. */
  load: (meetingId: string) => Promise<void>;
  /** Runs an edit through the meeting's queue (ordered, undo state refreshed), then reloads. */
  edit: <M extends MethodName>(method: M, input: Omit<MethodInput<M>, 'projectId'>) => Promise<MethodOutput<M> | null>;
}

// Reads can overlap (tab shown, undo, an edit's reload): only the newest may land.
let generation = 0;

/** The FGD-2 election of the open meeting, as the database has it. */
export const useElection = create<ElectionStore>((set, get) => ({
  meetingId: null,
  election: null,
  organisation: null,
  memberIds: new Set(),
  load: async (meetingId) => {
    const projectId = useProjects.getState().current?.id;
    if (!projectId) return;
    const mine = ++generation;
    if (get().meetingId !== meetingId) set({ meetingId, election: null, organisation: null });
    try {
      const [election, organisation, people] = await Promise.all([
        call('election.get', { projectId, meetingId }),
        call('organisation.get', { projectId }),
        call('stakeholders.list', { projectId }),
      ]);
      if (mine !== generation) return;
      set({ election, organisation, memberIds: new Set(people.filter((p) => p.clusterMember).map((p) => p.id)) });
    } catch (e) {
      if (mine === generation) useUi.getState().fail(e);
    }
  },
  edit: async (method, input) => {
    const out = await useMeetings.getState().edit(method, input);
    // Reload after a refusal too: the screen may have been behind the database.
    const meetingId = get().meetingId;
    if (meetingId) await get().load(meetingId);
    return out;
  },
}));
