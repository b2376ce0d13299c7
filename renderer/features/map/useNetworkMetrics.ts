import { useEffect } from 'react';
import { create } from 'zustand';
import type { MetricsRow } from '../../../shared/domain/relation';
import { call } from '../../api';
import { useUi } from '../shell/uiStore';
import { useRegistry } from '../stakeholders/stakeholderStore';

interface MetricsState {
  projectId: string | null;
  rows: MetricsRow[];
  loaded: boolean;
}

/** The five measures as the back end computes them; the UI never recomputes them. */
export const useMetrics = create<MetricsState>(() => ({ projectId: null, rows: [], loaded: false }));

let request = 0;

/** Fetches the metrics again whenever the registry changed (every edit and undo reloads it). */
export function useNetworkMetrics(): void {
  const projectId = useRegistry((s) => s.projectId);
  const stakeholders = useRegistry((s) => s.stakeholders);
  const relations = useRegistry((s) => s.relations);
  useEffect(() => {
    if (!projectId) return;
    const mine = ++request;
    if (useMetrics.getState().projectId !== projectId) useMetrics.setState({ projectId, rows: [], loaded: false });
    call('network.metrics', { projectId })
      .then((rows) => {
        // An older answer arriving after a newer request must not win.
        if (mine === request) useMetrics.setState({ projectId, rows, loaded: true });
      })
      .catch((e: unknown) => useUi.getState().fail(e));
  }, [projectId, stakeholders, relations]);
}
