import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { expect, test } from '@playwright/test';

/** The HTTP API that scripts use: POST /api/<method>, answers in an {ok, data | error} envelope. */
test.describe('HTTP API', () => {
  test('app.info names the app, its version and the schema version', async ({ request }) => {
    const response = await request.post('/api/app.info', { data: {} });
    expect(response.status()).toBe(200);
    const body = await response.json();
    const { version } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };
    expect(body).toEqual({ ok: true, data: { name: 'Klaster Workbench', version, schemaVersion: expect.any(Number) } });
    expect(Number.isInteger(body.data.schemaVersion)).toBe(true);
    expect(body.data.schemaVersion).toBeGreaterThan(0);
  });

  test('a project without a name is refused and nothing is created', async ({ request }) => {
    const list = async () => {
      const r = await request.post('/api/projects.list', { data: {} });
      expect(r.status()).toBe(200);
      return (await r.json()).data as { id: string }[];
    };
    const before = await list();

    const response = await request.post('/api/projects.create', { data: { name: '' } });
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: ['name'] })]));

    expect(await list()).toEqual(before);
  });

  test('a body that is not JSON is refused', async ({ request }) => {
    const response = await request.post('/api/projects.create', {
      headers: { 'Content-Type': 'application/json' },
      data: '{"name": "Klaster Mebel Rotan"',
    });
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  test('an unknown method is 404 unknown_method', async ({ request }) => {
    const response = await request.post('/api/projects.explode', { data: {} });
    expect(response.status()).toBe(404);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  test('a project that does not exist is 404 not_found', async ({ request }) => {
    const response = await request.post('/api/projects.get', { data: { projectId: randomUUID() } });
    expect(response.status()).toBe(404);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
