import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHostServer } from '../../electron/host/server';
import { makeBackend, tempDir } from './helpers';

let close: (() => void) | undefined;
afterEach(() => close?.());

async function startHost() {
  const { backend } = makeBackend();
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Klaster</title>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  const logged: unknown[] = [];
  const server = createHostServer(backend.dispatch, rendererDir, (e) => logged.push(e));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  close = () => server.close();
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  const post = (method: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
  const names = async () => ((await (await post('projects.list', '{}')).json()).data as { name: string }[]).map((p) => p.name);
  return { base, port, post, names, logged };
}

/** A request with headers fetch would not let us set (Host) or a path it would clean up. */
function raw(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** Bytes straight onto the socket, for requests no HTTP client would send. */
function rawSocket(port: number, bytes: string) {
  return new Promise<string>((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(bytes));
    let answer = '';
    socket.on('data', (c) => (answer += c.toString()));
    socket.on('close', () => resolve(answer));
    socket.on('error', () => resolve(answer));
  });
}

describe('the HTTP host', () => {
  it('answers POST /api/<method> with the envelope and the matching status', async () => {
    const { post } = await startHost();
    const info = await post('app.info', '{}');
    expect(info.status).toBe(200);
    expect((await info.json()).data.name).toBe('Klaster Workbench');

    const created = await post('projects.create', JSON.stringify({ name: 'Klaster Logam' }));
    expect(created.status).toBe(200);
    const bad = await post('projects.create', JSON.stringify({ name: '' }));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('invalid_input');
    const notJson = await post('projects.create', '{name:');
    expect(notJson.status).toBe(400);
    expect((await post('projects.list', '{}').then((r) => r.json())).data).toHaveLength(1);

    expect((await post('projects.get', JSON.stringify({ projectId: '00000000-0000-4000-8000-000000000000' }))).status).toBe(404);
    const unknown = await post('nothing.here', '{}');
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe('unknown_method');
  });

  it('serves the renderer with a strict content security policy and never files outside it', async () => {
    const { base } = await startHost();
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await fetch(`${base}/assets/app.js`)).headers.get('content-type')).toContain('javascript');
    const escape = await fetch(`${base}/..%2f..%2fpackage.json`);
    expect(escape.status).toBe(404);
    expect(await escape.text()).not.toContain('"name"');
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${base}/api/app.info`)).status).toBe(405);
  });

  it('answers only to its own Host name, so a DNS-rebinding page reads nothing', async () => {
    const { port } = await startHost();
    for (const host of ['evil.com', `evil.com:${port}`, '127.0.0.1', `127.0.0.1:${port + 1}`, `localhost.evil.com:${port}`]) {
      const api = await raw(port, { method: 'POST', path: '/api/projects.list', headers: { Host: host, 'Content-Type': 'application/json' }, body: '{}' });
      expect(api.status, host).toBe(403);
      expect(JSON.parse(api.body).error.reason).toBe('host_not_allowed');
      expect((await raw(port, { path: '/', headers: { Host: host } })).status, host).toBe(403);
    }
    expect((await raw(port, { path: '/', headers: { Host: `localhost:${port}` } })).status).toBe(200);
  });

  it('refuses calls from other web pages and bodies that are not JSON, and changes nothing', async () => {
    const { base, post, names } = await startHost();
    const attempt = JSON.stringify({ name: 'Dari situs lain' });
    const foreign = await post('projects.create', attempt, { Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).error).toMatchObject({ code: 'forbidden', reason: 'origin_not_allowed' });
    expect((await post('projects.create', attempt, { Origin: 'null' })).status).toBe(403);
    // What a plain HTML form or a no-cors fetch can send without a preflight.
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
      const res = await fetch(`${base}/api/projects.create`, { method: 'POST', headers: type ? { 'Content-Type': type } : {}, body: attempt });
      expect(res.status, type).toBe(415);
      expect((await res.json()).error.code).toBe('unsupported_media_type');
    }
    expect(await names()).toEqual([]);
    // Our own page, and scripts that send no Origin, still work.
    expect((await post('projects.create', JSON.stringify({ name: 'Halaman sendiri' }), { Origin: base })).status).toBe(200);
    expect((await post('projects.create', JSON.stringify({ name: 'Skrip' }), { 'Content-Type': 'application/json; charset=utf-8' })).status).toBe(200);
    expect((await names()).sort()).toEqual(['Halaman sendiri', 'Skrip']);
  });

  it('answers malformed addresses with 400 and keeps running', async () => {
    const { port, post } = await startHost();
    for (const p of ['/%', '/%zz', '/api%', '/assets/%c0', '/%E0%A4%A', '/%00', '/a%2f..%2f..%2fetc%2fpasswd']) {
      const res = await raw(port, { path: p, headers: { Host: `127.0.0.1:${port}` } });
      expect([400, 404], p).toContain(res.status);
    }
    expect((await raw(port, { path: '/api/%zz', method: 'POST', headers: { Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(404);
    expect(await rawSocket(port, 'GET http://evil.com/ HTTP/1.1\r\nHost: evil.com\r\n\r\n')).toMatch(/^HTTP\/1.1 40[03]/);
    expect(await rawSocket(port, 'GARBAGE\r\n\r\n')).toMatch(/^HTTP\/1.1 400/);
    expect(await rawSocket(port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Bad: \u0001\r\n\r\n`)).toMatch(/^HTTP\/1.1 400/);
    expect((await post('app.info', '{}')).status).toBe(200);
  });

  it('refuses an oversized body with 413 and the envelope; file imports may be larger', async () => {
    const { port, post, names } = await startHost();
    const big = JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) });
    const res = await post('projects.create', big);
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatchObject({ code: 'too_large', reason: 'too_large' });
    // Sent without a declared length (chunked), it is cut off as it streams.
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/api/projects.create', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } }, (r) => {
        r.resume();
        resolve(r.statusCode ?? 0);
      });
      req.on('error', reject);
      for (let i = 0; i < 40; i++) req.write('x'.repeat(64 * 1024));
      req.end();
    });
    expect(chunked).toBe(413);
    // A project file of 2 MB is not too large for projects.importFile: it is read and judged.
    const file = await post('projects.importFile', JSON.stringify({ fileName: 'a.klaster', base64: Buffer.alloc(2 * 1024 * 1024, 7).toString('base64') }));
    expect(file.status).toBe(409);
    expect((await file.json()).error.reason).toBe('file_not_project');
    expect(await names()).toEqual([]);
    expect((await post('app.info', '{}')).status).toBe(200);
  });

  it('refuses an oversized upload before it is sent when the client asks first', async () => {
    const { port } = await startHost();
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({
        host: '127.0.0.1', port, method: 'POST', path: '/api/projects.create',
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(50 * 1024 * 1024), Expect: '100-continue' },
      }, (r) => {
        r.resume();
        resolve(r.statusCode ?? 0);
        req.destroy();
      });
      req.on('continue', () => reject(new Error('the server asked for the body')));
      req.on('error', () => {});
      req.flushHeaders();
    });
    expect(status).toBe(413);
  });
});
