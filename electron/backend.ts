import { randomUUID } from 'node:crypto';
import { createDispatch, type Dispatch } from './api';
import { handlers as defaultHandlers, type HandlerMap } from './handlers';
import { ProjectStore } from './projectStore';
import type { ServiceContext } from './services/context';
import { Workspace } from './workspace';
import { lockDataFolder } from './dataFolderLock';

export interface BackendOptions {
  dataDir: string;
  resourcesDir: string;
  appVersion: string;
  /** Path of a better-sqlite3 build for this runtime (Electron and Node need different ones). */
  nativeBinding?: string;
}

export interface Backend {
  dispatch: Dispatch;
  close(): void;
}

/** The whole back end, transport-free: Electron IPC and the HTTP host both call `dispatch`. */
export function createBackend(opts: BackendOptions, handlers: HandlerMap = defaultHandlers): Backend {
  const release = lockDataFolder(opts.dataDir);
  try {
    const workspace = new Workspace(opts.dataDir);
    const store = new ProjectStore(workspace, { nativeBinding: opts.nativeBinding });
    const ctx: ServiceContext = {
      workspace,
      store,
      resourcesDir: opts.resourcesDir,
      appVersion: opts.appVersion,
      now: () => new Date().toISOString(),
      newId: randomUUID,
    };
    const dispatch = createDispatch(ctx, handlers);
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      try {
        store.closeAll();
      } catch (e) {
        // A checkpoint that cannot be written (full disk) leaves the WAL for next time; say so.
        console.error(e);
      } finally {
        release();
      }
    };
    return { dispatch, close };
  } catch (e) {
    release();
    throw e;
  }
}
