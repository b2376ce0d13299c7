// What an export handler returns to the renderer: the file as base64 with its name and type, so
// it crosses IPC / HTTP as JSON and the renderer (or a native save dialog) writes it.

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' as const;

export interface DocumentResult {
  fileName: string;
  mimeType: typeof DOCX_MIME;
  base64: string;
}

export function toResult(fileName: string, buffer: Uint8Array): DocumentResult {
  return { fileName: safeFileName(fileName), mimeType: DOCX_MIME, base64: Buffer.from(buffer).toString('base64') };
}

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name that Windows, macOS and Linux all accept: "Notulen 25/11/2026: FGD?" ->
 * "Notulen 25-11-2026- FGD.docx". Keeps Indonesian letters; adds the extension once.
 */
export function safeFileName(name: string, ext = 'docx'): string {
  const suffix = `.${ext.replace(/^\./, '')}`;
  let base = name.trim();
  if (base.toLowerCase().endsWith(suffix.toLowerCase())) base = base.slice(0, -suffix.length);
  base = base
    .replace(/[\\/:]/g, '-') // dates like 25/11/2026 keep their shape
    .replace(/[<>"|?*\u0000-\u001f\u007f]/g, '')
    .replace(/\s+/g, ' ')
    .slice(0, 120)
    .replace(/[. ]+$/g, '') // Windows drops trailing dots and spaces
    .trim();
  if (!base) base = 'dokumen';
  if (RESERVED.test(base)) base = `_${base}`;
  return base + suffix;
}
