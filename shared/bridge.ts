import type { BinaryFile } from './domain/files';
import type { Envelope } from './errors';

/** What the Electron preload exposes as window.klaster; the renderer falls back to HTTP without it. */
export interface DesktopBridge {
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
  /** Native save dialog; resolves false when the user cancels. */
  saveFile(file: BinaryFile): Promise<boolean>;
  /** Native open dialog for project files; null when the user cancels. */
  openProjectFile(): Promise<{ fileName: string; base64: string } | null>;
  /** A project opened from outside (file association, second launch with a path). */
  onProjectOpened(listener: (projectId: string) => void): () => void;
  /** The back end's live updates (data changed, phones joined or left); returns the unsubscribe. */
  onEvent(listener: (event: LiveEvent) => void): () => void;
}

/** What the back end tells live screens: a project's data changed, or who is connected changed. */
export type LiveEvent =
  | { type: 'changed'; projectId: string; method: string }
  | { type: 'participation'; projectId: string };

/** Only these shapes cross from the main process to the page. */
export function asLiveEvent(value: unknown): LiveEvent | null {
  if (typeof value !== 'object' || value === null) return null;
  const { type, projectId, method } = value as Record<string, unknown>;
  if (typeof projectId !== 'string') return null;
  if (type === 'changed' && typeof method === 'string') return { type, projectId, method };
  if (type === 'participation') return { type, projectId };
  return null;
}

export const IPC = {
  call: 'api:call',
  saveFile: 'file:save',
  openProjectFile: 'file:open-project',
  projectOpened: 'project:opened',
  event: 'backend:event',
} as const;
