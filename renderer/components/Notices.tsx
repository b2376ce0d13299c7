import { useT } from '../i18n';
import { useUi } from '../features/shell/uiStore';

/** Messages about what just happened; errors also announced to screen readers at once. */
export function Notices() {
  const notices = useUi((s) => s.notices);
  const dismiss = useUi((s) => s.dismiss);
  const t = useT();
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <span>{n.text}</span>
          {n.action && (
            <button type="button" className="notice-action" onClick={() => { n.action!.run(); dismiss(n.id); }}>{n.action.label}</button>
          )}
          <button type="button" className="link" onClick={() => dismiss(n.id)} aria-label={t('common.close')}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
