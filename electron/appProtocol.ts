// The renderer is served from app://klaster/ rather than file://, so the page has a real origin
// ('self' in the CSP means only our files) and file:// needs no extra privileges.
// Pure functions only: the Electron wiring lives in main.ts.
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'klaster';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

// Same policy as the HTTP host: nothing remote, no inline script.
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Content type by extension; unknown files are opaque bytes (and nosniff stops guessing). */
export const mimeTypeOf = (file: string): string => MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/** Headers for every app:// response, errors included. */
export const appHeaders = (file?: string): Record<string, string> => ({
  'Content-Type': file ? mimeTypeOf(file) : 'text/plain; charset=utf-8',
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
});

/** A URL on our own scheme and host, with nothing else in the authority. */
function ourUrl(url: string | undefined): URL | null {
  try {
    const u = new URL(url ?? '');
    // Chromium lowercases hosts of standard schemes; Node keeps them as written.
    const ours = u.protocol === `${APP_SCHEME}:` && u.host.toLowerCase() === APP_HOST && !u.username && !u.password;
    return ours ? u : null;
  } catch {
    return null;
  }
}

export type Resolved = { ok: true; file: string } | { ok: false; status: 400 | 404 };

/**
 * The file under rendererDir that an app:// URL names. Query and #hash are ignored; "/" is
 * index.html. Anything that could leave the folder (encoded slashes, dot segments, drive or
 * stream syntax) is 404, a malformed percent-encoding 400. There is no index.html fallback for
 * unknown paths: the renderer routes by #hash.
 */
export function resolveAppFile(url: string, rendererDir: string): Resolved {
  const u = ourUrl(url);
  if (!u) return { ok: false, status: 404 };
  const segments: string[] = [];
  for (const raw of u.pathname.split('/')) {
    if (raw === '') continue;
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400 };
    }
    if (seg === '.' || seg === '..' || /[/\\:\0]/.test(seg)) return { ok: false, status: 404 };
    segments.push(seg);
  }
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, ...(segments.length ? segments : ['index.html']));
  const rel = path.relative(root, file);
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return { ok: false, status: 404 };
  return { ok: true, file };
}

/** Is this URL our page (index.html, with any #route), as opposed to an asset or another origin? */
export function isAppPage(url: string | undefined): boolean {
  const u = ourUrl(url);
  return u !== null && (u.pathname === '/' || u.pathname === '/index.html');
}
