import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { Contract, MethodName, MethodOutput } from '../../shared/contract';
import type { ChangeRecorder } from '../db/changeLog';
import type { ServiceContext } from '../services/context';
import type { MapMetrics } from '../services/network/measure';

type Parsed<M extends MethodName> = z.output<Contract[M]['input']>;
/** What a project handler gets besides its input: the change log, the action's time, new ids. */
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
/** Works on files and the workspace, or is async (xlsx, docx); does its own atomic steps. */
export interface WorkspaceHandler<M extends MethodName> {
  scope: 'workspace';
  run: (ctx: ServiceContext, input: Parsed<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
}
/**
 * A project handler that needs the map's metrics: they are measured first, off the host's thread
 * (so the host answers other calls meanwhile), then run() goes in one transaction as above.
 */
export interface MeasuredHandler<M extends MethodName> {
  scope: 'measured';
  run: (db: Database, input: Parsed<M>, tools: ProjectTools & { metrics: MapMetrics }) => MethodOutput<M>;
}
export type Handler<M extends MethodName> = ProjectHandler<M> | WorkspaceHandler<M> | MeasuredHandler<M>;
export type HandlerMap = { [M in MethodName]: Handler<M> };
/** Handlers of one area: a slice of the map, merged in handlers/index.ts. */
export type HandlerSlice<K extends MethodName> = { [M in K]: Handler<M> };
/** The methods whose names start with one of the given areas, e.g. 'projects' | 'history'. */
export type MethodsOf<Area extends string> = Extract<MethodName, `${Area}.${string}`>;

export const project = <M extends MethodName>(run: ProjectHandler<M>['run']): ProjectHandler<M> => ({ scope: 'project', run });
export const measured = <M extends MethodName>(run: MeasuredHandler<M>['run']): MeasuredHandler<M> => ({ scope: 'measured', run });
export const workspace = <M extends MethodName>(run: WorkspaceHandler<M>['run']): WorkspaceHandler<M> => ({ scope: 'workspace', run });
