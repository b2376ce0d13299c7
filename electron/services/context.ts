import type { ProjectStore } from '../projectStore';
import type { Workspace } from '../workspace';
import type { BackendEvents } from '../events';
import type { ParticipationHub } from '../participation/hub';
import type { MetricsService } from './network/metricsService';
import type { Dispatch } from '../api';

/** What every service may use; built once per back end. */
export interface ServiceContext {
  workspace: Workspace;
  store: ProjectStore;
  resourcesDir: string;
  appVersion: string;
  now: () => string;
  newId: () => string;
  events: BackendEvents;
  metrics: MetricsService;
  /** The participant server for phones; set once the dispatcher exists. */
  participation: ParticipationHub;
  /** The one dispatcher, for services that act as a user would (the demo story); set once it exists. */
  dispatch: Dispatch;
}
