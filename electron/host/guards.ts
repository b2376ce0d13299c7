import type http from 'node:http';

/**
 * Who may talk to the facilitator's host. It listens on loopback only, but a web page the
 * facilitator opens elsewhere can still aim requests at it: a foreign Host header is a DNS
 * rebinding attempt, a foreign Origin a cross-site request.
 */
export type Refusal = { status: number; reason: string; message: string };

const loopbackNames = ['127.0.0.1', 'localhost'];

/** The Host header must name this server exactly: 127.0.0.1:<port> or localhost:<port>. */
export function checkHost(req: http.IncomingMessage, port: number): Refusal | null {
  const host = (req.headers.host ?? '').toLowerCase();
  if (loopbackNames.some((name) => host === `${name}:${port}`)) return null;
  return { status: 403, reason: 'host_not_allowed', message: 'This server answers only to 127.0.0.1 or localhost on its own port' };
}

/** A browser sends Origin with every POST; only our own page may call. Scripts send none. */
export function checkOrigin(req: http.IncomingMessage, port: number): Refusal | null {
  const origin = req.headers.origin;
  if (origin === undefined) return null;
  if (loopbackNames.some((name) => origin.toLowerCase() === `http://${name}:${port}`)) return null;
  return { status: 403, reason: 'origin_not_allowed', message: 'Requests from other web pages are refused' };
}

/**
 * JSON only: a cross-site page can send text/plain or a form without asking, but
 * application/json needs a CORS preflight, which this server never grants.
 */
export function checkJsonBody(req: http.IncomingMessage): Refusal | null {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') return null;
  return { status: 415, reason: 'content_type_not_json', message: 'Send the request body as Content-Type: application/json' };
}
