import { create } from 'zustand';
import type { Project, ProjectDetails, ProjectSummary } from '../../../shared/domain/project';
import type { HistoryState } from '../../../shared/domain/history';
import { call } from '../../api';
import { translate, useLanguage } from '../../i18n';
import { pickProjectFile, saveBinaryFile } from '../../lib/files';
import { useUi } from '../shell/uiStore';
import { AREA_LABEL, areaOfMethod } from '../shell/areaOfMethod';

const noHistory: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

interface ProjectState {
  list: ProjectSummary[] | null;
  current: Project | null;
  history: HistoryState;
  /** Bumped when data changed behind the screens' backs (undo, redo, restore): views reload. */
  revision: number;
  refreshHistory: () => Promise<void>;
  loadList: () => Promise<void>;
  /** Back on the home screen: the next visit opens the project again (and backs it up). */
  leave: () => void;
  open: (projectId: string) => Promise<void>;
  create: (details: Partial<ProjectDetails> & { name: string }) => Promise<void>;
  createDemo: () => Promise<void>;
  importFile: () => Promise<void>;
  update: (patch: Partial<ProjectDetails>) => Promise<boolean>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  duplicate: (projectId: string, name: string) => Promise<void>;
  remove: (projectId: string) => Promise<void>;
  saveCopy: () => Promise<void>;
  restore: (backupId: string, label: string) => Promise<void>;
}

const ui = () => useUi.getState();
let opening: string | null = null;
const methodLabel = (method: string | null) => translate(useLanguage.getState().lang, `methods.${method ?? ''}`);

/**
 * "Diurungkan: …", and when the step belongs to another screen, which one, with a button to go
 * there: an undo must never change something out of sight without saying so.
 */
function notifyStep(key: 'history.undone' | 'history.redone', method: string, projectId: string): void {
  const lang = useLanguage.getState().lang;
  const area = areaOfMethod(method);
  const route = ui().route;
  const label = area ? AREA_LABEL[area] : undefined;
  if (!area || !label || (route.name === 'project' && route.area === area)) {
    ui().notify(key, { what: methodLabel(method) });
    return;
  }
  const where = translate(lang, label);
  ui().notify(key === 'history.undone' ? 'history.undoneIn' : 'history.redoneIn', { what: methodLabel(method), where },
    { label: translate(lang, 'history.goTo', { where }), run: () => ui().navigate({ name: 'project', projectId, area }) });
}

/** Runs a step and reports its failure in the user's language; the project stays as it was. */
async function guarded(step: () => Promise<void>): Promise<boolean> {
  try {
    await step();
    return true;
  } catch (e) {
    ui().fail(e);
    return false;
  }
}

export const useProjects = create<ProjectState>((set, get) => {
  const refreshHistory = async (projectId: string) => set({ history: await call('history.state', { projectId }) });
  // A new project starts with its details to fill in; an existing one opens on its home, the path.
  const enter = async (project: Project, area: 'home' | 'details' = 'home') => {
    set({ current: project, history: await call('history.state', { projectId: project.id }) });
    // A project opened from its address keeps the area it names (e.g. a bookmark to the map).
    const route = ui().route;
    if (route.name !== 'project' || route.projectId !== project.id) ui().navigate({ name: 'project', projectId: project.id, area });
  };

  return {
    list: null,
    current: null,
    history: noHistory,
    revision: 0,
    refreshHistory: async () => {
      const current = get().current;
      if (current) await refreshHistory(current.id);
    },
    leave: () => set({ current: null, history: noHistory }),
    loadList: () => guarded(async () => set({ list: await call('projects.list', {}) })).then(() => undefined),
    open: (projectId) => {
      // One open per project at a time: opening takes a backup, which must not happen twice.
      if (get().current?.id === projectId || opening === projectId) return Promise.resolve();
      opening = projectId;
      return guarded(async () => enter(await call('projects.open', { projectId }))).then((ok) => {
        opening = null;
        if (!ok) ui().navigate({ name: 'home' });
      });
    },
    create: (details) => guarded(async () => enter(await call('projects.create', details), 'details')).then(() => undefined),
    createDemo: () => guarded(async () => enter(await call('projects.createDemo', {}))).then(() => undefined),
    importFile: () =>
      guarded(async () => {
        const file = await pickProjectFile();
        if (!file) return;
        const project = await call('projects.importFile', file);
        ui().notify('project.imported', { name: project.name });
        await enter(project);
      }).then(() => undefined),
    update: (patch) =>
      guarded(async () => {
        const current = get().current;
        if (!current) return;
        set({ current: await call('projects.update', { projectId: current.id, ...patch }) });
        await refreshHistory(current.id);
      }),
    undo: () =>
      guarded(async () => {
        const current = get().current;
        if (!current) return;
        const result = await call('history.undo', { projectId: current.id });
        if (result.undone) notifyStep('history.undone', result.undone, current.id);
        else ui().notify('history.nothingToUndo');
        set({ history: result, current: await call('projects.get', { projectId: current.id }), revision: get().revision + 1 });
      }).then(() => undefined),
    redo: () =>
      guarded(async () => {
        const current = get().current;
        if (!current) return;
        const result = await call('history.redo', { projectId: current.id });
        if (result.redone) notifyStep('history.redone', result.redone, current.id);
        else ui().notify('history.nothingToRedo');
        set({ history: result, current: await call('projects.get', { projectId: current.id }), revision: get().revision + 1 });
      }).then(() => undefined),
    duplicate: (projectId, name) =>
      guarded(async () => {
        const copy = await call('projects.duplicate', { projectId, name });
        ui().notify('project.duplicated', { name: copy.name });
        await get().loadList();
      }).then(() => undefined),
    remove: (projectId) =>
      guarded(async () => {
        const name = get().list?.find((p) => p.id === projectId)?.name ?? get().current?.name ?? '';
        await call('projects.delete', { projectId });
        if (get().current?.id === projectId) set({ current: null, history: noHistory });
        ui().notify('project.deleted', { name });
        ui().navigate({ name: 'home' });
        await get().loadList();
      }).then(() => undefined),
    saveCopy: () =>
      guarded(async () => {
        const current = get().current;
        if (!current) return;
        if (await saveBinaryFile(await call('projects.exportFile', { projectId: current.id }))) ui().notify('project.copySaved');
      }).then(() => undefined),
    restore: (backupId, label) =>
      guarded(async () => {
        const current = get().current;
        if (!current) return;
        set({ current: await call('backups.restore', { projectId: current.id, backupId }), revision: get().revision + 1 });
        await refreshHistory(current.id);
        ui().openDialog(null);
        ui().notify('backups.restored', { date: label });
      }).then(() => undefined),
  };
});
