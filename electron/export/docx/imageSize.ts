// Pixel size of a PNG or JPEG, read from its header, so a logo keeps its aspect ratio when it is
// scaled to the letterhead height (docx needs explicit width and height).

export interface PixelSize {
  width: number;
  height: number;
}

export function imageSize(data: Uint8Array, type: 'png' | 'jpg'): PixelSize {
  return type === 'png' ? pngSize(data) : jpegSize(data);
}

/** A logo as printed: the type its bytes really have, and its size; null for anything else. */
export interface ReadableImage {
  data: Uint8Array;
  type: 'png' | 'jpg';
  size: PixelSize;
}

/**
 * Reads base64 image bytes whatever they were called (a JPEG saved as .png is common), or null
 * when they are neither a PNG nor a JPEG with a size, which Word could not show.
 */
export function readImage(base64: string): ReadableImage | null {
  const data = Buffer.from(base64, 'base64');
  const type = data[0] === 0x89 ? 'png' : data[0] === 0xff ? 'jpg' : null;
  if (!type) return null;
  try {
    const size = imageSize(data, type);
    return size.width > 0 && size.height > 0 ? { data, type, size } : null;
  } catch {
    return null;
  }
}

const u16 = (d: Uint8Array, i: number) => (d[i]! << 8) | d[i + 1]!;
const u32 = (d: Uint8Array, i: number) => ((d[i]! << 24) >>> 0) + (d[i + 1]! << 16) + (d[i + 2]! << 8) + d[i + 3]!;

function pngSize(d: Uint8Array): PixelSize {
  // Signature (8 bytes), IHDR length + type (8), then width and height as big-endian u32.
  const sig = [0x89, 0x50, 0x4e, 0x47];
  if (d.length < 24 || sig.some((b, i) => d[i] !== b)) throw new Error('Logo bukan berkas PNG yang sah');
  return { width: u32(d, 16), height: u32(d, 20) };
}

function jpegSize(d: Uint8Array): PixelSize {
  if (d[0] !== 0xff || d[1] !== 0xd8) throw new Error('Logo bukan berkas JPEG yang sah');
  let i = 2;
  while (i + 9 < d.length) {
    if (d[i] !== 0xff) { i++; continue; }
    const marker = d[i + 1]!;
    // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: u16(d, i + 5), width: u16(d, i + 7) };
    }
    i += 2 + u16(d, i + 2);
  }
  throw new Error('Ukuran gambar JPEG tidak terbaca');
}
