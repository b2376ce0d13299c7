import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, type IpcMainInvokeEvent, type MenuItemConstructorOptions } from 'electron';
import { IPC } from '../shared/bridge';
import { binaryFile, MAX_PROJECT_FILE_BYTES, PROJECT_FILE_EXTENSION } from '../shared/domain/files';
import { appHeaders, APP_INDEX_URL, APP_SCHEME, CSP, isAppPage, resolveAppFile } from './appProtocol';
import { createBackend, type Backend } from './backend';
import { appRoot } from './host/paths';

const RENDERER_DIR = path.join(__dirname, '../renderer');
const resourcesDir = app.isPackaged ? path.join(process.resourcesPath, 'resources') : path.join(appRoot(__filename), 'resources');

let win: BrowserWindow | null = null;
let backend: Backend | null = null;
let rendererReady = false;
// Paths that arrive before the renderer can hear about them (launch argv, early macOS open-file).
const pendingFiles: string[] = [];

const projectPathIn = (argv: string[]): string | undefined =>
  argv.find((a) => a.toLowerCase().endsWith(PROJECT_FILE_EXTENSION) && fs.existsSync(a));

function openProjectPath(file: string): void {
  if (!backend || !win || !rendererReady) {
    pendingFiles.push(file);
    return;
  }
  void importProject(file);
}

// The renderer is not involved yet, so the sentences of the default language are given here.
const fileErrors: Record<string, string> = {
  file_not_project: 'Berkas ini bukan berkas proyek Klaster Workbench. Tidak ada yang diubah.',
  file_damaged: 'Berkas proyek ini rusak dan tidak dapat dibuka. Tidak ada yang diubah.',
  file_newer_version: 'Berkas ini dibuat oleh versi Klaster Workbench yang lebih baru. Perbarui aplikasi untuk membukanya. Berkas tidak diubah.',
  file_unexpected_schema: 'Struktur berkas ini telah diubah di luar Klaster Workbench (ada tabel, trigger, atau view yang tidak dikenal), sehingga berkas ditolak. Tidak ada yang diubah.',
  too_large: `Berkas ini terlalu besar untuk berkas proyek (batasnya ${MAX_PROJECT_FILE_BYTES / (1024 * 1024)} MB). Berkas tidak dibuka dan tidak ada yang diubah.`,
  disk_full: 'Ruang penyimpanan komputer ini penuh, sehingga proyek tidak dapat disalin. Kosongkan sebagian ruang lalu coba lagi. Tidak ada yang diubah.',
};

const showFileError = (file: string, message: string): void =>
  dialog.showErrorBox('Berkas tidak dapat dibuka', `${path.basename(file)}\n\n${message}`);

/**
 * Reads a project file chosen in the OS, or returns the sentence explaining why not. Size and
 * type are checked before opening: a huge file must never reach memory, and opening a FIFO or
 * device could block.
 */
async function readProjectFile(file: string): Promise<Buffer | string> {
  const stat = await fs.promises.stat(file);
  if (!stat.isFile()) return fileErrors.file_not_project!;
  if (stat.size > MAX_PROJECT_FILE_BYTES) return fileErrors.too_large!;
  const handle = await fs.promises.open(file, 'r');
  try {
    // Read at most what was checked, even if the file grows meanwhile.
    const buf = Buffer.alloc(stat.size);
    let filled = 0;
    while (filled < buf.length) {
      const { bytesRead } = await handle.read(buf, filled, buf.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buf.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

async function importProject(file: string): Promise<void> {
  let message: string;
  try {
    const content = await readProjectFile(file);
    if (typeof content === 'string') return showFileError(file, content);
    const result = await backend!.dispatch('projects.importFile', { fileName: path.basename(file), base64: content.toString('base64') });
    if (result.ok) {
      win?.webContents.send(IPC.projectOpened, (result.data as { id: string }).id);
      return;
    }
    message = fileErrors[result.error.reason ?? ''] ?? result.error.message;
  } catch (e) {
    message = e instanceof Error ? e.message : String(e);
  }
  showFileError(file, message);
}

/** Brings the window forward, reopening it if it was closed (macOS keeps running without one). */
function showWindow(): void {
  if (!app.isReady() || !backend) return;
  win ??= createWindow();
  if (win.isMinimized()) win.restore();
  win.focus();
}

// Only our own window and page may use the bridge, never a frame that somehow ended up elsewhere.
const trusted = (e: IpcMainInvokeEvent): boolean => e.sender === win?.webContents && isAppPage(e.senderFrame?.url);

function registerIpc(): void {
  ipcMain.handle(IPC.call, (e, method: unknown, input: unknown) => {
    if (!trusted(e) || typeof method !== 'string') throw new Error('Invalid call');
    return backend!.dispatch(method, input);
  });

  ipcMain.handle(IPC.saveFile, async (e, raw: unknown) => {
    const parsed = binaryFile.safeParse(raw);
    if (!trusted(e) || !parsed.success || !win) return false;
    // basename: the renderer names the file, it does not choose the folder.
    const fileName = path.basename(parsed.data.fileName);
    const ext = path.extname(fileName).slice(1);
    const { canceled, filePath } = await dialog.showSaveDialog(win, {
      defaultPath: path.join(app.getPath('documents'), fileName),
      filters: ext ? [{ name: ext.toUpperCase(), extensions: [ext] }] : [],
    });
    if (canceled || !filePath) return false;
    await fs.promises.writeFile(filePath, Buffer.from(parsed.data.base64, 'base64'));
    return true;
  });

  ipcMain.handle(IPC.openProjectFile, async (e) => {
    if (!trusted(e) || !win) return null;
    const { canceled, filePaths } = await dialog.showOpenDialog(win, {
      properties: ['openFile'],
      filters: [{ name: 'Proyek Klaster', extensions: [PROJECT_FILE_EXTENSION.slice(1)] }],
    });
    const file = filePaths[0];
    if (canceled || !file) return null;
    try {
      const content = await readProjectFile(file);
      if (typeof content !== 'string') return { fileName: path.basename(file), base64: content.toString('base64') };
      showFileError(file, content);
    } catch (e) {
      showFileError(file, e instanceof Error ? e.message : String(e));
    }
    return null;
  });
}

/** Live updates go to the window's page while it exists; a closed window simply misses them. */
function forwardEvents(b: Backend): void {
  b.events.subscribe((event) => {
    if (win && !win.isDestroyed() && !win.webContents.isDestroyed()) win.webContents.send(IPC.event, event);
  });
}

/** Serves the built renderer on app://klaster/; nothing outside its folder is reachable. */
function registerAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405, headers: appHeaders() });
    const resolved = resolveAppFile(request.url, RENDERER_DIR);
    if (!resolved.ok) return new Response(null, { status: resolved.status, headers: appHeaders() });
    try {
      // fs reads inside app.asar in Electron; the bundle is small enough to send whole.
      const body = await fs.promises.readFile(resolved.file);
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: appHeaders(resolved.file) });
    } catch {
      // Missing file or a folder.
      return new Response(null, { status: 404, headers: appHeaders() });
    }
  });
}

function hardenSession(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

function openExternal(url: string): void {
  try {
    const { protocol } = new URL(url);
    if (protocol === 'https:' || protocol === 'http:') void shell.openExternal(url);
  } catch {
    // Not a URL: nothing to open.
  }
}

function createWindow(): BrowserWindow {
  const w = new BrowserWindow({
    width: 1280, height: 800, minWidth: 1024, minHeight: 700,
    title: 'Klaster Workbench',
    icon: path.join(resourcesDir, 'icon.png'),
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true,
    },
  });
  w.once('ready-to-show', () => w.show());
  w.webContents.setWindowOpenHandler(({ url }) => {
    openExternal(url);
    return { action: 'deny' };
  });
  w.webContents.on('will-navigate', (e, url) => {
    // The renderer routes in-page; a full navigation is a link that should leave the app.
    if (!isAppPage(url)) {
      e.preventDefault();
      openExternal(url);
    }
  });
  w.webContents.on('did-finish-load', () => {
    rendererReady = true;
    for (const file of pendingFiles.splice(0)) void importProject(file);
  });
  w.on('closed', () => {
    win = null;
    rendererReady = false;
  });
  void w.loadURL(APP_INDEX_URL);
  return w;
}

function buildMenu(): void {
  const view: MenuItemConstructorOptions[] = [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }];
  // Dev tools and reload only while developing: a reload would drop unsaved renderer state.
  if (!app.isPackaged) view.unshift({ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' });
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'Tampilan', submenu: view },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

// Must precede 'ready'. standard: relative URLs and a real origin; secure: a secure context.
// No corsEnabled, so no other origin can read these files.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

// macOS delivers double-clicked files as events, possibly before 'ready'.
app.on('open-file', (e, file) => {
  e.preventDefault();
  openProjectPath(file);
  showWindow();
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_e, argv) => {
    const file = projectPathIn(argv.slice(1));
    if (file) openProjectPath(file);
    showWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', showWindow);
  app.on('will-quit', () => backend?.close());

  void app.whenReady().then(() => {
    try {
      backend = createBackend({
        dataDir: path.join(app.getPath('userData'), 'data'),
        resourcesDir,
        appVersion: app.getVersion(),
        // The start script builds better-sqlite3 for Electron's ABI; packaged builds are rebuilt by electron-builder.
        nativeBinding: app.isPackaged ? undefined : process.env.KLASTER_ELECTRON_NATIVE_BINDING,
        // dist/electron/main.cjs -> dist/phone: the page the participants' phones load.
        phoneDir: path.join(__dirname, '../phone'),
        metricsWorkerFile: path.join(__dirname, 'metricsWorker.cjs'),
      });
    } catch (e) {
      const inUse = (e as { reason?: string }).reason === 'data_folder_in_use';
      dialog.showErrorBox(
        'Klaster Workbench tidak dapat dimulai',
        inUse
          ? 'Folder data sedang dipakai oleh Klaster Workbench lain (misalnya mode peramban). Tutup dulu yang itu; bila aplikasi baru saja tertutup paksa, tunggu 15 detik lalu coba lagi.'
          : e instanceof Error ? e.message : String(e),
      );
      app.exit(1);
      return;
    }
    hardenSession();
    registerAppProtocol();
    registerIpc();
    forwardEvents(backend);
    buildMenu();
    const file = projectPathIn(process.argv.slice(1));
    if (file) pendingFiles.push(file);
    showWindow();
  });
}
