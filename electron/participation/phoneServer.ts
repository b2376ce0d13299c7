import http from 'node:http';
import path from 'node:path';
import { HTTP_STATUS, type ApiError, type Envelope } from '../../shared/errors';
import { isPhoneMethod } from '../../shared/participation/phone';
import { BodyTooLarge, readBody } from '../host/body';
import { checkJsonBody } from '../host/guards';
import { staticFile } from '../host/static';
import type { PhoneApi } from './phoneApi';

/** Phones send a card or a vote at a time. */
const MAX_PHONE_BODY = 16 * 1024;
const HEARTBEAT_MS = 15_000;
const STREAMS_PER_DEVICE = 3;
// The phone page loads only its own files and talks only to this server.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";
const BASE_HEADERS = { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'Cross-Origin-Resource-Policy': 'same-origin' };

function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string, extra: http.OutgoingHttpHeaders = {}): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...BASE_HEADERS, ...extra });
  res.end(body);
}
const sendJson = (res: http.ServerResponse, status: number, envelope: Envelope<unknown>) => send(res, status, JSON.stringify(envelope), 'application/json; charset=utf-8');
const sendError = (res: http.ServerResponse, error: ApiError) => sendJson(res, HTTP_STATUS[error.code], { ok: false, error });
const notFound = (res: http.ServerResponse) => sendError(res, { code: 'not_found', reason: 'not_found', message: 'Not found' });

export interface PhoneServerOptions {
  api: () => PhoneApi | null;
  phoneDir: string;
  address: string;
  port: number;
  log: (e: unknown) => void;
}

const bearer = (req: http.IncomingMessage): string | null => /^Bearer ([\w-]{16,100})$/.exec(req.headers.authorization ?? '')?.[1] ?? null;

/**
 * The participant server: the phone page, POST /p/api/<method> and GET /p/api/events, nothing
 * else. It listens on the hotspot's interface, so it trusts nothing: the Host must be its own
 * address (no DNS rebinding), an Origin must be its own, bodies are small JSON, and no request
 * can end the process.
 */
export function createPhoneServer(opts: PhoneServerOptions): http.Server {
  const root = path.resolve(opts.phoneDir);
  const hosts = new Set([`${opts.address}:${opts.port}`, ...(opts.address === '127.0.0.1' ? [`localhost:${opts.port}`] : [])]);
  const origins = new Set([...hosts].map((h) => `http://${h}`));

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!hosts.has((req.headers.host ?? '').toLowerCase())) return sendError(res, { code: 'forbidden', reason: 'host_not_allowed', message: 'Wrong address' });
    const target = req.url ?? '';
    if (!target.startsWith('/')) return send(res, 400, 'Malformed address', 'text/plain; charset=utf-8');
    const urlPath = target.split(/[?#]/, 1)[0]!;
    const api = /^\/p\/api\/([\w.-]{1,40})$/.exec(urlPath);
    if (api) return handleApi(req, res, api[1]!);
    if (urlPath.startsWith('/p/') || urlPath === '/p' || urlPath.startsWith('/api')) return notFound(res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD' });
    const found = await staticFile(root, urlPath);
    if (found.status !== 200) return send(res, found.status, found.text, 'text/plain; charset=utf-8');
    // Hashed asset names never change content: a slow hotspot fetches them once.
    const cache = urlPath.startsWith('/assets/') ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {};
    send(res, 200, req.method === 'HEAD' ? '' : found.body, found.type, cache);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string): Promise<void> {
    const api = opts.api();
    if (!api) return sendError(res, { code: 'invalid_state', reason: 'session_closed', message: 'The facilitator has closed this session' });
    const origin = req.headers.origin;
    if (origin !== undefined && !origins.has(origin.toLowerCase())) return sendError(res, { code: 'forbidden', reason: 'origin_not_allowed', message: 'Requests from other pages are refused' });
    if (method === 'events') return req.method === 'GET' ? openStream(req, res, api) : notFound(res);
    if (req.method !== 'POST') return sendError(res, { code: 'invalid_input', reason: 'method_not_allowed', message: 'Use POST' });
    if (!isPhoneMethod(method)) return notFound(res);
    const wrongType = checkJsonBody(req);
    if (wrongType) return sendError(res, { code: 'unsupported_media_type', reason: wrongType.reason, message: wrongType.message });
    let body: string;
    try {
      body = await readBody(req, MAX_PHONE_BODY);
    } catch (e) {
      if (e instanceof BodyTooLarge) return sendError(res, { code: 'too_large', reason: 'too_large', message: 'Too much at once', params: { limit: MAX_PHONE_BODY } });
      throw e;
    }
    let input: unknown;
    try {
      input = body.trim() === '' ? {} : JSON.parse(body);
    } catch {
      return sendError(res, { code: 'invalid_input', reason: 'invalid_json', message: 'The request body is not valid JSON' });
    }
    const answer = await api.call({ method, input, token: bearer(req), remote: req.socket.remoteAddress ?? '' });
    if ('json' in answer) return send(res, 200, `{"ok":true,"data":${answer.json}}`, 'application/json; charset=utf-8');
    sendJson(res, answer.ok ? 200 : HTTP_STATUS[answer.error.code], answer);
  }

  function openStream(req: http.IncomingMessage, res: http.ServerResponse, api: PhoneApi): void {
    let device;
    try {
      device = api.authorised(bearer(req));
    } catch {
      return sendError(res, { code: 'unauthorized', reason: 'unauthorized', message: 'Join the session again' });
    }
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no', ...BASE_HEADERS });
    res.write('retry: 3000\n\nevent: changed\ndata: {}\n\n');
    if (device.streams.size >= STREAMS_PER_DEVICE) [...device.streams][0]!.end();
    device.streams.add(res);
    const beat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    beat.unref();
    const done = () => {
      clearInterval(beat);
      device.streams.delete(res);
    };
    res.on('close', done);
    req.on('close', done);
  }

  const listener: http.RequestListener = (req, res) => {
    req.on('error', () => {});
    res.on('error', () => {});
    handle(req, res).catch((e: unknown) => {
      opts.log(e);
      if (!res.headersSent) sendError(res, { code: 'internal', reason: 'internal', message: 'Something went wrong; try again' });
      else res.destroy();
    });
  };
  const server = http.createServer(listener);
  server.on('clientError', (_e, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.maxConnections = 400;
  return server;
}
