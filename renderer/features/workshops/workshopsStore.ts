import { create } from 'zustand';
import type { MethodOutput } from '../../../shared/contract';
import { createEditQueue, type Edit } from '../../lib/editQueue';
import type { WorkshopBoard } from '../../../shared/domain/workshop';
import { ApiFailure, call } from '../../api';
import { keepIdentity } from '../meetings/keepIdentity';
import { useUi } from '../shell/uiStore';

export type WorkshopSummary = MethodOutput<'workshops.list'>[number];
export type WorkshopTab = 'rules' | 'cards' | 'board' | 'decide' | 'results';
export const WORKSHOP_TABS: readonly WorkshopTab[] = ['rules', 'cards', 'board', 'decide', 'results'];

interface WorkshopsState {
  projectId: string | null;
  list: WorkshopSummary[] | null;
  /** The workshop open in the facilitator view; kept here so a trip to the projector page comes back to it. */
  openId: string | null;
  board: WorkshopBoard | null;
  tab: WorkshopTab;
  /** Bumped after every reload of the board: the ranking and short list read again. */
  version: number;
  use: (projectId: string) => void;
  open: (id: string | null) => void;
  setTab: (tab: WorkshopTab) => void;
  refresh: () => Promise<void>;
  /** Runs an edit, then reloads; null when refused (already reported to the user). */
  edit: Edit;
}

/** The step the facilitator shows; the projector page (maybe another tab) reads it from here. */
export const stepKey = (workshopId: string) => `klaster.workshop.${workshopId}.step`;

// Edits run one after another: cards typed quickly land in the order typed, each its own undo step.

const edits = createEditQueue(() => useWorkshops.getState().projectId, () => useWorkshops.getState().refresh());

// Reads of the board are numbered: with live updates two may overlap, and an older answer
// arriving after a newer one is dropped.
let boardReads = 0;
let boardShown = 0;

export const useWorkshops = create<WorkshopsState>((set, get) => {
  const loadBoard = async (projectId: string, id: string) => {
    const read = ++boardReads;
    try {
      const board = await call('workshops.get', { projectId, id });
      // A read that raced a newer edit (or a newer read) is stale; that one's reload follows.
      if (get().openId === id && !edits.busy() && read > boardShown) {
        boardShown = read;
        set({ board: keepIdentity(get().board, board), version: get().version + 1 });
      }
    } catch (e) {
      // The workshop vanished (its creation was undone): back to the list without alarm.
      if (e instanceof ApiFailure && e.error.code === 'not_found') set({ openId: null, board: null });
      else useUi.getState().fail(e);
    }
  };
  const loadList = async (projectId: string) => {
    try {
      const list = await call('workshops.list', { projectId });
      if (get().projectId === projectId) set({ list: keepIdentity(get().list, list) });
    } catch (e) {
      useUi.getState().fail(e);
    }
  };

  return {
    projectId: null,
    list: null,
    openId: null,
    board: null,
    tab: 'rules',
    version: 0,
    use: (projectId) => {
      if (get().projectId !== projectId) set({ projectId, list: null, openId: null, board: null, tab: 'rules' });
    },
    open: (id) => {
      const same = id !== null && id === get().board?.id;
      set({ openId: id, board: same ? get().board : null, tab: same ? get().tab : 'rules' });
      const projectId = get().projectId;
      if (id && projectId) {
        localStorage.setItem(stepKey(id), get().tab);
        void loadBoard(projectId, id);
      } else if (projectId) void loadList(projectId);
    },
    setTab: (tab) => {
      const id = get().openId;
      if (id) localStorage.setItem(stepKey(id), tab);
      set({ tab });
    },
    refresh: async () => {
      const { projectId, openId } = get();
      if (!projectId) return;
      await Promise.all([loadList(projectId), openId ? loadBoard(projectId, openId) : null]);
    },
    edit: (method, input) => edits.edit(method, input),
  };
});
