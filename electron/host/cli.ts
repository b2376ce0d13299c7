import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../backend';
import { createHostServer } from './server';
import { appRoot, appVersion } from './paths';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '5170' },
    host: { type: 'string', default: '127.0.0.1' },
    data: { type: 'string', default: process.env.KLASTER_DATA_DIR ?? path.join(os.homedir(), '.klaster-workbench') },
  },
});

const root = appRoot(fileURLToPath(import.meta.url));
const backend = createBackend({
  dataDir: path.resolve(values.data!),
  resourcesDir: path.join(root, 'resources'),
  appVersion: appVersion(root),
});
const server = createHostServer(backend.dispatch, path.join(root, 'dist', 'renderer'));

server.on('error', (e: NodeJS.ErrnoException) => {
  console.error(e.code === 'EADDRINUSE' ? `Port ${values.port} is already in use; choose another with --port` : e.message);
  process.exit(1);
});
server.listen(Number(values.port), values.host, () => {
  console.log(`Klaster Workbench is running at http://${values.host}:${values.port}/ (data: ${path.resolve(values.data!)})`);
});

const stop = () => {
  server.close();
  backend.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
