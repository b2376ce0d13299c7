import { create } from 'zustand';
import type { MethodOutput } from '../../../shared/contract';
import { createEditQueue, type Edit } from '../../lib/editQueue';
import type { MeetingRecord } from '../../../shared/domain/meeting';
import { ApiFailure, call } from '../../api';
import { useUi } from '../shell/uiStore';
import { keepIdentity } from './keepIdentity';

export type MeetingSummary = MethodOutput<'meetings.list'>[number];
export type EditorTab = 'detail' | 'agenda' | 'attendance' | 'rules' | 'documents';

interface MeetingsState {
  projectId: string | null;
  list: MeetingSummary[] | null;
  /** The meeting open in the editor; mirrored in the address with its tab (see the end of this file). */
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
  /** Sends an edit at once, for the page may be closing (see editQueue). */
  editBeforeExit: Edit;
  /** Ticks "Hadir" at once on screen (counts included), then saves; a refusal reloads the truth. */
  setPresent: (attendeeId: string, present: boolean) => Promise<void>;
}

// Edits run one after another: ticks and decisions typed quickly must land in the order given,
// each as its own undo step.

const edits = createEditQueue(() => useMeetings.getState().projectId, () => useMeetings.getState().refresh());

// Reads of the meeting are numbered: with live updates two may overlap, and an older answer
// arriving after a newer one is dropped.
let recordReads = 0;
let recordShown = 0;

export const useMeetings = create<MeetingsState>((set, get) => {
  const loadRecord = async (projectId: string, id: string) => {
    const read = ++recordReads;
    try {
      const record = await call('meetings.get', { projectId, id });
      // A read that raced a newer edit (or a newer read) is stale (it would un-tick a box ticked
      // meanwhile): that one's reload follows.
      if (get().openId === id && !edits.busy() && read > recordShown) {
        recordShown = read;
        set({ record: keepIdentity(get().record, record) });
      }
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
    edit: (method, input) => edits.edit(method, input),
    editBeforeExit: (method, input) => edits.editBeforeExit(method, input),
    setPresent: async (attendeeId, present) => {
      const record = get().record;
      if (record) set({ record: { ...record, attendees: record.attendees.map((a) => (a.id === attendeeId ? { ...a, present } : a)) } });
      await get().edit('attendees.update', { id: attendeeId, present });
    },
  };
});

// The open meeting and its tab go into the address, so a reload (or a closed and reopened
// window) comes back to the minutes being typed rather than to the list.
useMeetings.subscribe((s, prev) => {
  if (s.openId === prev.openId && s.tab === prev.tab) return;
  useUi.getState().setDetail('meetings', s.openId ? `${s.openId}/${s.tab}` : null);
});
