import { useEffect, useRef } from 'react';
import { onProjectChanges } from './liveEvents';

/**
 * Runs `reload` (debounced) whenever this project's data changes, whoever changed it: the
 * facilitator in another window, or participants' phones. The latest `reload` is used, so the
 * caller need not memoise it.
 */
export function useProjectChanges(projectId: string | undefined, reload: () => void, opts?: { ms?: number; participation?: boolean }): void {
  const latest = useRef(reload);
  latest.current = reload;
  const ms = opts?.ms;
  const participation = opts?.participation;
  useEffect(() => {
    if (!projectId) return;
    return onProjectChanges(projectId, () => latest.current(), { ms, participation });
  }, [projectId, ms, participation]);
}
