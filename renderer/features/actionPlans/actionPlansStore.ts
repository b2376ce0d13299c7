import { create } from 'zustand';
import type { MethodOutput } from '../../../shared/contract';
import type { ActionPlan } from '../../../shared/domain/actionPlan';
import type { BoardMember } from '../../../shared/domain/organisation';
import type { SnapshotInfo } from '../../../shared/domain/snapshot';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { call } from '../../api';
import { createEditQueue, type Edit } from '../../lib/editQueue';
import type { MeetingSummary } from '../meetings/MeetingSelect';
import { useUi } from '../shell/uiStore';

export type AreaTab = 'plans' | 'schedule' | 'annual' | 'reports';
export type PlanTab = 'questions' | 'pdm' | 'pdca';
export type { MeetingSummary };

/** What the plan screens pick from: the registry, the board, meetings and map snapshots. */
export interface PlanContext {
  stakeholders: Stakeholder[];
  board: BoardMember[];
  organisationName: string;
  meetings: MeetingSummary[];
  snapshots: SnapshotInfo[];
}

interface ActionPlansState {
  projectId: string | null;
  plans: ActionPlan[] | null;
  context: PlanContext | null;
  /** The plan open in the editor; held here, as the shell's routes stop at the area. */
  openId: string | null;
  areaTab: AreaTab;
  planTab: PlanTab;
  /** Bumped after every reload, so panels that read more (the annual plan) follow. */
  loads: number;
  use: (projectId: string) => void;
  /** Reads the plans, and (unless `withContext` is false) what the screens pick from. */
  refresh: (withContext?: boolean) => Promise<void>;
  open: (id: string | null) => void;
  setAreaTab: (tab: AreaTab) => void;
  setPlanTab: (tab: PlanTab) => void;
  /** Runs an edit (one undo step), then reloads; null when refused (already reported). */
  edit: Edit;
}

// Edits run one after another: fields left in quick succession land in order, each its own undo step.
// An edit here changes only plans, so only they are read again.
const edits = createEditQueue(() => useActionPlans.getState().projectId, () => useActionPlans.getState().refresh(false));

async function readContext(projectId: string): Promise<PlanContext> {
  const [stakeholders, organisation, meetings, snapshots] = await Promise.all([
    call('stakeholders.list', { projectId }), call('organisation.get', { projectId }), call('meetings.list', { projectId }), call('snapshots.list', { projectId }),
  ]);
  return { stakeholders, board: organisation.board, organisationName: organisation.name, meetings, snapshots };
}

export const useActionPlans = create<ActionPlansState>((set, get) => ({
  projectId: null,
  plans: null,
  context: null,
  openId: null,
  areaTab: 'plans',
  planTab: 'questions',
  loads: 0,
  use: (projectId) => {
    if (get().projectId !== projectId) set({ projectId, plans: null, context: null, openId: null, areaTab: 'plans', planTab: 'questions' });
  },
  refresh: async (withContext = true) => {
    const projectId = get().projectId;
    if (!projectId || edits.busy()) return;
    try {
      const [plans, context] = await Promise.all([call('actionPlans.list', { projectId }), withContext || !get().context ? readContext(projectId) : get().context]);
      if (get().projectId !== projectId) return;
      // A plan removed by an undo closes its editor instead of showing nothing.
      const openId = plans.some((p) => p.id === get().openId) ? get().openId : null;
      set({ plans, openId, context, loads: get().loads + 1 });
    } catch (e) {
      useUi.getState().fail(e);
    }
  },
  open: (openId) => set({ openId, planTab: 'questions' }),
  setAreaTab: (areaTab) => set({ areaTab }),
  setPlanTab: (planTab) => set({ planTab }),
  edit: (method, input) => edits.edit(method, input),
}));

/** Resolves once every edit started so far has landed (a download must include the last save). */
export const planEditsSettled = (): Promise<unknown> => edits.settled();

export const useOpenPlan = (): ActionPlan | null => useActionPlans((s) => s.plans?.find((p) => p.id === s.openId) ?? null);
