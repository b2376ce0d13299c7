import { exportMap } from '../services/export/exportMap';
import { measureMap } from '../services/network/measure';
import { readMap } from '../services/network/metricsService';
import { commitImport, previewImport } from '../services/import/importStakeholders';
import * as ties from '../services/relations';
import * as snapshots from '../services/snapshots';
import { listGroups, listStakeholders, readStakeholder } from '../services/stakeholderRows';
import * as registry from '../services/stakeholders';
import { measured, project, workspace, type HandlerSlice, type MethodsOf } from './types';

export const mapHandlers: HandlerSlice<MethodsOf<'stakeholders' | 'smallGroups' | 'relations' | 'import' | 'network' | 'snapshots'>> = {
  'stakeholders.create': project((db, { projectId: _p, ...fields }, t) => registry.createStakeholder(db, fields, t)),
  'stakeholders.list': project((db) => listStakeholders(db)),
  'stakeholders.get': project((db, { id }) => readStakeholder(db, id)),
  'stakeholders.update': project((db, { projectId: _p, id, ...patch }, t) => registry.updateStakeholder(db, id, patch, t)),
  'stakeholders.delete': project((db, { id }, t) => registry.deleteStakeholder(db, id, t)),
  'stakeholders.positions': project((db) => registry.positionsOf(db)),
  'stakeholders.savePositions': project((db, { positions }, t) => registry.savePositions(db, positions, t)),
  'stakeholders.setMembers': project((db, { stakeholderIds, member }, t) => registry.setMembers(db, stakeholderIds, member, t)),

  'smallGroups.create': project((db, { projectId: _p, ...fields }, t) => registry.createGroup(db, fields, t)),
  'smallGroups.list': project((db) => listGroups(db)),
  'smallGroups.update': project((db, { projectId: _p, id, ...patch }, t) => registry.updateGroup(db, id, patch, t)),
  'smallGroups.delete': project((db, { id }, t) => registry.deleteGroup(db, id, t)),
  'smallGroups.assign': project((db, { groupId, stakeholderIds }, t) => registry.assignGroup(db, groupId, stakeholderIds, t)),

  'relations.create': project((db, { projectId: _p, ...fields }, t) => ties.createRelation(db, fields, t)),
  'relations.list': project((db) => ties.listRelations(db)),
  'relations.update': project((db, { projectId: _p, id, ...patch }, t) => ties.updateRelation(db, id, patch, t)),
  'relations.delete': project((db, { id }, t) => ties.deleteRelation(db, id, t)),

  // Parsing is async (exceljs), so the preview reads the project outside a transaction: it writes nothing.
  'import.preview': workspace((ctx, { projectId, ...input }) => previewImport(ctx.store.db(projectId), input)),
  'import.commit': project((db, { rows }, t) => commitImport(db, rows, t)),
  // Read here (synchronously, so both lists are of one moment), measured off this thread.
  'network.metrics': workspace((ctx, { projectId }) => {
    const db = ctx.store.db(projectId); // refuses an unknown project before anything is cached
    return ctx.metrics.rows(projectId, () => readMap(db));
  }),
  // Writing XLSX is async; the export only reads, so it needs no transaction.
  'network.export': workspace(async (ctx, { projectId, format, ...filter }) => {
    const db = ctx.store.db(projectId);
    return exportMap(db, format, filter, await measureMap(ctx.metrics, projectId, db));
  }),
  // Measured first, off this thread; then written in one transaction like any project action.
  'snapshots.create': measured((db, { name }, t) => snapshots.createSnapshot(db, name, t, t.metrics)),
  'snapshots.list': project((db) => snapshots.listSnapshots(db)),
  'snapshots.get': project((db, { id }) => snapshots.readSnapshot(db, id)),
  'snapshots.compare': measured((db, { beforeId, afterId }, t) => snapshots.compareSnapshots(db, beforeId, afterId, t.metrics)),
  'snapshots.delete': project((db, { id }, t) => snapshots.deleteSnapshot(db, id, t)),
};
