import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { Contract, MethodName, MethodOutput } from '../shared/contract';
import type { ChangeRecorder } from './db/changeLog';
import { historyOf, redoNext, undoLast } from './db/changeLog';
import { LATEST_SCHEMA_VERSION } from './db/migrations';
import { listBackups, restoreBackup } from './services/backups';
import type { ServiceContext } from './services/context';
import { readProject } from './services/projectRows';
import * as projects from './services/projects';
import { createDemoProject } from './services/demo';
import * as registry from './services/stakeholders';
import * as ties from './services/relations';
import { listGroups, listStakeholders, readStakeholder } from './services/stakeholderRows';
import { computeMetrics } from './services/network/metrics';
import { commitImport, previewImport } from './services/import/importStakeholders';
import { exportMap } from './services/export/exportMap';
import * as snapshots from './services/snapshots';

type Parsed<M extends MethodName> = z.output<Contract[M]['input']>;
export interface ProjectTools {
  rec: ChangeRecorder;
  now: string;
  newId: () => string;
}

/** Runs inside one transaction on the project's database (input carries projectId). */
export interface ProjectHandler<M extends MethodName> {
  scope: 'project';
  run: (db: Database, input: Parsed<M>, tools: ProjectTools) => MethodOutput<M>;
}
/** Works on files and the workspace; does its own atomic steps. */
export interface WorkspaceHandler<M extends MethodName> {
  scope: 'workspace';
  run: (ctx: ServiceContext, input: Parsed<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
}
export type Handler<M extends MethodName> = ProjectHandler<M> | WorkspaceHandler<M>;
export type HandlerMap = { [M in MethodName]: Handler<M> };

const project = <M extends MethodName>(run: ProjectHandler<M>['run']): ProjectHandler<M> => ({ scope: 'project', run });
const workspace = <M extends MethodName>(run: WorkspaceHandler<M>['run']): WorkspaceHandler<M> => ({ scope: 'workspace', run });

export const handlers: HandlerMap = {
  'app.info': workspace((ctx) => ({ name: 'Klaster Workbench', version: ctx.appVersion, schemaVersion: LATEST_SCHEMA_VERSION })),
  'projects.create': workspace((ctx, input) => projects.createProject(ctx, input)),
  'projects.list': workspace((ctx) => projects.listProjects(ctx)),
  'projects.get': project((db) => readProject(db)),
  'projects.open': workspace((ctx, { projectId }) => projects.openProject(ctx, projectId)),
  'projects.update': project((db, { projectId: _id, ...details }, { rec, now }) => projects.updateProject(db, details, rec, now)),
  'projects.delete': workspace((ctx, { projectId }) => {
    projects.deleteProject(ctx, projectId);
    return { deleted: true as const };
  }),
  'projects.duplicate': workspace((ctx, { projectId, name }) => projects.duplicateProject(ctx, projectId, name)),
  'projects.createDemo': workspace((ctx) => createDemoProject(ctx)),
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

  'stakeholders.create': project((db, { projectId: _p, ...fields }, t) => registry.createStakeholder(db, fields, t)),
  'stakeholders.list': project((db) => listStakeholders(db)),
  'stakeholders.get': project((db, { id }) => readStakeholder(db, id)),
  'stakeholders.update': project((db, { projectId: _p, id, ...patch }, t) => registry.updateStakeholder(db, id, patch, t)),
  'stakeholders.delete': project((db, { id }, t) => registry.deleteStakeholder(db, id, t)),
  'stakeholders.positions': project((db) => registry.positionsOf(db)),
  'stakeholders.savePositions': project((db, { positions }, t) => registry.savePositions(db, positions, t)),

  'groups.create': project((db, { projectId: _p, ...fields }, t) => registry.createGroup(db, fields, t)),
  'groups.list': project((db) => listGroups(db)),
  'groups.update': project((db, { projectId: _p, id, ...patch }, t) => registry.updateGroup(db, id, patch, t)),
  'groups.delete': project((db, { id }, t) => registry.deleteGroup(db, id, t)),
  'groups.assign': project((db, { groupId, stakeholderIds }, t) => registry.assignGroup(db, groupId, stakeholderIds, t)),

  'relations.create': project((db, { projectId: _p, ...fields }, t) => ties.createRelation(db, fields, t)),
  'relations.list': project((db) => ties.listRelations(db)),
  'relations.update': project((db, { projectId: _p, id, ...patch }, t) => ties.updateRelation(db, id, patch, t)),
  'relations.delete': project((db, { id }, t) => ties.deleteRelation(db, id, t)),

  // Parsing is async (exceljs), so the preview reads the project outside a transaction: it writes nothing.
  'import.preview': workspace((ctx, { projectId, ...input }) => previewImport(ctx.store.db(projectId), input)),
  'import.commit': project((db, { rows }, t) => commitImport(db, rows, t)),
  'network.metrics': project((db) => computeMetrics(listStakeholders(db), ties.listRelations(db))),
  // Writing XLSX is async; the export only reads, so it needs no transaction.
  'network.export': workspace((ctx, { projectId, format, ...filter }) => exportMap(ctx.store.db(projectId), format, filter)),
  'snapshots.create': project((db, { name }, t) => snapshots.createSnapshot(db, name, t)),
  'snapshots.list': project((db) => snapshots.listSnapshots(db)),
  'snapshots.get': project((db, { id }) => snapshots.readSnapshot(db, id)),
  'snapshots.compare': project((db, { beforeId, afterId }) => snapshots.compareSnapshots(db, beforeId, afterId)),
  'snapshots.delete': project((db, { id }, t) => snapshots.deleteSnapshot(db, id, t)),
};

/** Methods after which the home screen's copy of the project's name and dates may be stale. */
export const refreshesIndex = new Set<MethodName>(['projects.update', 'history.undo', 'history.redo', 'backups.restore']);
