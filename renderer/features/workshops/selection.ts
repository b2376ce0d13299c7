import { create } from 'zustand';

interface SelectionState {
  ids: ReadonlySet<string>;
  toggle: (id: string, on?: boolean) => void;
  clear: () => void;
}

/**
 * The cards ticked for merging or moving. A store of its own so that ticking one card re-renders
 * that card only (each card subscribes to its own `has(id)`), not a board of 1,000.
 */
export const useSelection = create<SelectionState>((set, get) => ({
  ids: new Set(),
  toggle: (id, on) => {
    const next = new Set(get().ids);
    if (on ?? !next.has(id)) next.add(id);
    else next.delete(id);
    set({ ids: next });
  },
  clear: () => set({ ids: new Set() }),
}));
