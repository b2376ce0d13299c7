import type { Database, Statement } from 'better-sqlite3';
import { z } from 'zod';
import { contract, isMethodName, isUndoable, methodNames, type MethodName } from '../shared/contract';
import type { ApiError, Envelope } from '../shared/errors';
import { beginAction, ChangeRecorder, dropAction } from './db/changeLog';
import { AppError } from './errors';
import { handlers as defaultHandlers, refreshesIndex, type HandlerMap, type ProjectTools } from './handlers';
import type { ServiceContext } from './services/context';
import { measureMap } from './services/network/measure';
import { registerInIndex } from './services/projects';
import { readProject } from './services/projectRows';

const changeCounters = new WeakMap<Database, Statement>();
/** SQLite's count of rows written on this connection: cheaper than asking each handler. */
function totalChanges(db: Database): number {
  let stmt = changeCounters.get(db);
  if (!stmt) changeCounters.set(db, (stmt = db.prepare('SELECT total_changes()').pluck()));
  return stmt.get() as number;
}

/**
 * An optional field sent as `undefined` means "not given". The schemas keep such keys and IPC
 * carries them (JSON would drop them), so a service's `{ ...defaults, ...input }` would write
 * undefined over a default: every handler gets its input without them, at every depth.
 */
function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, withoutUndefined(v)])) as T;
}

export type Dispatch = (method: string, rawInput: unknown) => Promise<Envelope<unknown>>;

/** Refuses a contract method without a handler, or a handler the contract does not declare. */
function checkRegistration(handlers: HandlerMap): void {
  const declared = new Set<string>(methodNames);
  for (const name of Object.keys(handlers)) if (!declared.has(name)) throw new Error(`Handler without contract: ${name}`);
  for (const name of methodNames) if (!handlers[name]) throw new Error(`Contract method without handler: ${name}`);
}

/** The answer did not match its own contract: a bug of ours, never the caller's input. */
class OutputInvalid extends Error {
  constructor(readonly method: string, readonly zodError: z.ZodError) {
    super(`Output of ${method} does not match its contract: ${zodError.message}`);
  }
}

// SQLITE_IOERR_SHMSIZE: the WAL index (-shm) could not grow, which on a full disk is where a
// new project file may first run out of room.
const DISK_FULL_CODES = new Set(['SQLITE_FULL', 'SQLITE_IOERR_SHMSIZE', 'ENOSPC', 'EDQUOT']);

function toApiError(e: unknown, log: (e: unknown) => void): ApiError {
  if (e instanceof AppError) return { code: e.code, reason: e.reason, message: e.message, params: e.params };
  if (DISK_FULL_CODES.has((e as { code?: unknown } | null)?.code as string)) {
    return { code: 'disk_full', reason: 'disk_full', message: 'The disk is full; nothing was changed. Free some space and try again' };
  }
  if (e instanceof z.ZodError) {
    return {
      code: 'invalid_input',
      reason: 'invalid_input',
      message: 'The input is not valid',
      issues: e.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message })),
    };
  }
  log(e);
  return { code: 'internal', reason: 'internal', message: 'Something went wrong inside the workbench; nothing was changed' };
}

async function run(ctx: ServiceContext, handlers: HandlerMap, method: MethodName, input: unknown): Promise<unknown> {
  const handler = handlers[method];
  if (handler.scope === 'workspace') return (handler.run as (c: ServiceContext, i: unknown) => unknown)(ctx, input);
  const { projectId } = input as { projectId: string };
  const db = ctx.store.db(projectId);
  // Measured before the transaction: a transaction cannot wait for the metrics workers.
  const metrics = handler.scope === 'measured' ? await measureMap(ctx.metrics, projectId, db) : null;
  const before = totalChanges(db);
  const now = ctx.now();
  // One user action, one transaction: it lands whole, with its undo record, or not at all.
  const result = db.transaction(() => {
    const actionId = isUndoable(method) ? beginAction(db, method, now) : 0;
    const rec = new ChangeRecorder(db, actionId);
    const tools = { rec, now, newId: ctx.newId, ...(metrics ? { metrics } : {}) };
    const out = (handler.run as (d: typeof db, i: unknown, t: ProjectTools) => unknown)(db, input, tools);
    if (actionId && !rec.changed) dropAction(db, actionId);
    return out;
  })();
  if (refreshesIndex.has(method)) registerInIndex(ctx, readProject(db));
  // Live screens and phones refetch when a project's data changed, whoever changed it.
  if (totalChanges(db) !== before) ctx.events.emit({ type: 'changed', projectId, method });
  return result;
}

export function createDispatch(ctx: ServiceContext, handlers: HandlerMap = defaultHandlers, log = console.error): Dispatch {
  checkRegistration(handlers);
  return async (method, rawInput) => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'unknown_method', reason: 'unknown_method', message: `Unknown method ${method}` } };
    }
    try {
      const input = withoutUndefined(contract[method].input.parse(rawInput ?? {}));
      const output = await run(ctx, handlers, method, input);
      const checked = contract[method].output.safeParse(output);
      if (!checked.success) throw new OutputInvalid(method, checked.error);
      return { ok: true, data: checked.data };
    } catch (e) {
      return { ok: false, error: toApiError(e, log) };
    }
  };
}
