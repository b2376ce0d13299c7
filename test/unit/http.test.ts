import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
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
  const server = createHostServer(backend.dispatch, rendererDir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  close = () => server.close();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = (method: string, body: string) => fetch(`${base}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
  return { base, post };
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
    const escape = await fetch(`${base}/..%2f..%2fpackage.json`);
    expect(await escape.text()).toContain('<title>Klaster</title>');
    expect((await fetch(`${base}/api/app.info`)).status).toBe(405);
  });
});
