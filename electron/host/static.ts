import fs from 'node:fs';
import path from 'node:path';

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

export type StaticFile = { status: 200; body: Buffer; type: string } | { status: 400 | 404 | 500; text: string };

/**
 * The built renderer file for a URL path, never one outside `root`. The renderer routes with
 * the URL hash, so only real files exist; anything else is 404.
 */
export async function staticFile(root: string, rawPath: string): Promise<StaticFile> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { status: 400, text: 'Malformed address' };
  }
  if (decoded.includes('\0')) return { status: 400, text: 'Malformed address' };
  const relative = decoded === '/' ? 'index.html' : decoded;
  const file = path.resolve(root, `.${path.sep}${relative}`);
  const inside = path.relative(root, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return { status: 404, text: 'Not found' };
  try {
    const stat = await fs.promises.stat(file);
    if (!stat.isFile()) return { status: 404, text: 'Not found' };
    return { status: 200, body: await fs.promises.readFile(file), type: MIME[path.extname(file)] ?? 'application/octet-stream' };
  } catch {
    if (relative === 'index.html') return { status: 500, text: 'The interface is not built: run npm run build' };
    return { status: 404, text: 'Not found' };
  }
}
