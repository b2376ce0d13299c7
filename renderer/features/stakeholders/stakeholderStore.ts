import { create } from 'zustand';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { Relation } from '../../../shared/domain/relation';
import type { SmallGroup, Stakeholder } from '../../../shared/domain/stakeholder';
import { call } from '../../api';
import { useProjects } from '../project/projectStore';
import { useUi } from '../shell/uiStore';

interface RegistryState {
  projectId: string | null;
  stakeholders: Stakeholder[];
  groups: SmallGroup[];
  relations: Relation[];
  loaded: boolean;
  load: (projectId: string) => Promise<void>;
  /** Runs an edit, then reloads the registry and the undo state; false when refused (already reported). */
  edit: <M extends MethodName>(method: M, input: Omit<MethodInput<M>, 'projectId'>) => Promise<MethodOutput<M> | null>;
}

/** The registry of the open project: stakeholders, small groups and ties, as the database has them. */
export const useRegistry = create<RegistryState>((set, get) => ({
  projectId: null,
  stakeholders: [],
  groups: [],
  relations: [],
  loaded: false,
  load: async (projectId) => {
    try {
      const [stakeholders, groups, relations] = await Promise.all([
        call('stakeholders.list', { projectId }),
        call('smallGroups.list', { projectId }),
        call('relations.list', { projectId }),
      ]);
      set({ projectId, stakeholders, groups, relations, loaded: true });
    } catch (e) {
      useUi.getState().fail(e);
    }
  },
  edit: async (method, input) => {
    const projectId = get().projectId;
    if (!projectId) return null;
    try {
      const out = await call(method, { ...input, projectId } as MethodInput<typeof method>);
      await Promise.all([get().load(projectId), useProjects.getState().refreshHistory()]);
      return out;
    } catch (e) {
      useUi.getState().fail(e);
      return null;
    }
  },
}));
