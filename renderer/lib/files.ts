import type { BinaryFile } from '../../shared/domain/files';
import { desktop } from '../api';

/** Saves a file from the back end: a native dialog in Electron, a download in the browser. */
export async function saveBinaryFile(file: BinaryFile): Promise<boolean> {
  if (desktop) return desktop.saveFile(file);
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Asks for a .klaster file: a native dialog in Electron, a file picker in the browser. */
export async function pickProjectFile(): Promise<{ fileName: string; base64: string } | null> {
  if (desktop) return desktop.openProjectFile();
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.klaster';
  input.dataset.testid = 'project-file-input';
  input.style.display = 'none';
  document.body.append(input);
  try {
    const file = await new Promise<File | null>((resolve) => {
      input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
      input.addEventListener('cancel', () => resolve(null), { once: true });
      input.click();
    });
    return file ? { fileName: file.name, base64: await readAsBase64(file) } : null;
  } finally {
    input.remove();
  }
}
