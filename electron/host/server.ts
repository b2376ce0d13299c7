import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { HTTP_STATUS, type Envelope } from '../../shared/errors';
import { MAX_PROJECT_FILE_BYTES } from '../../shared/domain/files';
import type { Dispatch } from '../api';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
// Same policy as the Electron window: nothing remote, no inline script.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
// base64 of the largest accepted project file, plus room for the JSON around it.
const MAX_BODY = Math.ceil((MAX_PROJECT_FILE_BYTES * 4) / 3) + 64 * 1024;

function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendEnvelope(res: http.ServerResponse, envelope: Envelope<unknown>): void {
  const status = envelope.ok ? 200 : HTTP_STATUS[envelope.error.code];
  send(res, status, JSON.stringify(envelope), 'application/json; charset=utf-8');
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('too_large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const invalid = (message: string): Envelope<unknown> => ({ ok: false, error: { code: 'invalid_input', reason: 'invalid_input', message } });

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string, dispatch: Dispatch) {
  if (req.method !== 'POST') return send(res, 405, 'Use POST', 'text/plain; charset=utf-8');
  let body: string;
  try {
    body = await readBody(req);
  } catch {
    return sendEnvelope(res, invalid('The request is too large'));
  }
  let input: unknown;
  try {
    input = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    return sendEnvelope(res, invalid('The request body is not valid JSON'));
  }
  sendEnvelope(res, await dispatch(method, input));
}

function serveStatic(res: http.ServerResponse, rendererDir: string, urlPath: string): void {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  let file = path.join(rendererDir, clean);
  if (!file.startsWith(rendererDir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    file = path.join(rendererDir, 'index.html'); // client-side routes
  }
  if (!fs.existsSync(file)) return send(res, 500, 'The interface is not built: run npm run build', 'text/plain; charset=utf-8');
  send(res, 200, fs.readFileSync(file), MIME[path.extname(file)] ?? 'application/octet-stream');
}

/** POST /api/<method> -> the same envelope as IPC; everything else serves the built renderer. */
export function createHostServer(dispatch: Dispatch, rendererDir: string): http.Server {
  const root = path.resolve(rendererDir);
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const api = /^\/api\/([\w.-]+)$/.exec(url.pathname);
    const done = api ? handleApi(req, res, api[1]!, dispatch) : Promise.resolve(serveStatic(res, root, url.pathname));
    done.catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain; charset=utf-8');
    });
  });
}
