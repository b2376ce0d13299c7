import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../shared/domain/history';
import { call } from '../../api';
import { Dialog } from '../../components/Dialog';
import { useLanguage, useT } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { useProjects } from '../project/projectStore';
import { useUi } from '../shell/uiStore';

export function BackupsDialog() {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const project = useProjects((s) => s.current);
  const restore = useProjects((s) => s.restore);
  const close = () => useUi.getState().openDialog(null);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);

  useEffect(() => {
    if (!project) return;
    call('backups.list', { projectId: project.id }).then(setBackups, (e) => {
      useUi.getState().fail(e);
      close();
    });
  }, [project?.id]);

  return (
    <Dialog title={t('backups.title')} onClose={close} testId="backups-dialog"
      footer={<button type="button" onClick={close}>{t('common.close')}</button>}>
      <p className="hint">{t('backups.intro')}</p>
      {backups === null ? (
        <p>{t('common.loading')}</p>
      ) : backups.length === 0 ? (
        <p>{t('backups.none')}</p>
      ) : (
        <ul className="backup-list">
          {backups.map((b) => {
            const when = formatDateTime(b.createdAt, lang);
            return (
              <li key={b.id}>
                <span>
                  <strong>{when}</strong>
                  <br />
                  <small>
                    {t(b.reason === 'open' ? 'backups.reasonOpen' : 'backups.reasonBeforeRestore')} ·{' '}
                    {t('backups.size', { kb: Math.max(1, Math.round(b.sizeBytes / 1024)) })}
                  </small>
                </span>
                <button type="button" onClick={() => void restore(b.id, when)}>{t('backups.restore')}</button>
              </li>
            );
          })}
        </ul>
      )}
    </Dialog>
  );
}
