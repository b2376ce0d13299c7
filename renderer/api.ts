import type { MethodInput, MethodName, MethodOutput } from '../shared/contract';
import type { DesktopBridge } from '../shared/bridge';
import type { ApiError, Envelope } from '../shared/errors';

declare global {
  interface Window {
    klaster?: DesktopBridge;
  }
}

/** A refused call; `error.reason` is the key the UI translates. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

export const desktop: DesktopBridge | undefined = window.klaster;

async function overHttp(method: string, input: unknown, keepalive = false): Promise<Envelope<unknown>> {
  let response: Response;
  try {
    response = await fetch(`./api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
      keepalive,
    });
  } catch {
    return { ok: false, error: { code: 'internal', reason: 'network', message: 'The workbench service cannot be reached' } };
  }
  try {
    return (await response.json()) as Envelope<unknown>;
  } catch {
    // Not our envelope: a proxy or a half-closed connection answered instead of the host.
    return { ok: false, error: { code: 'internal', reason: 'network', message: `The workbench service answered ${response.status}` } };
  }
}

/** The one way the UI talks to the back end: Electron IPC when present, HTTP otherwise. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const envelope = desktop ? await desktop.call(method, input) : await overHttp(method, input);
  if (!envelope.ok) throw new ApiFailure(envelope.error);
  return envelope.data as MethodOutput<M>;
}

// Browsers cap the bodies of keepalive requests at 64 KB in all; a longer one goes as usual.
const KEEPALIVE_MAX_BYTES = 60_000;

/**
 * A call sent at once, in the same task, so that it outlives the page: for the last words typed
 * before a reload or a closed window. IPC messages leave synchronously; over HTTP it is keepalive.
 */
export async function callBeforeExit<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const keepalive = !desktop && new TextEncoder().encode(JSON.stringify(input)).length <= KEEPALIVE_MAX_BYTES;
  const envelope = desktop ? await desktop.call(method, input) : await overHttp(method, input, keepalive);
  if (!envelope.ok) throw new ApiFailure(envelope.error);
  return envelope.data as MethodOutput<M>;
}
