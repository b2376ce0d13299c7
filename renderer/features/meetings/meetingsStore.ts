import { create } from 'zustand';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { MeetingRecord } from '../../../shared/domain/meeting';
import { ApiFailure, call } from '../../api';
import { useProjects } from '../project/projectStore';
import { useUi } from '../shell/uiStore';
import { keepIdentity } from './keepIdentity';

export type MeetingSummary = MethodOutput<'meetings.list'>[number];
export type EditorTab = 'detail' | 'agenda' | 'attendance' | 'rules' | 'documents';
type Edit = <M extends MethodName>(method: M, input: Omit<MethodInput<M>, 'projectId'>) => Promise<MethodOutput<M> | null>;

interface MeetingsState {
  projectId: string | null;
  list: MeetingSummary[] | null;
  /** The meeting open in the editor; held here rather than in the URL (the shell's routes stop at the area). */
  openId: string | null;
  record: MeetingRecord | null;
  tab: EditorTab;
  /** Sets the project; a different project forgets the open meeting. */
  use: (projectId: string) => void;
  open: (id: string | null) => void;
  setTab: (tab: EditorTab) => void;
  /** Reloads the list and the open meeting (after undo/redo, or after an edit elsewhere such as adopting a vision). */
  refresh: () => Promise<void>;
  /** Runs an edit, then refreshes; null when refused (already reported to the user). */
  edit: Edit;
  /** Ticks "Hadir" at once on screen (counts included), then saves; a refusal reloads the truth. */
  setPresent: (attendeeId: string, present: boolean) => Promise<void>;
}

// Edits run one after another: ticks and decisions typed quickly must land in the order given,
// each as its own undo step.
let queue: Promise<unknown> = Promise.resolve();
let waiting = 0;

export const useMeetings = create<MeetingsState>((set, get) => {
  const loadRecord = async (projectId: string, id: string) => {
    try {
      const record = await call('meetings.get', { projectId, id });
      // A read that raced a newer edit is stale (it would un-tick a box ticked meanwhile): the
      // edit's own reload follows.
      if (get().openId === id && waiting === 0) set({ record: keepIdentity(get().record, record) });
    } catch (e) {
      // The meeting vanished (its creation was undone): back to the list without alarm.
      if (e instanceof ApiFailure && e.error.code === 'not_found') set({ openId: null, record: null });
      else useUi.getState().fail(e);
    }
  };
  const loadList = async (projectId: string) => {
    try {
      const list = await call('meetings.list', { projectId });
      if (get().projectId === projectId) set({ list: keepIdentity(get().list, list) });
    } catch (e) {
      useUi.getState().fail(e);
    }
  };

  return {
    projectId: null,
    list: null,
    openId: null,
    record: null,
    tab: 'detail',
    use: (projectId) => {
      if (get().projectId !== projectId) set({ projectId, list: null, openId: null, record: null, tab: 'detail' });
    },
    open: (id) => {
      // Back in the meeting last edited: keep its tab (e.g. after adopting the vision elsewhere).
      const same = id !== null && id === get().record?.id;
      set({ openId: id, record: same || id === null ? get().record : null, tab: same ? get().tab : 'detail' });
      const projectId = get().projectId;
      if (id && projectId) void loadRecord(projectId, id);
      else if (projectId) void loadList(projectId);
    },
    setTab: (tab) => set({ tab }),
    refresh: async () => {
      const { projectId, openId } = get();
      if (!projectId) return;
      await Promise.all([loadList(projectId), openId ? loadRecord(projectId, openId) : null]);
    },
    edit: (method, input) => {
      const projectId = get().projectId;
      if (!projectId) return Promise.resolve(null);
      waiting += 1;
      const run = queue.then(async () => {
        try {
          return await call(method, { ...input, projectId } as MethodInput<typeof method>);
        } catch (e) {
          useUi.getState().fail(e);
          return null;
        } finally {
          waiting -= 1;
        }
      });
      // Only the last of a burst of edits reloads: the others would be overwritten at once.
      const done = run.then(async (out) => {
        if (waiting === 0) await Promise.all([get().refresh(), useProjects.getState().refreshHistory()]);
        return out;
      });
      queue = done.catch(() => undefined);
      return done;
    },
    setPresent: async (attendeeId, present) => {
      const record = get().record;
      if (record) set({ record: { ...record, attendees: record.attendees.map((a) => (a.id === attendeeId ? { ...a, present } : a)) } });
      await get().edit('attendees.update', { id: attendeeId, present });
    },
  };
});
