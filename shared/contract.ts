import { z } from 'zod';
import { project, projectDetails, projectId, projectSummary } from './domain/project';
import { projectPath } from './domain/projectPath';
import { backupInfo, historyState } from './domain/history';
import { binaryFile, MAX_IMPORT_FILE_BYTES, MAX_LOGO_BYTES, MAX_PROJECT_FILE_BYTES } from './domain/files';
import { smallGroup, smallGroupFields, stakeholder, stakeholderFields } from './domain/stakeholder';
import { metricsRow, relation, relationFields } from './domain/relation';
import { columnMapping, importCommitRow, importPreview } from './domain/import';
import { STAKEHOLDER_KINDS } from './domain/stakeholder';
import { snapshotComparison, snapshotData, snapshotInfo } from './domain/snapshot';
import { RELATION_KINDS } from './domain/relation';

import { agendaItem, agendaItemFields, attendee, attendeeFields, decision, followUp, followUpFields, meeting, meetingFields, meetingRecord } from './domain/meeting';
import { visionComparison, visionFields, visionVersion } from './domain/vision';
import { orgRules, orgRulesFields } from './domain/orgRules';
import { letterhead } from './domain/letterhead';
import { BULK_MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES, uploadBodyBytes, type MethodSpec } from './contracts/spec';
import { workshopMethods } from './contracts/workshops';
import { organisationMethods } from './contracts/organisation';
import { articleMethods } from './contracts/articles';
import { cedcMethods } from './contracts/cedc';
import { participationMethods } from './contracts/participation';
import { actionPlanMethods, planYear } from './contracts/actionPlans';
import { questionnaireMethods } from './contracts/questionnaires';
import { signingMethods } from './contracts/signing';
import { strategyMethods } from './contracts/strategies';
import { initiationMethods } from './contracts/initiation';
import { priorityMethods } from './contracts/priorities';

export const DOCUMENT_KINDS = ['minutes', 'attendance', 'vision-mission', 'election-record', 'board-list', 'workshop-results', 'articles', 'bylaws', 'request-letter', 'decree', 'action-plan', 'pdm', 'annual-plan', 'monitoring-report', 'annex1', 'map-comparison', 'bds-list', 'initiation-plan', 'cluster-priorities', 'cluster-profile'] as const;
export const MAP_EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'xlsx'] as const;

const inProject = z.object({ projectId });
const withId = inProject.extend({ id: z.string().uuid() });
const deleted = z.object({ deleted: z.literal(true) });
const position = z.object({ id: z.string().uuid(), x: z.number().finite(), y: z.number().finite() });

/**
 * The one API of the workbench: method name -> input and output schemas.
 * `undoable` methods are recorded in the project's change log by the dispatcher, in the same
 * transaction as the edit; their name doubles as the undo label the renderer translates.
 * Names are public: outside scripts rely on them, so never rename one.
 */
export const contract = {
  'app.info': {
    input: z.object({}).strict(),
    output: z.object({ name: z.string(), version: z.string(), schemaVersion: z.number().int() }),
  },
  'projects.create': {
    input: projectDetails.partial().extend({ name: projectDetails.shape.name }).strict(),
    output: project,
  },
  'projects.list': { input: z.object({}).strict(), output: z.array(projectSummary) },
  'projects.get': { input: inProject.strict(), output: project },
  /** Where the project stands on the guideline's path, with its counts: the project home. */
  'projects.path': { input: inProject.strict(), output: projectPath },
  'projects.open': { input: inProject.strict(), output: project },
  'projects.update': {
    input: inProject.extend(projectDetails.partial().shape).strict(),
    output: project,
    undoable: true,
  },
  'projects.delete': { input: inProject.strict(), output: z.object({ deleted: z.literal(true) }) },
  'projects.duplicate': {
    input: inProject.extend({ name: projectDetails.shape.name.optional() }).strict(),
    output: project,
  },
  /** The Lasem demo: its registry and, unless `story` is false, its story from kickoff to action plans. */
  'projects.createDemo': { input: z.object({ story: z.boolean().optional() }).strict(), output: project },
  'projects.exportFile': { input: inProject.strict(), output: binaryFile },
  'projects.importFile': {
    input: z.object({ fileName: z.string().min(1).max(255), base64: z.string().min(1), mimeType: z.string().optional() }).strict(),
    output: project,
    maxBodyBytes: uploadBodyBytes(MAX_PROJECT_FILE_BYTES),
  },
  'history.state': { input: inProject.strict(), output: historyState },
  'history.undo': { input: inProject.strict(), output: historyState.extend({ undone: z.string().nullable() }) },
  'history.redo': { input: inProject.strict(), output: historyState.extend({ redone: z.string().nullable() }) },
  'backups.list': { input: inProject.strict(), output: z.array(backupInfo) },
  'backups.restore': { input: inProject.extend({ backupId: z.string().min(1) }).strict(), output: project },

  'stakeholders.create': {
    input: inProject.extend(stakeholderFields.partial().shape).extend({ name: stakeholderFields.shape.name, kind: stakeholderFields.shape.kind }).strict(),
    output: stakeholder,
    undoable: true,
  },
  'stakeholders.list': { input: inProject.strict(), output: z.array(stakeholder) },
  'stakeholders.get': { input: withId.strict(), output: stakeholder },
  'stakeholders.update': { input: withId.extend(stakeholderFields.partial().shape).strict(), output: stakeholder, undoable: true },
  'stakeholders.delete': { input: withId.strict(), output: deleted.extend({ relationsRemoved: z.number().int() }), undoable: true },
  'stakeholders.positions': { input: inProject.strict(), output: z.array(position) },
  'stakeholders.savePositions': {
    input: inProject.extend({ positions: z.array(position).max(50_000) }).strict(),
    output: z.object({ saved: z.number().int() }),
    undoable: true,
    maxBodyBytes: BULK_MAX_BODY_BYTES,
  },

  'stakeholders.setMembers': {
    input: inProject.extend({ stakeholderIds: z.array(z.string().uuid()).min(1).max(50_000), member: z.boolean() }).strict(),
    output: z.object({ changed: z.number().int() }),
    undoable: true,
    maxBodyBytes: BULK_MAX_BODY_BYTES,
  },

  'smallGroups.create': { input: inProject.extend(smallGroupFields.partial().shape).extend({ name: smallGroupFields.shape.name }).strict(), output: smallGroup, undoable: true },
  'smallGroups.list': { input: inProject.strict(), output: z.array(smallGroup) },
  'smallGroups.update': { input: withId.extend(smallGroupFields.partial().shape).strict(), output: smallGroup, undoable: true },
  'smallGroups.delete': { input: withId.strict(), output: deleted.extend({ membersReleased: z.number().int() }), undoable: true },
  'smallGroups.assign': {
    input: inProject.extend({ groupId: z.string().uuid().nullable(), stakeholderIds: z.array(z.string().uuid()).min(1).max(50_000) }).strict(),
    output: z.object({ assigned: z.number().int() }),
    undoable: true,
    maxBodyBytes: BULK_MAX_BODY_BYTES,
  },

  'relations.create': {
    input: inProject.extend(relationFields.partial().shape).extend({
      sourceId: relationFields.shape.sourceId, targetId: relationFields.shape.targetId, kind: relationFields.shape.kind,
    }).strict(),
    output: relation,
    undoable: true,
  },
  'relations.list': { input: inProject.strict(), output: z.array(relation) },
  'relations.update': { input: withId.extend(relationFields.partial().shape).strict(), output: relation, undoable: true },
  'relations.delete': { input: withId.strict(), output: deleted, undoable: true },

  /** Reads a CSV/XLSX sign-in sheet and returns what would be imported; writes nothing. */
  'import.preview': {
    input: inProject.extend({
      fileName: z.string().min(1).max(255),
      base64: z.string().min(1),
      mapping: columnMapping.optional(),
      defaultKind: z.enum(STAKEHOLDER_KINDS).optional(),
    }).strict(),
    output: importPreview,
    maxBodyBytes: uploadBodyBytes(MAX_IMPORT_FILE_BYTES),
  },
  /** Writes the confirmed rows, refused whole if any is invalid; one undo step. */
  'import.commit': {
    input: inProject.extend({ rows: z.array(importCommitRow).min(1).max(20_000) }).strict(),
    output: z.object({ created: z.number().int(), groupsCreated: z.number().int() }),
    undoable: true,
    maxBodyBytes: 2 * BULK_MAX_BODY_BYTES,
  },

  'network.metrics': { input: inProject.strict(), output: z.array(metricsRow) },
  /** The map as filtered on screen, as GraphML/GEXF (Gephi) or the list with metrics as CSV/XLSX. */
  'network.export': {
    input: inProject.extend({
      format: z.enum(MAP_EXPORT_FORMATS),
      stakeholderIds: z.array(z.string().uuid()).max(50_000).optional(),
      relationKinds: z.array(z.enum(RELATION_KINDS)).optional(),
    }).strict(),
    output: binaryFile,
    maxBodyBytes: BULK_MAX_BODY_BYTES,
  },

  'snapshots.create': { input: inProject.extend({ name: z.string().trim().min(1).max(120) }).strict(), output: snapshotInfo, undoable: true },
  'snapshots.list': { input: inProject.strict(), output: z.array(snapshotInfo) },
  'snapshots.get': { input: withId.strict(), output: snapshotInfo.extend({ data: snapshotData }) },
  'snapshots.compare': {
    input: inProject.extend({ beforeId: z.string().uuid(), afterId: z.union([z.string().uuid(), z.literal('current')]) }).strict(),
    output: snapshotComparison,
  },
  'snapshots.delete': { input: withId.strict(), output: deleted, undoable: true },

  'meetings.create': {
    input: inProject.extend(meetingFields.partial().shape).extend({ kind: meetingFields.shape.kind }).strict(),
    output: meetingRecord,
    undoable: true,
  },
  'meetings.list': { input: inProject.strict(), output: z.array(meeting.extend({ invitedCount: z.number().int(), presentCount: z.number().int() })) },
  'meetings.get': { input: withId.strict(), output: meetingRecord },
  'meetings.update': { input: withId.extend(meetingFields.partial().shape).strict(), output: meeting, undoable: true },
  'meetings.delete': { input: withId.strict(), output: deleted, undoable: true },

  'agenda.add': { input: inProject.extend({ meetingId: z.string().uuid() }).extend(agendaItemFields.partial().shape).extend({ title: agendaItemFields.shape.title }).strict(), output: agendaItem, undoable: true },
  'agenda.update': { input: withId.extend(agendaItemFields.partial().shape).strict(), output: agendaItem, undoable: true },
  'agenda.move': { input: withId.extend({ toIndex: z.number().int().min(0) }).strict(), output: z.object({ moved: z.literal(true) }), undoable: true },
  'agenda.delete': { input: withId.strict(), output: deleted, undoable: true },
  'decisions.add': { input: inProject.extend({ agendaItemId: z.string().uuid(), text: z.string().trim().min(1).max(2000) }).strict(), output: decision, undoable: true },
  'decisions.update': { input: withId.extend({ text: z.string().trim().min(1).max(2000) }).strict(), output: decision, undoable: true },
  'decisions.delete': { input: withId.strict(), output: deleted, undoable: true },
  'followUps.add': {
    input: inProject.extend({ meetingId: z.string().uuid(), agendaItemId: z.string().uuid().nullable().optional() }).extend(followUpFields.partial().shape).extend({ what: followUpFields.shape.what }).strict(),
    output: followUp,
    undoable: true,
  },
  'followUps.update': { input: withId.extend(followUpFields.partial().shape).strict(), output: followUp, undoable: true },
  'followUps.delete': { input: withId.strict(), output: deleted, undoable: true },

  'attendees.invite': {
    input: inProject.extend({ meetingId: z.string().uuid(), stakeholderIds: z.array(z.string().uuid()).min(1).max(5000) }).strict(),
    output: z.object({ invited: z.number().int() }),
    undoable: true,
  },
  'attendees.add': {
    input: inProject.extend({ meetingId: z.string().uuid(), walkIn: z.boolean() }).extend(attendeeFields.partial().shape).extend({ name: attendeeFields.shape.name }).strict(),
    output: attendee,
    undoable: true,
  },
  'attendees.update': { input: withId.extend(attendeeFields.partial().shape).extend({ present: z.boolean().optional() }).strict(), output: attendee, undoable: true },
  'attendees.remove': { input: withId.strict(), output: deleted, undoable: true },
  /** Adds a walk-in to the stakeholder registry and links them. */
  'attendees.register': { input: withId.extend({ kind: z.enum(STAKEHOLDER_KINDS) }).strict(), output: attendee, undoable: true },

  'vision.create': { input: inProject.extend(visionFields.partial().shape).extend({ vision: visionFields.shape.vision }).strict(), output: visionVersion, undoable: true },
  'vision.list': { input: inProject.strict(), output: z.array(visionVersion) },
  'vision.delete': { input: withId.strict(), output: deleted, undoable: true },
  'vision.compare': { input: inProject.extend({ beforeId: z.string().uuid(), afterId: z.string().uuid() }).strict(), output: visionComparison },
  'vision.adopt': { input: withId.extend({ meetingId: z.string().uuid() }).strict(), output: visionVersion, undoable: true },

  'rules.get': { input: inProject.extend({ meetingId: z.string().uuid() }).strict(), output: orgRules },
  'rules.set': { input: inProject.extend({ meetingId: z.string().uuid() }).extend(orgRulesFields.partial().shape).strict(), output: orgRules, undoable: true },

  'letterhead.get': { input: inProject.strict(), output: letterhead },
  'letterhead.set': { input: inProject.extend(letterhead.partial().shape).strict(), output: letterhead, undoable: true, maxBodyBytes: uploadBodyBytes(MAX_LOGO_BYTES) },

  /** Every Word document of the workbench: the kind says which, the ids say of what. */
  'documents.render': {
    input: inProject.extend({
      kind: z.enum(DOCUMENT_KINDS),
      meetingId: z.string().uuid().optional(),
      versionId: z.string().uuid().optional(),
      /** Workshop results: which workshop. */
      workshopId: z.string().uuid().optional(),
      /** Attendance list: before the meeting (invited + blank rows) or after (who came). */
      variant: z.enum(['before', 'after']).optional(),
      blankRows: z.number().int().min(0).max(200).optional(),
      paper: z.enum(['A4', 'F4']).optional(),
      /** AD ('articles') / ART ('bylaws'): a saved version instead of the current draft. */
      articlesVersionId: z.string().uuid().optional(),
      /** Action plan and PDM: which plan. */
      planId: z.string().uuid().optional(),
      /** Annual plan: which year (the current one when absent). */
      year: planYear.optional(),
      /** Monitoring report: the map snapshot to compare with (the earliest when absent). Map comparison: the earlier map. */
      snapshotId: z.string().uuid().optional(),
      /** Cluster priorities: how many clusters the regency supports in the first year. */
      supported: z.number().int().min(0).max(100).optional(),
      /** Map comparison: the later map, a snapshot or 'current' (the map now, when absent). */
      compareToId: z.union([z.string().uuid(), z.literal('current')]).optional(),
      /** ANNEX-1 questionnaire: the round whose answers are marked (the latest when absent). */
      roundId: z.string().uuid().optional(),
      /** annex1: a phone sitting, printed as the count of respondents per statement. */
      sittingId: z.string().uuid().optional(),
    }).strict(),
    output: binaryFile,
  },
  ...workshopMethods,
  ...organisationMethods,
  ...articleMethods,
  ...cedcMethods,
  ...participationMethods,
  ...actionPlanMethods,
  ...questionnaireMethods,
  ...signingMethods,
  ...strategyMethods,
  ...initiationMethods,
  ...priorityMethods,
} as const satisfies Record<string, MethodSpec>;


export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
export const methodNames = Object.keys(contract) as MethodName[];
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);
export const isUndoable = (name: MethodName): boolean =>
  (contract[name] as MethodSpec).undoable === true;

/** The largest body the HTTP host reads for a method before answering 413. */
export const maxBodyBytesOf = (name: MethodName): number =>
  (contract[name] as MethodSpec).maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
