import { useEffect, useState } from 'react';
import type { MethodInput, MethodOutput } from '../../../shared/contract';
import type { Regency } from '../../../shared/domain/regions';
import { OFFICIAL_ROLES, type Official, type OfficialRole } from '../../../shared/domain/signing';
import { call } from '../../api';
import { TextField } from '../../components/TextField';
import { useT, type TKey } from '../../i18n';
import { useProjects } from '../project/projectStore';
import { useUi } from '../shell/uiStore';
import { OfficialFields } from './OfficialFields';
import { RegencyPicker } from './RegencyPicker';
import './signing.css';

type State = MethodOutput<'signing.get'>;
type Patch = Omit<MethodInput<'signing.set'>, 'projectId'>;

/** The regency's list never changes while the app runs: read once. */
let regionsOnce: Promise<Regency[]> | null = null;
const loadRegions = () => (regionsOnce ??= call('regions.list', {}));

/**
 * Where and by whom the project's papers are signed: the regency (its province follows), the
 * place of signing (its seat unless changed), and the three officials of the "Mengetahui"
 * blocks and letters. Each field saves on leaving it, one undo step each.
 */
export function SigningPanel() {
  const t = useT();
  const projectId = useProjects((s) => s.current?.id);
  const revision = useProjects((s) => s.revision);
  const [state, setState] = useState<State | null>(null);
  const [regencies, setRegencies] = useState<Regency[]>([]);
  useEffect(() => {
    loadRegions().then(setRegencies, (e) => {
      regionsOnce = null;
      useUi.getState().fail(e);
    });
  }, []);
  useEffect(() => {
    if (projectId) call('signing.get', { projectId }).then(setState, (e) => useUi.getState().fail(e));
  }, [projectId, revision]);
  if (!projectId || !state) return <p>{t('common.loading')}</p>;

  const save = async (patch: Patch) => {
    try {
      setState(await call('signing.set', { projectId, ...patch }));
      // Picking a regency also sets the project's regency and province.
      if (patch.regencyCode !== undefined) useProjects.setState({ current: await call('projects.get', { projectId }) });
      await useProjects.getState().refreshHistory();
      return true;
    } catch (e) {
      useUi.getState().fail(e);
      return false;
    }
  };
  const saveOfficial = (role: OfficialRole) => (patch: Partial<Official>) => save({ officials: { [role]: patch } });
  const headLegend: TKey = state.regency?.kind === 'kota' ? 'signing.officials.walikota' : state.regency ? 'signing.officials.bupati' : 'signing.officials.regionalHead';
  const legends: Record<OfficialRole, TKey> = { kepalaDinas: 'signing.officials.kepalaDinas', regionalHead: headLegend, kepalaBappeda: 'signing.officials.kepalaBappeda' };

  return (
    <div className="signing" data-testid="signing-panel">
      <p className="hint">{t('signing.intro')}</p>
      <div className="form grid">
        <RegencyPicker regencies={regencies} value={state.regency} onPick={(regencyCode) => void save({ regencyCode })} />
        <TextField name="signing-place" label={t('signing.place')} value={state.place}
          placeholder={state.regency ? t('signing.placeHint', { seat: state.regency.seat }) : undefined}
          onCommit={(place) => save({ place: place.trim() })} />
      </div>
      <div className="officials">
        {OFFICIAL_ROLES.map((role) => (
          <OfficialFields key={role} role={role} legend={legends[role]} official={state.officials[role]} defaultTitle={state.titles[role]}
            onSave={saveOfficial(role)} />
        ))}
      </div>
    </div>
  );
}
