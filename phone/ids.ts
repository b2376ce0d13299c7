/** A fresh id for one write; crypto.randomUUID needs a secure origin, the hotspot page is plain http. */
export function newClientId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let out = 'p';
  for (let i = 0; i < bytes.length; i++) out += (bytes[i]! + 256).toString(16).slice(1);
  return out;
}
