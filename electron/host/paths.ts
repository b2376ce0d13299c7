import fs from 'node:fs';
import path from 'node:path';

/** The folder holding package.json, found upwards from a built or source file. */
export function appRoot(fromFile: string): string {
  let dir = path.dirname(fromFile);
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + fromFile);
    dir = up;
  }
  return dir;
}

export const appVersion = (root: string): string =>
  (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
