import { create } from 'zustand';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { VisionVersion } from '../../../shared/domain/vision';
import { call } from '../../api';
import { useMeetings } from '../meetings/meetingsStore';
import { useProjects } from '../project/projectStore';
import { useUi } from '../shell/uiStore';

interface VisionState {
  projectId: string | null;
  versions: VisionVersion[] | null;
  load: (projectId: string) => Promise<void>;
  /** Runs an edit, then reloads the versions, the meetings (adopting writes a decision) and the undo state. */
  edit: <M extends MethodName>(method: M, input: Omit<MethodInput<M>, 'projectId'>) => Promise<MethodOutput<M> | null>;
}

/** The numbered drafts of the vision and mission; a change is always a new version. */
export const useVision = create<VisionState>((set, get) => ({
  projectId: null,
  versions: null,
  load: async (projectId) => {
    if (get().projectId !== projectId) set({ projectId, versions: null });
    try {
      const versions = await call('vision.list', { projectId });
      if (get().projectId === projectId) set({ versions });
    } catch (e) {
      useUi.getState().fail(e);
    }
  },
  edit: async (method, input) => {
    const projectId = get().projectId;
    if (!projectId) return null;
    try {
      const out = await call(method, { ...input, projectId } as MethodInput<typeof method>);
      await Promise.all([get().load(projectId), useMeetings.getState().refresh(), useProjects.getState().refreshHistory()]);
      return out;
    } catch (e) {
      useUi.getState().fail(e);
      return null;
    }
  },
}));
