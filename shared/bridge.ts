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
}

export const IPC = {
  call: 'api:call',
  saveFile: 'file:save',
  openProjectFile: 'file:open-project',
  projectOpened: 'project:opened',
} as const;
