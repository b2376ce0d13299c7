import { BDS_SERVICES } from '../../../shared/domain/stakeholderProfile';
import { useT } from '../../i18n';
import type { Draft, SetDraft } from './stakeholderDraft';

type Described = (key: keyof Draft) => object;

/** What a BDS provider offers, for the list of reachable providers (guideline Step 5). */
export function BdsFieldset({ draft, set, described }: { draft: Draft; set: SetDraft; described: Described }) {
  const t = useT();
  const toggle = (s: (typeof BDS_SERVICES)[number], on: boolean) =>
    set('bdsServices', BDS_SERVICES.filter((x) => (x === s ? on : draft.bdsServices.includes(x))));
  const text = (key: 'bdsArea' | 'bdsContact' | 'bdsFeeBasis', label: Parameters<typeof t>[0], placeholder?: string) => (
    <div className="field">
      <label htmlFor={`sh-${key}`}>{t(label)}</label>
      <input id={`sh-${key}`} value={draft[key]} maxLength={200} placeholder={placeholder} {...described(key)} onChange={(e) => set(key, e.target.value)} />
    </div>
  );
  return (
    <fieldset className="profile-fieldset">
      <legend>{t('profile.bds')}</legend>
      <fieldset className="field wide service-choices">
        <legend>{t('profile.services')}</legend>
        {BDS_SERVICES.map((s) => (
          <label key={s}><input type="checkbox" checked={draft.bdsServices.includes(s)} onChange={(e) => toggle(s, e.target.checked)} /> {t(`profile.service.${s}`)}</label>
        ))}
      </fieldset>
      {text('bdsArea', 'profile.area')}
      {text('bdsContact', 'profile.contact', t('profile.contactHint'))}
      {text('bdsFeeBasis', 'profile.feeBasis', t('profile.feeHint'))}
      <div className="field">
        <label htmlFor="sh-bdsReachable">{t('profile.reachable')}</label>
        <select id="sh-bdsReachable" value={draft.bdsReachable === null ? '' : draft.bdsReachable ? 'yes' : 'no'}
          onChange={(e) => set('bdsReachable', e.target.value === '' ? null : e.target.value === 'yes')}>
          <option value="">{t('profile.unknown')}</option>
          <option value="yes">{t('profile.yes')}</option>
          <option value="no">{t('profile.no')}</option>
        </select>
      </div>
      <div className="field wide">
        <label htmlFor="sh-bdsTrackRecord">{t('profile.trackRecord')}</label>
        <textarea id="sh-bdsTrackRecord" rows={2} maxLength={2000} value={draft.bdsTrackRecord} onChange={(e) => set('bdsTrackRecord', e.target.value)} />
      </div>
    </fieldset>
  );
}
