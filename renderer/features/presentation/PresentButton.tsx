import { useT } from '../../i18n';
import { usePresentable } from './presentable';
import { usePresentation } from './presentationStore';

/** "Presentasi": shown only where the screen has something to put on the wall (same as F5). */
export function PresentButton({ className }: { className?: string }) {
  const t = useT();
  const what = usePresentable();
  if (!what) return null;
  return (
    <button type="button" className={className} onClick={() => usePresentation.getState().start(what)}
      title={t('presentation.buttonTitle', { what: t(`presentation.what.${what.kind}`) })}>
      <span aria-hidden="true">▶</span> {t('presentation.button')}
    </button>
  );
}
