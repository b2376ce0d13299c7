// Runs sandboxed: only 'electron' can be required. esbuild inlines the IPC names.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC, type DesktopBridge } from '../shared/bridge';

type Listener = (projectId: string) => void;
const listeners = new Set<Listener>();
// A file opened at launch can arrive before React subscribes; hold it for the first listener.
const early: string[] = [];

ipcRenderer.on(IPC.projectOpened, (_event, projectId: unknown) => {
  if (typeof projectId !== 'string') return;
  if (listeners.size === 0) early.push(projectId);
  for (const l of listeners) l(projectId);
});

const bridge = {
  call: (method, input) => ipcRenderer.invoke(IPC.call, method, input),
  saveFile: (file) => ipcRenderer.invoke(IPC.saveFile, file),
  openProjectFile: () => ipcRenderer.invoke(IPC.openProjectFile),
  onProjectOpened(listener) {
    listeners.add(listener);
    for (const id of early.splice(0)) listener(id);
    return () => {
      listeners.delete(listener);
    };
  },
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('klaster', bridge);
