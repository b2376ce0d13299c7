import type { ProjectStore } from '../projectStore';
import type { Workspace } from '../workspace';

/** What every service may use; built once per back end. */
export interface ServiceContext {
  workspace: Workspace;
  store: ProjectStore;
  resourcesDir: string;
  appVersion: string;
  now: () => string;
  newId: () => string;
}
