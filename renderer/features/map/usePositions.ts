import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api';
import { useProjects } from '../project/projectStore';
import { useUi } from '../shell/uiStore';
import { useRegistry } from '../stakeholders/stakeholderStore';
import { markArrived } from './mapMarks';
import type { Positions } from './syncElements';

export interface SavedPositions {
  /** The positions as saved; the same Map object, updated in place by our own saves. */
  saved: Positions;
  /** Bumped when positions were loaded from the back end (first load, undo, redo, restore). */
  version: number;
  loaded: boolean;
  save: (positions: { id: string; x: number; y: number }[]) => Promise<void>;
}

/** The saved node positions of the open project, reloaded after undo and redo. */
export function usePositions(projectId: string | undefined): SavedPositions {
  const revision = useProjects((s) => s.revision);
  const saved = useRef<Positions>(new Map());
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    if (!projectId) return;
    let live = true;
    call('stakeholders.positions', { projectId })
      .then((rows) => {
        if (!live) return;
        markArrived('positions');
        saved.current = new Map(rows.map((r) => [r.id, { x: r.x, y: r.y }]));
        setLoaded(true);
        setVersion((v) => v + 1);
      })
      .catch((e: unknown) => useUi.getState().fail(e));
    return () => {
      live = false;
    };
  }, [projectId, revision]);

  // One call is one undo step: a whole layout run, or one drag.
  const save = useCallback(async (positions: { id: string; x: number; y: number }[]) => {
    if (positions.length === 0) return;
    const out = await useRegistry.getState().edit('stakeholders.savePositions', { positions });
    if (out) for (const p of positions) saved.current.set(p.id, { x: p.x, y: p.y });
  }, []);

  return { saved: saved.current, version, loaded, save };
}
