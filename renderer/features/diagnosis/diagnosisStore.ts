import { create } from 'zustand';
import type { MethodOutput } from '../../../shared/contract';
import { gradeOf, totalOf } from '../../../shared/diagnosis/scale';
import type { QuestionnaireProfile, QuestionnaireRound, QuestionnaireSpread } from '../../../shared/domain/questionnaire';
import { call } from '../../api';
import { createEditQueue, type Edit } from '../../lib/editQueue';
import type { MeetingSummary } from '../meetings/MeetingSelect';
import { useUi } from '../shell/uiStore';

export type DiagnosisTab = 'rounds' | 'profile' | 'outline';
export type { MeetingSummary };
export type Base2Suggestion = MethodOutput<'questionnaires.suggestBase2'>;

interface DiagnosisState {
  projectId: string | null;
  rounds: QuestionnaireRound[] | null;
  profile: QuestionnaireProfile | null;
  suggestion: Base2Suggestion | null;
  meetings: MeetingSummary[];
  /** The round being answered; held here, as the shell's routes stop at the area. */
  openId: string | null;
  /** The phone sitting whose spread of answers is on screen, and that spread. */
  spreadId: string | null;
  spread: QuestionnaireSpread | null;
  tab: DiagnosisTab;
  use: (projectId: string) => void;
  refresh: () => Promise<void>;
  open: (id: string | null) => void;
  showSpread: (sittingId: string | null) => void;
  setTab: (tab: DiagnosisTab) => void;
  /** Runs an edit (one undo step), then reloads; null when refused (already reported). */
  edit: Edit;
  /** Chooses a statement or writes a note; shown at once, so a radio never springs back while the call runs. */
  answer: (roundId: string, base: number, patch: { choice?: number | null; note?: string }) => Promise<unknown>;
}

// Edits run one after another: choices clicked in quick succession land in order, each its own undo step.
const edits = createEditQueue(() => useDiagnosis.getState().projectId, () => useDiagnosis.getState().refresh());

/** The round with one Base changed, as the back end will answer it. */
function patched(r: QuestionnaireRound, base: number, patch: { choice?: number | null; note?: string }): QuestionnaireRound {
  const answers = r.answers.map((a) => {
    if (a.base !== base) return a;
    const choice = patch.choice === undefined ? a.choice : patch.choice;
    return { ...a, choice, grade: choice === null ? null : gradeOf(choice), note: patch.note ?? a.note };
  });
  return { ...r, answers, answered: answers.filter((a) => a.choice !== null).length, total: totalOf(answers.map((a) => a.choice)) };
}

export const useDiagnosis = create<DiagnosisState>((set, get) => ({
  projectId: null,
  rounds: null,
  profile: null,
  suggestion: null,
  meetings: [],
  openId: null,
  spreadId: null,
  spread: null,
  tab: 'rounds',
  use: (projectId) => {
    if (get().projectId !== projectId) set({ projectId, rounds: null, profile: null, suggestion: null, meetings: [], openId: null, spreadId: null, spread: null, tab: 'rounds' });
  },
  refresh: async () => {
    const projectId = get().projectId;
    if (!projectId || edits.busy()) return;
    try {
      const [rounds, profile, suggestion, meetings] = await Promise.all([
        call('questionnaires.list', { projectId }), call('questionnaires.profile', { projectId }),
        call('questionnaires.suggestBase2', { projectId }), call('meetings.list', { projectId }),
      ]);
      // An answer clicked while this read was on its way is newer than it: the reload after that answer shows both.
      if (get().projectId !== projectId || edits.busy()) return;
      // A round removed by an undo closes instead of showing nothing.
      const openId = rounds.some((r) => r.id === get().openId) ? get().openId : null;
      // A sitting emptied by deletes (or an undo) closes its spread.
      const spreadId = rounds.some((r) => r.sittingId === get().spreadId) ? get().spreadId : null;
      const spread = spreadId ? await call('questionnaires.spread', { projectId, sittingId: spreadId }) : null;
      if (get().projectId !== projectId) return;
      set({ rounds, profile, suggestion, meetings, openId, spreadId, spread });
    } catch (e) {
      useUi.getState().fail(e);
    }
  },
  open: (openId) => set({ openId }),
  showSpread: (spreadId) => {
    set({ spreadId, spread: null });
    if (spreadId) void get().refresh();
  },
  setTab: (tab) => set({ tab }),
  edit: (method, input) => edits.edit(method, input),
  answer: (roundId, base, patch) => {
    set({ rounds: get().rounds?.map((r) => (r.id === roundId ? patched(r, base, patch) : r)) ?? null });
    return edits.edit('questionnaires.answer', { roundId, base, ...patch });
  },
}));

/** Resolves once every edit started so far has landed (a download must include the last answer). */
export const diagnosisEditsSettled = (): Promise<unknown> => edits.settled();

export const useOpenRound = (): QuestionnaireRound | null => useDiagnosis((s) => s.rounds?.find((r) => r.id === s.openId) ?? null);
