import { historyOf, redoNext, undoLast } from '../db/changeLog';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { listBackups, restoreBackup } from '../services/backups';
import { createDemoProject } from '../services/demo';
import { readProject } from '../services/projectRows';
import { readProjectPath } from '../services/projectPath';
import * as projects from '../services/projects';
import { project, workspace, type HandlerSlice, type MethodsOf } from './types';

export const coreHandlers: HandlerSlice<MethodsOf<'app' | 'projects' | 'history' | 'backups'>> = {
  'app.info': workspace((ctx) => ({ name: 'Klaster Workbench', version: ctx.appVersion, schemaVersion: LATEST_SCHEMA_VERSION })),
  'projects.create': workspace((ctx, input) => projects.createProject(ctx, input)),
  'projects.list': workspace((ctx) => projects.listProjects(ctx)),
  'projects.get': project((db) => readProject(db)),
  'projects.path': project((db, _input, { now }) => readProjectPath(db, now)),
  'projects.open': workspace((ctx, { projectId }) => projects.openProject(ctx, projectId)),
  'projects.update': project((db, { projectId: _id, ...details }, { rec, now }) => projects.updateProject(db, details, rec, now)),
  'projects.delete': workspace((ctx, { projectId }) => {
    projects.deleteProject(ctx, projectId);
    return { deleted: true as const };
  }),
  'projects.duplicate': workspace((ctx, { projectId, name }) => projects.duplicateProject(ctx, projectId, name)),
  'projects.createDemo': workspace((ctx, input) => createDemoProject(ctx, input)),
  'projects.exportFile': workspace((ctx, { projectId }) => projects.exportProjectFile(ctx, projectId)),
  'projects.importFile': workspace((ctx, input) => projects.importProjectFile(ctx, input)),
  'history.state': project((db) => historyOf(db)),
  'history.undo': project((db) => ({ undone: undoLast(db), ...historyOf(db) })),
  'history.redo': project((db) => ({ redone: redoNext(db), ...historyOf(db) })),
  'backups.list': workspace((ctx, { projectId }) => {
    ctx.store.db(projectId);
    return listBackups(ctx, projectId);
  }),
  'backups.restore': workspace(async (ctx, { projectId, backupId }) => {
    await restoreBackup(ctx, projectId, backupId);
    return readProject(ctx.store.db(projectId));
  }),

};
