import { useState } from 'react';
import { useT } from '../../i18n';
import { renderDocument } from '../meetings/renderDocument';
import { useRegistry } from './stakeholderStore';

/** Saves "Daftar BDS Provider yang dapat diakses" as a Word file, built from the registry now. */
export function BdsListButton() {
  const t = useT();
  const projectId = useRegistry((s) => s.projectId);
  const [busy, setBusy] = useState(false);
  if (!projectId) return null;
  return (
    <button type="button" title={t('profile.exportBdsHint')} disabled={busy} onClick={async () => {
      setBusy(true);
      await renderDocument({ projectId, kind: 'bds-list' });
      setBusy(false);
    }}>{t('profile.exportBds')}</button>
  );
}
