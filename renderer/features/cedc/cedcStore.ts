import { create } from 'zustand';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { Cedc } from '../../../shared/domain/cedc';
import { call } from '../../api';
import { useProjects } from '../project/projectStore';
import { useUi } from '../shell/uiStore';

export type CedcTab = 'members' | 'letter' | 'decree';
type Edit = <M extends MethodName>(method: M, input: Omit<MethodInput<M>, 'projectId'>) => Promise<MethodOutput<M> | null>;

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
// its own undo step, and a list saved as a whole must start from the previous save.
let queue: Promise<unknown> = Promise.resolve();

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
  edit: (method, input) => {
    const projectId = get().projectId;
    if (!projectId) return Promise.resolve(null);
    const run = queue.then(async () => {
      try {
        const out = await call(method, { ...input, projectId } as MethodInput<typeof method>);
        await Promise.all([get().load(projectId), useProjects.getState().refreshHistory()]);
        return out;
      } catch (e) {
        useUi.getState().fail(e);
        return null;
      }
    });
    queue = run.catch(() => undefined);
    return run;
  },
}));

/** Resolves once every edit started so far has landed (a download must include the last blur's save). */
export const cedcSettled = (): Promise<unknown> => queue;
