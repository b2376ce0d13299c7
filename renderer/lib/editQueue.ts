import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { call, callBeforeExit } from '../api';
import { useProjects } from '../features/project/projectStore';
import { useUi } from '../features/shell/uiStore';

export type Edit = <M extends MethodName>(method: M, input: Omit<MethodInput<M>, 'projectId'>) => Promise<MethodOutput<M> | null>;

/**
 * Edits of one screen, sent one after another in the order typed (fast typists fire bursts),
 * each reported in the user's language if refused. Only the last of a burst reloads the screen
 * and the undo state: the reloads in between would be overwritten at once.
 */
export function createEditQueue(projectId: () => string | null, reload: () => Promise<unknown>) {
  let queue: Promise<unknown> = Promise.resolve();
  let waiting = 0;
  const edit: Edit = (method, input) => {
    const id = projectId();
    if (!id) return Promise.resolve(null);
    waiting += 1;
    const run = queue.then(async () => {
      try {
        return await call(method, { ...input, projectId: id } as MethodInput<typeof method>);
      } catch (e) {
        useUi.getState().fail(e);
        return null;
      } finally {
        waiting -= 1;
      }
    });
    const done = run.then(async (out) => {
      if (waiting === 0) await Promise.all([reload(), useProjects.getState().refreshHistory()]);
      return out;
    });
    queue = done.catch(() => undefined);
    return done;
  };
  /** True while edits are still on their way: a reload started now would show stale data. */
  const busy = () => waiting > 0;
  /** Resolves once every edit started so far has landed (a download must include the last save). */
  const settled = (): Promise<unknown> => queue;
  /**
   * Sends an edit now, ahead of the queue, because the page may be going away (reload, close,
   * hidden): a queued one could wait behind another and be lost. Reloads after it if still here.
   */
  const editBeforeExit: Edit = (method, input) => {
    const id = projectId();
    if (!id) return Promise.resolve(null);
    const sent = callBeforeExit(method, { ...input, projectId: id } as MethodInput<typeof method>);
    return sent.then(async (out) => {
      if (waiting === 0) await Promise.all([reload(), useProjects.getState().refreshHistory()]);
      return out;
    }, (e: unknown) => {
      useUi.getState().fail(e);
      return null;
    });
  };
  return { edit, editBeforeExit, busy, settled };
}
