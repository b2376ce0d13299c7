import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';

/**
 * A page of another origin that the facilitator happens to open while the workbench runs in
 * browser mode. It tries what any web page can do without asking: a form post, a no-cors fetch,
 * a JSON fetch (which needs a preflight) and an image with a malformed address.
 */
function attackPage(target: string): string {
  return `<!doctype html><meta charset="utf-8"><title>Promo batik</title>
<iframe name="sink" style="display:none"></iframe>
<form id="f" method="POST" action="${target}/api/projects.create" enctype="text/plain" target="sink">
  <input name='{"name":"Dari situs lain","x":"' value='"}'>
</form>
<img id="broken" src="${target}/%">
<img id="broken2" src="${target}/api%">
<script>
  window.results = [];
  const log = (what) => (r) => window.results.push(what + ':' + (r && r.status !== undefined ? r.status + '/' + r.type : String(r)));
  document.getElementById('f').submit();
  Promise.allSettled([
    fetch('${target}/api/projects.create', { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: '{"name":"Dari situs lain"}' }).then(log('no-cors'), log('no-cors-failed')),
    fetch('${target}/api/projects.delete', { method: 'POST', mode: 'no-cors', body: '{}' }).then(log('no-cors-delete'), log('no-cors-delete-failed')),
    fetch('${target}/api/projects.list', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }).then(log('cors'), log('cors-failed')),
  ]).then(() => { window.done = true; });
</script>`;
}

test.describe('another web page', () => {
  let server: http.Server;
  let origin: string;

  test.beforeAll(async ({ baseURL }) => {
    server = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(attackPage(baseURL!));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('cannot create, delete or read projects, nor stop the workbench', async ({ page, request }) => {
    const list = async () => (await (await request.post('/api/projects.list', { data: {} })).json()).data as { id: string; name: string }[];
    await request.post('/api/projects.create', { data: { name: 'Klaster Batik Lasem (asli)' } });
    const before = await list();

    await page.goto(origin);
    await page.waitForFunction(() => (window as unknown as { done?: boolean }).done === true);
    const results = await page.evaluate(() => (window as unknown as { results: string[] }).results);
    // The JSON fetch is stopped by the browser (no CORS grant); the no-cors ones get an opaque answer.
    expect(results).toContain('cors-failed:TypeError: Failed to fetch');
    await page.waitForLoadState('networkidle');

    expect(await list()).toEqual(before);
    expect((await list()).some((p) => p.name === 'Dari situs lain')).toBe(false);
    // The malformed image addresses were answered, not fatal: the host still serves the app.
    const home = await request.get('/');
    expect(home.status()).toBe(200);
    expect((await request.get('/%')).status()).toBe(400);
  });
});
