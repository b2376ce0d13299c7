/** What the kop surat accepts as a logo: PNG or JPEG up to 1 MB (shared/domain/letterhead.ts). */
export const MAX_LOGO_BYTES = 1024 * 1024;

export type LogoResult = { ok: true; base64: string; type: 'png' | 'jpg' } | { ok: false; reason: 'type' | 'size' };

export function logoTypeOf(file: File): 'png' | 'jpg' | null {
  if (file.type === 'image/png' || /\.png$/i.test(file.name)) return 'png';
  if (file.type === 'image/jpeg' || /\.jpe?g$/i.test(file.name)) return 'jpg';
  return null;
}

/** Reads a chosen logo as base64, refusing other types and files over 1 MB before any upload. */
export async function readLogo(file: File): Promise<LogoResult> {
  const type = logoTypeOf(file);
  if (!type) return { ok: false, reason: 'type' };
  if (file.size > MAX_LOGO_BYTES) return { ok: false, reason: 'size' };
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
  return { ok: true, type, base64: dataUrl.replace(/^data:[^,]*,/, '') };
}

export const logoDataUrl = (base64: string, type: 'png' | 'jpg') => `data:image/${type === 'png' ? 'png' : 'jpeg'};base64,${base64}`;
