import { asLiveEvent, type LiveEvent } from '../../shared/bridge';
import { desktop } from '../api';

/**
 * The back end's live updates, or `reconnected` after the stream was lost for a while: events
 * may have been missed, so whoever listens reads again.
 */
export type LiveUpdate = LiveEvent | { type: 'reconnected' };
export type LiveListener = (update: LiveUpdate) => void;

const listeners = new Set<LiveListener>();
let close: (() => void) | null = null;

function emit(update: LiveUpdate): void {
  for (const l of [...listeners]) {
    try {
      l(update);
    } catch (e) {
      console.error(e);
    }
  }
}

const RETRY_MS = 2000;

/**
 * Browser mode: server-sent events on ./api/events. EventSource retries by itself after a
 * dropped connection; when the host refused or was gone long enough for the browser to give up
 * (readyState CLOSED), a new one is opened after a pause.
 */
function openEventSource(): () => void {
  let source: EventSource | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let lost = false;
  let stopped = false;
  const onMessage = (e: MessageEvent<string>) => {
    try {
      const event = asLiveEvent(JSON.parse(e.data));
      if (event) emit(event);
    } catch {
      // Not ours: ignored.
    }
  };
  const connect = () => {
    retry = null;
    const s = new EventSource('./api/events');
    source = s;
    s.addEventListener('changed', onMessage);
    s.addEventListener('participation', onMessage);
    s.onopen = () => {
      if (lost) emit({ type: 'reconnected' });
      lost = false;
    };
    s.onerror = () => {
      lost = true;
      if (s.readyState !== EventSource.CLOSED || stopped) return;
      s.close();
      retry ??= setTimeout(connect, RETRY_MS);
    };
  };
  connect();
  return () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    source?.close();
  };
}

/** Listens to live updates; the connection opens with the first listener and closes after the last. */
export function subscribe(listener: LiveListener): () => void {
  listeners.add(listener);
  if (!close) close = desktop ? desktop.onEvent(emit) : openEventSource();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && close) {
      close();
      close = null;
    }
  };
}

/**
 * Calls `run` once, `ms` after the first of a burst of changes to this project (or after a
 * reconnect): a room full of phones sending cards costs one reload per burst, not one per card,
 * and a steady stream of cards still shows every `ms` instead of waiting for a quiet moment.
 */
export function onProjectChanges(projectId: string, run: () => void, opts: { ms?: number; participation?: boolean } = {}): () => void {
  const ms = opts.ms ?? 300;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const unsubscribe = subscribe((u) => {
    const relevant = u.type === 'reconnected'
      || (u.projectId === projectId && (u.type === 'changed' || (opts.participation ?? false)));
    if (!relevant || timer) return;
    timer = setTimeout(() => {
      timer = null;
      run();
    }, ms);
  });
  return () => {
    if (timer) clearTimeout(timer);
    unsubscribe();
  };
}
