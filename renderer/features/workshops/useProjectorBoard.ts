import { useEffect, useState } from 'react';
import type { Shortlist, WorkshopBoard } from '../../../shared/domain/workshop';
import { call } from '../../api';
import { onProjectChanges } from '../../lib/liveEvents';
import { keepIdentity } from '../meetings/keepIdentity';
import { stepKey, type WorkshopTab } from './workshopsStore';

const POLL_MS = 1500;

/**
 * The projector page follows the facilitator by reading the whole wall every 1.5 s (about 20 ms
 * for 1,000 cards), so it works in another tab or window with no channel between them, and at
 * once when the back end says the project changed (cards and dots from phones). The step shown
 * comes from localStorage, which the facilitator's view writes.
 */
export function useProjectorBoard(projectId: string, workshopId: string) {
  const [board, setBoard] = useState<WorkshopBoard | null>(null);
  const [shortlist, setShortlist] = useState<Shortlist | null>(null);
  const [missing, setMissing] = useState(false);
  const [step, setStep] = useState<WorkshopTab>(() => (localStorage.getItem(stepKey(workshopId)) as WorkshopTab | null) ?? 'rules');
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout>;
    let reading = false;
    let again = false;
    const tick = async () => {
      reading = true;
      const current = (localStorage.getItem(stepKey(workshopId)) as WorkshopTab | null) ?? 'rules';
      try {
        const next = await call('workshops.get', { projectId, id: workshopId });
        const list = current === 'decide' ? await call('workshops.shortlist', { projectId, id: workshopId }) : null;
        if (!live) return;
        // Unchanged cards keep their identity, so the big cards do not re-render every poll.
        setBoard((prev) => keepIdentity(prev, next));
        setShortlist((prev) => keepIdentity(prev, list));
        setStep(current);
        setMissing(false);
      } catch {
        // A deleted workshop or a server restarting: say so, keep trying.
        if (live) setMissing(true);
      }
      // One read at a time: a slow read is never overtaken by the next.
      reading = false;
      if (!live) return;
      if (again) {
        again = false;
        void tick();
      } else timer = setTimeout(() => void tick(), POLL_MS);
    };
    void tick();
    const stopListening = onProjectChanges(projectId, () => {
      if (reading) again = true;
      else {
        clearTimeout(timer);
        void tick();
      }
    });
    return () => {
      live = false;
      clearTimeout(timer);
      stopListening();
    };
  }, [projectId, workshopId]);
  return { board, shortlist, step, missing };
}
