import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createBackend, type Backend } from '../backend';
import { AppError } from '../errors';
import { createHostServer } from './server';
import { appRoot, appVersion } from './paths';

// The facilitator's API listens on loopback only: nothing on the hall's network may reach it.
const HOST = '127.0.0.1';
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '5170' },
    data: { type: 'string', default: process.env.KLASTER_DATA_DIR ?? path.join(os.homedir(), '.klaster-workbench') },
  },
});

const root = appRoot(fileURLToPath(import.meta.url));
const dataDir = path.resolve(values.data!);
let backend: Backend;
try {
  backend = createBackend({ dataDir, resourcesDir: path.join(root, 'resources'), appVersion: appVersion(root), phoneDir: path.join(root, 'dist', 'phone'), metricsWorkerFile: path.join(root, 'dist', 'host', 'metricsWorker.cjs') });
} catch (e) {
  if (!(e instanceof AppError) || e.reason !== 'data_folder_in_use') throw e;
  console.error(`Folder data ${dataDir} sedang dipakai oleh Klaster Workbench lain; tutup dulu yang itu. (The data folder is in use by another Klaster Workbench.)`);
  process.exit(1);
}
const server = createHostServer(backend.dispatch, path.join(root, 'dist', 'renderer'), console.error, backend.events);

server.on('error', (e: NodeJS.ErrnoException) => {
  console.error(e.code === 'EADDRINUSE' ? `Port ${values.port} is already in use; choose another with --port` : e.message);
  backend.close();
  process.exit(1);
});
server.listen(Number(values.port), HOST, () => {
  console.log(`Klaster Workbench is running at http://${HOST}:${(server.address() as { port: number }).port}/ (data: ${dataDir})`);
});

const stop = () => {
  server.close();
  backend.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
