import { useLanguage } from '../i18n';
import { useProjects } from '../features/project/projectStore';
import { useUi } from '../features/shell/uiStore';
import { presentableHere } from '../features/presentation/presentable';
import { usePresentation } from '../features/presentation/presentationStore';

/**
 * Every keyboard shortcut and its menu label come from this one list, so the help dialog,
 * the buttons' tooltips and the key handling never disagree.
 */
export interface Action {
  id: string;
  /** Key combinations as written in the help, e.g. "Ctrl+Z". */
  keys: string[];
  /** Whether the action may run now (e.g. undo needs an open project). */
  enabled: () => boolean;
  /** Some keys must keep their meaning inside text fields (undo of typing). */
  inTextFields: boolean;
  run: () => void;
}

// Not while presenting: an undo (or a save dialog) behind the wall would happen unseen.
const inProject = () => useUi.getState().route.name === 'project' && useProjects.getState().current !== null && usePresentation.getState().showing === null;

export const actions: Action[] = [
  { id: 'new-project', keys: ['Ctrl+N'], inTextFields: true, enabled: () => true, run: () => useUi.getState().openDialog('new-project') },
  { id: 'open-file', keys: ['Ctrl+O'], inTextFields: true, enabled: () => true, run: () => void useProjects.getState().importFile() },
  { id: 'undo', keys: ['Ctrl+Z'], inTextFields: false, enabled: inProject, run: () => void useProjects.getState().undo() },
  { id: 'redo', keys: ['Ctrl+Y', 'Ctrl+Shift+Z'], inTextFields: false, enabled: inProject, run: () => void useProjects.getState().redo() },
  { id: 'save-copy', keys: ['Ctrl+Shift+S'], inTextFields: true, enabled: inProject, run: () => void useProjects.getState().saveCopy() },
  // F5 presents the screen when it has something to present (and leaves again); elsewhere the
  // projector mode below keeps F5. The first enabled action for a key wins.
  {
    id: 'present', keys: ['F5'], inTextFields: true,
    enabled: () => usePresentation.getState().showing !== null || presentableHere() !== null,
    run: () => {
      const what = presentableHere();
      if (usePresentation.getState().showing) usePresentation.getState().stop();
      else if (what) usePresentation.getState().start(what);
    },
  },
  {
    id: 'toggle-projector', keys: ['F5'], inTextFields: true, enabled: () => true,
    run: () => useUi.getState().setProjector(!useUi.getState().projector),
  },
  {
    id: 'toggle-language', keys: ['Ctrl+Shift+L'], inTextFields: true, enabled: () => true,
    run: () => useLanguage.getState().setLang(useLanguage.getState().lang === 'id' ? 'en' : 'id'),
  },
  { id: 'go-home', keys: ['Alt+Home'], inTextFields: true, enabled: () => true, run: () => useUi.getState().navigate({ name: 'home' }) },
  { id: 'help', keys: ['F1'], inTextFields: true, enabled: () => true, run: () => useUi.getState().openDialog('shortcuts') },
];

export const actionById = (id: string): Action => {
  const action = actions.find((a) => a.id === id);
  if (!action) throw new Error(`Unknown action ${id}`);
  return action;
};

/** "Ctrl+Shift+Z" for a keyboard event; Cmd counts as Ctrl on macOS. */
export function comboOf(e: KeyboardEvent): string {
  const parts: string[] = [];
  if (e.ctrlKey || e.metaKey) parts.push('Ctrl');
  if (e.altKey) parts.push('Alt');
  if (e.shiftKey) parts.push('Shift');
  const key = e.key.length === 1 ? e.key.toUpperCase() : e.key;
  parts.push(key);
  return parts.join('+');
}
