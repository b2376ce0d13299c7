import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createDispatch, type Dispatch } from './api';
import { handlers as defaultHandlers, type HandlerMap } from './handlers';
import { ProjectStore } from './projectStore';
import type { ServiceContext } from './services/context';
import { Workspace } from './workspace';
import { lockDataFolder } from './dataFolderLock';
import { BackendEvents } from './events';
import { ParticipationHub } from './participation/hub';
import { MetricsService } from './services/network/metricsService';

export interface BackendOptions {
  dataDir: string;
  resourcesDir: string;
  appVersion: string;
  /** Path of a better-sqlite3 build for this runtime (Electron and Node need different ones). */
  nativeBinding?: string;
  /** The built phone page (dist/phone) that the participant server serves. */
  phoneDir?: string;
  /** The built metrics worker (dist/.../metricsWorker); without it metrics run on this thread. */
  metricsWorkerFile?: string;
}

export interface Backend {
  dispatch: Dispatch;
  /** Live updates for screens: data changed, phones joined or left. */
  events: BackendEvents;
  close(): void;
}

/** The whole back end, transport-free: Electron IPC and the HTTP host both call `dispatch`. */
export function createBackend(opts: BackendOptions, handlers: HandlerMap = defaultHandlers): Backend {
  const release = lockDataFolder(opts.dataDir);
  try {
    const workspace = new Workspace(opts.dataDir);
    const store = new ProjectStore(workspace, { nativeBinding: opts.nativeBinding });
    const events = new BackendEvents();
    const ctx = {
      workspace,
      store,
      resourcesDir: opts.resourcesDir,
      appVersion: opts.appVersion,
      now: () => new Date().toISOString(),
      newId: randomUUID,
      events,
      metrics: new MetricsService(opts.metricsWorkerFile, events),
    } as Omit<ServiceContext, 'participation' | 'dispatch'> as ServiceContext;
    const dispatch = createDispatch(ctx, handlers);
    // The demo story runs through the same dispatcher, so it obeys every rule a user does.
    ctx.dispatch = dispatch;
    // The participant server writes through the same dispatcher, so phones get the same rules.
    ctx.participation = new ParticipationHub({ dispatch, events, phoneDir: opts.phoneDir ?? path.join(opts.resourcesDir, '..', 'dist', 'phone') });
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      void ctx.participation.close();
      void ctx.metrics.close();
      try {
        store.closeAll();
      } catch (e) {
        // A checkpoint that cannot be written (full disk) leaves the WAL for next time; say so.
        console.error(e);
      } finally {
        release();
      }
    };
    return { dispatch, events, close };
  } catch (e) {
    release();
    throw e;
  }
}
