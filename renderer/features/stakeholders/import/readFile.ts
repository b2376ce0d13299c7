/** Asks the user for a sign-in sheet and returns it as base64 (works in Electron and browsers). */
export function pickTableFile(): Promise<{ fileName: string; base64: string } | null> {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.csv,.txt,.xlsx';
  return new Promise((resolve, reject) => {
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      const reader = new FileReader();
      reader.onload = () => resolve({ fileName: file.name, base64: String(reader.result).replace(/^data:[^,]*,/, '') });
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    }, { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}
