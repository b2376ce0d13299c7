import { useCallback, useEffect, useState } from 'react';
import { useProjectChanges } from '../../lib/useProjectChanges';

/**
 * Reads what a presentation shows once, and again whenever the project changes (phones, another
 * window), so the wall never shows an old state. Failures keep the last good read.
 */
export function useLiveRead<T>(projectId: string, read: () => Promise<T>, key: string): T | null {
  const [data, setData] = useState<T | null>(null);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names what `read` reads
  const load = useCallback(read, [key]);
  useEffect(() => {
    let live = true;
    load().then((d) => live && setData(d)).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [load]);
  useProjectChanges(projectId, () => void load().then(setData).catch(() => undefined));
  return data;
}
