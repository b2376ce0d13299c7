import { CEDC_INITIATORS, REGIONAL_HEADS, type Cedc, type CedcInitiator, type RegionalHead } from '../../../shared/domain/cedc';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n';
import { useCedc } from './cedcStore';

type Settings = Pick<Cedc, 'committeeName' | 'regionName' | 'regionalHeadName'>;

/** The committee's name and the regional head it is proposed to (they head the letter and the decree). */
export function CommitteeSettings({ data }: { data: Cedc }) {
  const t = useT();
  const edit = useCedc((s) => s.edit);
  const save = async (patch: Partial<Settings> | { regionalHead: RegionalHead } | { initiator: CedcInitiator }) => (await edit('cedc.update', patch)) !== null;
  return (
    <div className="cedc-settings">
      <TextField name="committeeName" className="wide" label={t('cedc.settings.committeeName')} value={data.committeeName}
        onCommit={(committeeName) => save({ committeeName })} />
      <div className="field">
        <label htmlFor="cedc-head">{t('cedc.settings.regionalHead')}</label>
        <select id="cedc-head" value={data.regionalHead} onChange={(e) => void save({ regionalHead: e.target.value as RegionalHead })}>
          {REGIONAL_HEADS.map((h) => <option key={h} value={h}>{t(`cedc.heads.${h}`)}</option>)}
        </select>
      </div>
      <TextField name="regionName" label={t('cedc.settings.regionName')} placeholder={t('cedc.settings.regionNameHint')} value={data.regionName}
        onCommit={(regionName) => save({ regionName })} />
      <div className="field">
        <label htmlFor="cedc-initiator">{t('cedc.initiator.label')}</label>
        <select id="cedc-initiator" value={data.initiator} aria-describedby="cedc-initiator-hint"
          onChange={(e) => void save({ initiator: e.target.value as CedcInitiator })}>
          {CEDC_INITIATORS.map((i) => <option key={i} value={i}>{t(`cedc.initiator.${i}`)}</option>)}
        </select>
        <span id="cedc-initiator-hint" className="hint">{t('cedc.initiator.hint')}</span>
      </div>
      <TextField name="regionalHeadName" label={t('cedc.settings.regionalHeadName')} value={data.regionalHeadName}
        onCommit={(regionalHeadName) => save({ regionalHeadName })} />
    </div>
  );
}
