import { create } from 'zustand';

export const METRICS = ['inDegree', 'outDegree', 'closeness', 'betweenness', 'eigenvector'] as const;
export type MetricKey = (typeof METRICS)[number];
export const LAYOUTS = ['saved', 'fcose', 'concentric', 'grouped'] as const;
export type LayoutMode = (typeof LAYOUTS)[number];

/** Filters hold what is hidden, so a kind or group added later shows up without touching them. */
export interface MapFilters {
  kinds: string[];
  /** Small-group ids; 'none' stands for stakeholders without a group. */
  groups: string[];
  tieKinds: string[];
}
export type FilterList = keyof MapFilters;
const noFilters: MapFilters = { kinds: [], groups: [], tieKinds: [] };

interface MapState {
  layout: LayoutMode;
  concentricBy: MetricKey;
  /** Bumped for every layout request, so choosing the same layout again runs it again. */
  layoutRun: number;
  sizeBy: MetricKey | 'uniform';
  filters: MapFilters;
  connectMode: boolean;
  /** The stakeholder found by the search: centred, neighbours highlighted, the rest dimmed. */
  focusId: string | null;
  runLayout: (layout: LayoutMode) => void;
  setConcentricBy: (metric: MetricKey) => void;
  setSizeBy: (metric: MetricKey | 'uniform') => void;
  toggleHidden: (list: FilterList, value: string) => void;
  showAll: () => void;
  setConnectMode: (on: boolean) => void;
  setFocus: (id: string | null) => void;
  /** Entering a project's map: another project's filters and focus mean nothing here. */
  enterProject: (projectId: string) => void;
}

let lastProject: string | null = null;

export const useMapState = create<MapState>((set, get) => ({
  layout: 'saved',
  concentricBy: 'betweenness',
  layoutRun: 0,
  sizeBy: 'uniform',
  filters: noFilters,
  connectMode: false,
  focusId: null,
  runLayout: (layout) => set({ layout, layoutRun: get().layoutRun + 1 }),
  setConcentricBy: (concentricBy) => set({ concentricBy, layout: 'concentric', layoutRun: get().layoutRun + 1 }),
  setSizeBy: (sizeBy) => set({ sizeBy }),
  toggleHidden: (list, value) => {
    const current = get().filters[list];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    set({ filters: { ...get().filters, [list]: next } });
  },
  showAll: () => set({ filters: noFilters }),
  setConnectMode: (connectMode) => set({ connectMode }),
  setFocus: (focusId) => set({ focusId }),
  enterProject: (projectId) => {
    if (projectId !== lastProject) set({ filters: noFilters, focusId: null, connectMode: false, layout: 'saved' });
    lastProject = projectId;
  },
}));
