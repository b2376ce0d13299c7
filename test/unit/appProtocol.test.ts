import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appHeaders, APP_INDEX_URL, CSP, isAppPage, mimeTypeOf, resolveAppFile } from '../../electron/appProtocol';

const root = path.resolve('/opt/klaster/resources/app.asar/dist/renderer');
const fileOf = (url: string) => resolveAppFile(url, root);

describe('resolveAppFile', () => {
  it('serves files under the renderer folder, ignoring query and #hash', () => {
    expect(fileOf('app://klaster/index.html')).toEqual({ ok: true, file: path.join(root, 'index.html') });
    expect(fileOf('app://klaster/assets/index-abc.js')).toEqual({ ok: true, file: path.join(root, 'assets', 'index-abc.js') });
    expect(fileOf('app://klaster/index.html?x=1#/project/abc')).toEqual({ ok: true, file: path.join(root, 'index.html') });
    expect(fileOf('app://klaster/assets/a%20b.css')).toEqual({ ok: true, file: path.join(root, 'assets', 'a b.css') });
  });

  it('serves index.html for the bare origin only', () => {
    expect(fileOf('app://klaster/')).toEqual({ ok: true, file: path.join(root, 'index.html') });
    expect(fileOf('app://klaster')).toEqual({ ok: true, file: path.join(root, 'index.html') });
    // No fallback for unknown routes: the renderer routes by #hash.
    expect(fileOf('app://klaster/project/abc')).toEqual({ ok: true, file: path.join(root, 'project', 'abc') });
  });

  it('refuses paths that would leave the renderer folder', () => {
    for (const url of [
      'app://klaster/..%2f..%2fpackage.json',
      'app://klaster/..%2F..%2Fpackage.json',
      'app://klaster/..%5c..%5cpackage.json',
      'app://klaster/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      'app://klaster/C:%5cWindows%5cwin.ini',
      'app://klaster/C:/Windows/win.ini',
      'app://klaster/%2fetc%2fpasswd',
      'app://klaster/index.html%00.png',
    ]) {
      expect(fileOf(url), url).toEqual({ ok: false, status: 404 });
    }
  });

  it('keeps dot segments that URL parsing removes inside the folder', () => {
    // Chromium and Node both collapse these before the handler sees them.
    expect(fileOf('app://klaster/../../package.json')).toEqual({ ok: true, file: path.join(root, 'package.json') });
    expect(fileOf('app://klaster/%2e%2e/%2e%2e/etc/passwd')).toEqual({ ok: true, file: path.join(root, 'etc', 'passwd') });
  });

  it('answers malformed percent-encoding with 400 instead of throwing', () => {
    for (const url of ['app://klaster/%', 'app://klaster/%zz', 'app://klaster/%c0', 'app://klaster/assets/%E0%A4%A.js', 'app://klaster/%ff%fe']) {
      expect(() => fileOf(url)).not.toThrow();
      expect(fileOf(url), url).toEqual({ ok: false, status: 400 });
    }
  });

  it('refuses other hosts, schemes and authorities', () => {
    for (const url of [
      'app://evil/index.html',
      'app://klaster.evil/index.html',
      'app://klaster:8080/index.html',
      'app://user@klaster/index.html',
      'app:///index.html',
      'app:index.html',
      'file:///opt/klaster/resources/app.asar/dist/renderer/index.html',
      'https://klaster/index.html',
      'not a url',
      '',
    ]) {
      expect(fileOf(url), url).toEqual({ ok: false, status: 404 });
    }
  });
});

describe('isAppPage', () => {
  it('accepts our index page with any #route or query', () => {
    expect(isAppPage(APP_INDEX_URL)).toBe(true);
    expect(isAppPage('app://klaster/index.html#/project/0b8f5a8e-1c1d-4f7e-9a36-2f4b6a3d9c10/map')).toBe(true);
    expect(isAppPage('app://klaster/')).toBe(true);
    expect(isAppPage('app://klaster/index.html?lang=id')).toBe(true);
  });

  it('refuses other pages, hosts and schemes', () => {
    for (const url of [
      'app://evil/index.html',
      'app://klaster:1/index.html',
      'app://klaster/assets/index.js',
      'app://klaster/other.html',
      'app://klaster/..%2findex.html',
      'file:///opt/klaster/resources/app.asar/dist/renderer/index.html',
      'https://example.com/index.html',
      'about:blank',
      '',
      undefined,
    ]) {
      expect(isAppPage(url), String(url)).toBe(false);
    }
  });
});

describe('content types and headers', () => {
  it('maps the built renderer files and treats unknown ones as bytes', () => {
    expect(mimeTypeOf('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeOf('/x/assets/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('/x/assets/index-abc.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeOf('/x/assets/font.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('/x/assets/logo.svg')).toBe('image/svg+xml');
    expect(mimeTypeOf('/x/README')).toBe('application/octet-stream');
    expect(mimeTypeOf('/x/run.exe')).toBe('application/octet-stream');
  });

  it('sends the CSP and nosniff on every response', () => {
    for (const headers of [appHeaders('/x/index.html'), appHeaders()]) {
      expect(headers['Content-Security-Policy']).toBe(CSP);
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
    }
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).not.toMatch(/unsafe-eval|\*/);
  });
});
