import { actions } from '../../actions/actions';
import { Dialog } from '../../components/Dialog';
import { useT, type TKey } from '../../i18n';
import { AREA_LABEL } from './areaOfMethod';
import { useUi, type Route } from './uiStore';

type HelpScreen = 'projects' | 'home' | 'details' | 'initiation' | 'stakeholders' | 'map' | 'meetings' | 'vision' | 'workshops' | 'articles' | 'cedc' | 'actionPlans' | 'diagnosis';
const HELP_SCREENS: readonly string[] = ['home', 'details', 'initiation', 'stakeholders', 'map', 'meetings', 'vision', 'workshops', 'articles', 'cedc', 'actionPlans', 'diagnosis'];

/** The screen in view, as the help knows it; the project list when no project is open. */
function helpScreen(route: Route): HelpScreen {
  return route.name === 'project' && HELP_SCREENS.includes(route.area) ? (route.area as HelpScreen) : 'projects';
}

/** F1: what the screen in view is for and its usual steps, then the keyboard shortcuts. */
export function ShortcutsDialog() {
  const t = useT();
  const route = useUi((s) => s.route);
  const close = () => useUi.getState().openDialog(null);
  const screen = helpScreen(route);
  const label: TKey | undefined = screen === 'projects' ? 'nav.home' : AREA_LABEL[screen];
  return (
    <Dialog title={t('help.title', { screen: label ? t(label) : '' })} onClose={close} testId="shortcuts-dialog"
      footer={<button type="button" onClick={close}>{t('common.close')}</button>}>
      <p className="help-what">{t(`help.${screen}.what`)}</p>
      <h3>{t('help.steps')}</h3>
      <ol className="help-steps">
        <li>{t(`help.${screen}.step1`)}</li>
        <li>{t(`help.${screen}.step2`)}</li>
        <li>{t(`help.${screen}.step3`)}</li>
      </ol>
      <h3>{t('help.shortcuts')}</h3>
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
