import { useEffect } from 'react';
import { actions, comboOf } from './actions';

function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Installs the global keyboard shortcuts of the action list. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const combo = comboOf(e);
      const action = actions.find((a) => a.keys.includes(combo));
      if (!action || !action.enabled()) return;
      if (!action.inTextFields && inTextField(e.target)) return;
      e.preventDefault();
      action.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
