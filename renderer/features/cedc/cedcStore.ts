import { create } from 'zustand';
import type { Cedc } from '../../../shared/domain/cedc';
import { call } from '../../api';
import { createEditQueue, type Edit } from '../../lib/editQueue';
import { useUi } from '../shell/uiStore';

export type CedcTab = 'members' | 'letter' | 'decree';

interface CedcState {
  projectId: string | null;
  data: Cedc | null;
  tab: CedcTab;
  setTab: (tab: CedcTab) => void;
  load: (projectId: string) => Promise<void>;
  /** Runs an edit (one undo step), then reloads the committee and the undo state; null when refused. */
  edit: Edit;
}

// Edits run one after another: two fields left in quick succession must land in order, each as
// its own undo step.
const edits = createEditQueue(() => useCedc.getState().projectId, () => {
  const projectId = useCedc.getState().projectId;
  return projectId ? useCedc.getState().load(projectId) : Promise.resolve();
});

/** The committee (CEDC): its settings, the request letter, the draft decree and the members. */
export const useCedc = create<CedcState>((set, get) => ({
  projectId: null,
  data: null,
  tab: 'members',
  setTab: (tab) => set({ tab }),
  load: async (projectId) => {
    if (get().projectId !== projectId) set({ projectId, data: null, tab: 'members' });
    try {
      const data = await call('cedc.get', { projectId });
      if (get().projectId === projectId) set({ data });
    } catch (e) {
      useUi.getState().fail(e);
    }
  },
  edit: (method, input) => edits.edit(method, input),
}));

/** Resolves once every edit started so far has landed (a download must include the last blur's save). */
export const cedcSettled = (): Promise<unknown> => edits.settled();
