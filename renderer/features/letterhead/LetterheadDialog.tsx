import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';
import { LetterheadPanel } from './LetterheadPanel';

/** "Kop surat" as a dialog, for the screens that print documents. */
export function LetterheadDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  return (
    <Dialog title={t('meetings.letterhead.title')} onClose={onClose} wide testId="letterhead-dialog"
      footer={<button type="button" className="primary" onClick={onClose}>{t('common.close')}</button>}>
      <p className="hint">{t('meetings.letterhead.intro')}</p>
      <LetterheadPanel />
    </Dialog>
  );
}
