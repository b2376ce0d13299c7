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
      // One key may serve two screens (F5): the first action enabled here takes it.
      const action = actions.find((a) => a.keys.includes(combo) && a.enabled());
      if (!action) return;
      if (!action.inTextFields && inTextField(e.target)) return;
      e.preventDefault();
      action.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
