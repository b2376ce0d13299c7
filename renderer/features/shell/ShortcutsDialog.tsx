import { actions } from '../../actions/actions';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';
import { useUi } from './uiStore';

export function ShortcutsDialog() {
  const t = useT();
  const close = () => useUi.getState().openDialog(null);
  return (
    <Dialog title={t('shortcuts.title')} onClose={close} testId="shortcuts-dialog"
      footer={<button type="button" onClick={close}>{t('common.close')}</button>}>
      <table className="shortcuts">
        <tbody>
          {actions.map((a) => (
            <tr key={a.id}>
              <td>{t(`shortcuts.${a.id}`)}</td>
              <td>{a.keys.map((k) => <kbd key={k}>{k}</kbd>)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
