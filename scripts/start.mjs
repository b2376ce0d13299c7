// `npm start`: build, then run the desktop app in Electron, or, where Electron cannot be
// installed, serve the same interface to the default browser.
//   --browser     skip Electron and use browser mode
//   --no-build    use the existing dist/ as is
//   --port <n>    browser mode port (default $PORT or 5170)
//   --data <dir>  browser mode data folder (passed to the HTTP host)
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nm = path.join(root, 'node_modules');
const { values: opts } = parseArgs({
  options: {
    browser: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.PORT ?? '5170' },
    data: { type: 'string' },
  },
});

/** Runs a Node script synchronously; tools are started through node itself so no shell or .cmd shim is involved. */
function node(args, options = {}) {
  return spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', ...options });
}

function build() {
  const vite = path.join(nm, 'vite', 'bin', 'vite.js');
  // The same three builds as `npm run build`: the facilitator's app, the phone page, the Node side.
  for (const args of [[vite, 'build'], [vite, 'build', '-c', 'vite.phone.config.ts'], [path.join(root, 'scripts', 'build-backend.mjs')]]) {
    const r = node(args);
    if (r.status !== 0) {
      console.error(`Build failed: node ${path.relative(root, args[0])} ${args.slice(1).join(' ')}`);
      process.exit(r.status ?? 1);
    }
  }
}

function electronBinary() {
  const dir = path.join(nm, 'electron');
  const find = () => {
    const pathTxt = path.join(dir, 'path.txt');
    if (!fs.existsSync(pathTxt)) return null;
    const bin = path.join(dir, 'dist', fs.readFileSync(pathTxt, 'utf8').trim());
    return fs.existsSync(bin) ? bin : null;
  };
  if (!fs.existsSync(path.join(dir, 'install.js'))) return null;
  const found = find();
  if (found) return found;
  // A normal install downloads Electron in its postinstall; try once in case that was skipped.
  console.log('Electron binary missing; trying to download it once...');
  // Its stack trace on a machine without network says nothing useful: the outcome is reported below.
  node([path.join(dir, 'install.js')], { cwd: dir, timeout: 120_000, stdio: 'ignore' });
  return find();
}

/**
 * better-sqlite3 built for Electron's ABI, kept in .native/ so node_modules keeps the Node
 * build that tests and browser mode use. Returns null when it cannot be obtained.
 */
function electronNativeBinding(electronVersion) {
  const target = path.join(root, '.native', `electron-${electronVersion}-${process.platform}-${process.arch}`, 'better_sqlite3.node');
  if (fs.existsSync(target)) return target;
  console.log(`Building better-sqlite3 for Electron ${electronVersion}...`);
  const work = path.join(root, '.native', `tmp-${process.pid}`);
  const pkg = path.join(work, 'better-sqlite3');
  try {
    // Without build/: the Node build there must never be mistaken for ours.
    const source = fs.realpathSync(path.join(nm, 'better-sqlite3'));
    const nodeBuild = path.join(source, 'build');
    fs.cpSync(source, pkg, { recursive: true, dereference: true, filter: (src) => !src.startsWith(nodeBuild) });
    const built = path.join(pkg, 'build', 'Release', 'better_sqlite3.node');
    const flags = { cwd: pkg };
    node([path.join(nm, 'prebuild-install', 'bin.js'), '--runtime', 'electron', '--target', electronVersion, '--arch', process.arch], flags);
    if (!fs.existsSync(built)) {
      const npmGyp = process.env.npm_execpath && path.join(path.dirname(process.env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
      const gyp = [path.join(nm, 'node-gyp', 'bin', 'node-gyp.js'), npmGyp].find((p) => p && fs.existsSync(p));
      if (gyp) {
        node([gyp, 'rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'], flags);
      }
    }
    if (!fs.existsSync(built)) return null;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(built, target);
    return target;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Runs a child in the foreground: Ctrl+C reaches it, and we exit with its code. */
function foreground(child) {
  const forward = (signal) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}

function openBrowser(url) {
  const [cmd, args, extra] =
    process.platform === 'win32' ? ['cmd.exe', ['/c', 'start', '""', url], { windowsVerbatimArguments: true }]
    : process.platform === 'darwin' ? ['open', [url], {}]
    : ['xdg-open', [url], {}];
  try {
    const p = spawn(cmd, args, { stdio: 'ignore', detached: true, ...extra });
    p.on('error', () => console.log(`Buka di peramban / open in a browser: ${url}`));
    p.unref();
  } catch {
    console.log(`Buka di peramban / open in a browser: ${url}`);
  }
}

/** `why` is [Indonesian, English] for the one line that explains the fallback. */
function browserMode([id, en]) {
  const cli = path.join(root, 'dist', 'host', 'cli.mjs');
  const url = `http://127.0.0.1:${opts.port}/`;
  const line = `${id}membuka mode peramban / ${en}opening browser mode: ${url}`;
  console.log(line[0].toUpperCase() + line.slice(1));
  if (!fs.existsSync(cli)) {
    console.error('dist/host/cli.mjs is missing: run npm start without --no-build');
    process.exit(1);
  }
  const args = [cli, '--port', opts.port, ...(opts.data ? ['--data', opts.data] : [])];
  const host = foreground(spawn(process.execPath, args, { cwd: root, stdio: ['inherit', 'pipe', 'inherit'] }));
  let opened = false;
  host.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    if (!opened && /running at http/.test(chunk.toString())) {
      opened = true;
      openBrowser(url);
    }
  });
}

if (!opts['no-build']) build();

const electron = opts.browser ? null : electronBinary();
const electronVersion = electron && JSON.parse(fs.readFileSync(path.join(nm, 'electron', 'package.json'), 'utf8')).version;
const binding = electron && electronNativeBinding(electronVersion);

if (electron && binding) {
  const env = { ...process.env, KLASTER_ELECTRON_NATIVE_BINDING: binding };
  delete env.ELECTRON_RUN_AS_NODE; // set by some editors' terminals; it would make Electron act as plain Node
  foreground(spawn(electron, ['.'], { cwd: root, stdio: 'inherit', env }));
} else {
  browserMode(
    opts.browser ? ['', '']
    : electron ? ['SQLite untuk Electron tidak dapat dibangun; ', 'could not build SQLite for Electron (needs internet or a C++ toolchain); ']
    : ['Electron tidak terpasang di mesin ini; ', 'Electron is not installed here; '],
  );
}
