// Runs sandboxed: only 'electron' can be required. esbuild inlines the IPC names.
import { contextBridge, ipcRenderer } from 'electron';
import { asLiveEvent, IPC, type DesktopBridge, type LiveEvent } from '../shared/bridge';

type Listener = (projectId: string) => void;
const listeners = new Set<Listener>();
// A file opened at launch can arrive before React subscribes; hold it for the first listener.
const early: string[] = [];

ipcRenderer.on(IPC.projectOpened, (_event, projectId: unknown) => {
  if (typeof projectId !== 'string') return;
  if (listeners.size === 0) early.push(projectId);
  for (const l of listeners) l(projectId);
});

// Live updates: only well-formed events reach the page, never the IPC event object itself.
const eventListeners = new Set<(event: LiveEvent) => void>();
ipcRenderer.on(IPC.event, (_event, raw: unknown) => {
  const event = asLiveEvent(raw);
  if (event) for (const l of eventListeners) l(event);
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
  onEvent(listener) {
    eventListeners.add(listener);
    return () => {
      eventListeners.delete(listener);
    };
  },
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('klaster', bridge);
