import { z } from 'zod';
import { project, projectDetails, projectId, projectSummary } from './domain/project';
import { backupInfo, historyState } from './domain/history';
import { binaryFile } from './domain/files';

const inProject = z.object({ projectId });

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
  'projects.createDemo': { input: z.object({}).strict(), output: project },
  'projects.exportFile': { input: inProject.strict(), output: binaryFile },
  'projects.importFile': {
    input: z.object({ fileName: z.string().min(1).max(255), base64: z.string().min(1), mimeType: z.string().optional() }).strict(),
    output: project,
  },
  'history.state': { input: inProject.strict(), output: historyState },
  'history.undo': { input: inProject.strict(), output: historyState.extend({ undone: z.string().nullable() }) },
  'history.redo': { input: inProject.strict(), output: historyState.extend({ redone: z.string().nullable() }) },
  'backups.list': { input: inProject.strict(), output: z.array(backupInfo) },
  'backups.restore': { input: inProject.extend({ backupId: z.string().min(1) }).strict(), output: project },
} as const satisfies Record<string, MethodSpec>;

interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
  undoable?: boolean;
}

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
export const methodNames = Object.keys(contract) as MethodName[];
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);
export const isUndoable = (name: MethodName): boolean =>
  (contract[name] as MethodSpec).undoable === true;
