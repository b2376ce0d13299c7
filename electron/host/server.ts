import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { isMethodName, maxBodyBytesOf } from '../../shared/contract';
import { HTTP_STATUS, type ApiError, type Envelope } from '../../shared/errors';
import type { Dispatch } from '../api';
import type { BackendEvents } from '../events';
import { BodyTooLarge, readBody } from './body';
import { checkHost, checkJsonBody, checkOrigin, type Refusal } from './guards';
import { staticFile } from './static';

// Same policy as the Electron window: nothing remote, no inline script.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
const TEXT = 'text/plain; charset=utf-8';

function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string, extra: http.OutgoingHttpHeaders = {}): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}

function sendError(res: http.ServerResponse, status: number, error: ApiError, extra?: http.OutgoingHttpHeaders): void {
  send(res, status, JSON.stringify({ ok: false, error } satisfies Envelope<never>), 'application/json; charset=utf-8', extra);
}

function sendEnvelope(res: http.ServerResponse, envelope: Envelope<unknown>): void {
  if (!envelope.ok) return sendError(res, HTTP_STATUS[envelope.error.code], envelope.error);
  send(res, 200, JSON.stringify(envelope), 'application/json; charset=utf-8');
}

const refusalError = (r: Refusal): ApiError => ({
  code: r.status === 415 ? 'unsupported_media_type' : 'forbidden',
  reason: r.reason,
  message: r.message,
});

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string, port: number, dispatch: Dispatch) {
  if (req.method !== 'POST') {
    return sendError(res, 405, { code: 'invalid_input', reason: 'method_not_allowed', message: 'Use POST' }, { Allow: 'POST' });
  }
  const refusal = checkOrigin(req, port) ?? checkJsonBody(req);
  if (refusal) return sendError(res, refusal.status, refusalError(refusal));
  if (!isMethodName(method)) {
    return sendError(res, 404, { code: 'unknown_method', reason: 'unknown_method', message: `Unknown method ${method.slice(0, 100)}` });
  }
  const limit = maxBodyBytesOf(method);
  // A client that asked first (Expect: 100-continue) sends nothing we would refuse anyway.
  if (req.headers.expect?.toLowerCase() === '100-continue' && Number(req.headers['content-length'] ?? 0) <= limit) res.writeContinue();
  let body: string;
  try {
    body = await readBody(req, limit);
  } catch (e) {
    if (!(e instanceof BodyTooLarge)) throw e;
    const error: ApiError = { code: 'too_large', reason: 'too_large', message: `The request is larger than ${limit} bytes`, params: { limit } };
    // The rest of the body is read and dropped by Node, so the client sees this answer, not a reset.
    return sendError(res, 413, error);
  }
  let input: unknown;
  try {
    input = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    return sendError(res, 400, { code: 'invalid_input', reason: 'invalid_json', message: 'The request body is not valid JSON' });
  }
  sendEnvelope(res, await dispatch(method, input));
}

async function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, root: string, urlPath: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', TEXT, { Allow: 'GET, HEAD' });
  const found = await staticFile(root, urlPath);
  if (found.status !== 200) return send(res, found.status, found.text, TEXT);
  if (req.method === 'HEAD') return send(res, 200, '', found.type, { 'Content-Length': found.body.length });
  send(res, 200, found.body, found.type);
}

/**
 * The facilitator's host for browser mode: POST /api/<method> answers the same envelope as IPC,
 * GET serves the built renderer. It listens on loopback and answers only its own page; no
 * request, however malformed, can stop it.
 */
/**
 * GET /api/events: the back end's live updates as server-sent events, for the facilitator's own
 * page only (the Host and Origin checks apply as to every call).
 */
function openEvents(req: http.IncomingMessage, res: http.ServerResponse, port: number, events: BackendEvents): void {
  const refusal = checkOrigin(req, port);
  if (refusal) return sendError(res, refusal.status, refusalError(refusal));
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff' });
  res.write('retry: 2000\n\n');
  const unsubscribe = events.subscribe((e) => res.write(`event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`));
  const beat = setInterval(() => res.write(': ping\n\n'), 15_000);
  beat.unref();
  res.on('close', () => {
    clearInterval(beat);
    unsubscribe();
  });
}

export function createHostServer(dispatch: Dispatch, rendererDir: string, log: (e: unknown) => void = console.error, events?: BackendEvents): http.Server {
  const root = path.resolve(rendererDir);
  const listener: http.RequestListener = (req, res) => {
    // A client that hangs up mid-request must not raise an unhandled 'error' event.
    req.on('error', () => {});
    res.on('error', () => {});
    handle(req, res).catch((e: unknown) => {
      log(e);
      if (!res.headersSent) sendError(res, 500, { code: 'internal', reason: 'internal', message: 'Something went wrong inside the workbench; nothing was changed' });
      else res.destroy();
    });
  };
  const server = http.createServer(listener);
  // Answered by handleApi itself, so an oversized upload is refused before it is sent.
  server.on('checkContinue', listener);
  // Requests Node itself cannot parse (bad header bytes, oversized headers) get a plain 400.
  server.on('clientError', (_e, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const port = (server.address() as AddressInfo).port;
    const wrongHost = checkHost(req, port);
    if (wrongHost) return sendError(res, wrongHost.status, refusalError(wrongHost));
    // The raw path, not new URL(): a malformed address must be refused, not thrown.
    const target = req.url ?? '';
    if (!target.startsWith('/')) return send(res, 400, 'Malformed address', TEXT);
    const urlPath = target.split(/[?#]/, 1)[0]!;
    if (urlPath === '/api/events' && req.method === 'GET' && events) return openEvents(req, res, port, events);
    const api = /^\/api(?:\/(.*))?$/.exec(urlPath);
    if (api) return handleApi(req, res, api[1] ?? '', port, dispatch);
    return handleStatic(req, res, root, urlPath);
  }
  return server;
}
